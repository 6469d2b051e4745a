package de.bochumtwin.results.emissions;

import de.bochumtwin.core.emissions.EmissionHandler;
import de.bochumtwin.core.emissions.Pollutant;
import de.bochumtwin.core.network.Network;
import de.bochumtwin.results.parquet.ColumnBindings;
import de.bochumtwin.results.parquet.ColumnType;
import de.bochumtwin.results.parquet.ParquetTableWriter;
import de.bochumtwin.results.parquet.TableSchema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Emitted grams per square grid cell: each link's grams (all hours) are spread along the straight
 * line from its from-node to its to-node in proportion to the length of the line inside each cell
 * (a zero-length line puts everything into the from-node's cell). Cell {@code (ix, iy)} covers
 * {@code [ix * size, (ix + 1) * size) x [iy * size, (iy + 1) * size)} in the network's CRS; the grams
 * of all cells add up to the link totals. Density = grams / size². Immutable after {@link #of}.
 */
public final class EmissionRaster {
  public static final double DEFAULT_CELL_M = 100;

  private final double cell_m;
  private final List<Pollutant> pollutants;
  private final long[] keys;
  private final double[][] grams;

  private EmissionRaster(double cell_m, List<Pollutant> pollutants, TreeMap<Long, double[]> cells) {
    this.cell_m = cell_m;
    this.pollutants = List.copyOf(pollutants);
    this.keys = new long[cells.size()];
    this.grams = new double[cells.size()][];
    int i = 0;
    for (Map.Entry<Long, double[]> e : cells.entrySet()) {
      keys[i] = e.getKey();
      grams[i++] = e.getValue();
    }
  }

  public static EmissionRaster of(EmissionHandler h, Network net, double cell_m) {
    if (!(cell_m > 0)) {
      throw new IllegalArgumentException("raster cell size must be > 0 m, got " + cell_m);
    }
    int np = h.model().pollutants().size();
    double[][] perLink = EmissionTotals.perLink(h, net.linkCount(), np);
    TreeMap<Long, double[]> cells = new TreeMap<>();
    double[] t = new double[64];
    for (int l = 0; l < net.linkCount(); l++) {
      double[] g = perLink[l];
      if (isZero(g)) {
        continue;
      }
      double x0 = net.nodeX_m(net.fromNode(l));
      double y0 = net.nodeY_m(net.fromNode(l));
      double x1 = net.nodeX_m(net.toNode(l));
      double y1 = net.nodeY_m(net.toNode(l));
      if (x0 == x1 && y0 == y1) {
        add(cells, key((long) Math.floor(x0 / cell_m), (long) Math.floor(y0 / cell_m)), g, 1.0);
        continue;
      }
      int n = 0;
      t = ensure(t, 2 + crossings(x0, x1, cell_m) + crossings(y0, y1, cell_m));
      t[n++] = 0;
      t[n++] = 1;
      n = addCrossings(t, n, x0, x1, cell_m);
      n = addCrossings(t, n, y0, y1, cell_m);
      Arrays.sort(t, 0, n);
      for (int i = 1; i < n; i++) {
        double dt = t[i] - t[i - 1];
        if (dt <= 0) {
          continue;
        }
        double tm = 0.5 * (t[i] + t[i - 1]);
        long ix = (long) Math.floor((x0 + tm * (x1 - x0)) / cell_m);
        long iy = (long) Math.floor((y0 + tm * (y1 - y0)) / cell_m);
        add(cells, key(ix, iy), g, dt);
      }
    }
    return new EmissionRaster(cell_m, h.model().pollutants(), cells);
  }

  private static boolean isZero(double[] g) {
    for (double v : g) {
      if (v != 0) {
        return false;
      }
    }
    return true;
  }

  private static int crossings(double a, double b, double c) {
    return (int) Math.max(0, Math.floor(Math.max(a, b) / c) - Math.ceil(Math.min(a, b) / c) + 1);
  }

  private static int addCrossings(double[] t, int n, double a, double b, double c) {
    if (a == b) {
      return n;
    }
    long lo = (long) Math.ceil(Math.min(a, b) / c);
    long hi = (long) Math.floor(Math.max(a, b) / c);
    for (long k = lo; k <= hi; k++) {
      double u = (k * c - a) / (b - a);
      if (u > 0 && u < 1) {
        t[n++] = u;
      }
    }
    return n;
  }

  private static double[] ensure(double[] t, int n) {
    return t.length >= n ? t : new double[n];
  }

  // cells indexed by (ix, iy) packed into one long, ordered by iy then ix
  private static long key(long ix, long iy) {
    return (iy << 32) + (ix + (1L << 31));
  }

  private static void add(TreeMap<Long, double[]> cells, long key, double[] g, double share) {
    double[] c = cells.computeIfAbsent(key, k -> new double[g.length]);
    for (int p = 0; p < g.length; p++) {
      c[p] += g[p] * share;
    }
  }

  public int cellCount() {
    return keys.length;
  }

  public double cellSize_m() {
    return cell_m;
  }

  public long cellX(int i) {
    return (keys[i] & 0xFFFFFFFFL) - (1L << 31);
  }

  public long cellY(int i) {
    return keys[i] >> 32;
  }

  public double grams(int i, int p) {
    return grams[i][p];
  }

  public static TableSchema schema(List<Pollutant> pollutants) {
    TableSchema.Builder b = TableSchema.builder("emissions_raster",
            "Grams emitted per square grid cell (default 100 m) in the network's CRS (EPSG:25832 for Bochum): each link's"
                + " grams spread along its straight line by length; one row per cell with emissions; density = grams / cell_size_m^2.")
        .required("cell_x", ColumnType.INT64, "", "Cell column: floor(x_m / cell_size_m)")
        .required("cell_y", ColumnType.INT64, "", "Cell row: floor(y_m / cell_size_m)")
        .required("x_m", ColumnType.DOUBLE, "m", "Easting of the cell centre")
        .required("y_m", ColumnType.DOUBLE, "m", "Northing of the cell centre")
        .required("cell_size_m", ColumnType.DOUBLE, "m", "Side length of the cell");
    return EmissionTables.pollutantColumns(b, pollutants).build();
  }

  public void write(Path file) {
    ColumnBindings.Builder b = ColumnBindings.of(schema(pollutants))
        .int64Column("cell_x", this::cellX)
        .int64Column("cell_y", this::cellY)
        .doubleColumn("x_m", i -> (cellX(i) + 0.5) * cell_m)
        .doubleColumn("y_m", i -> (cellY(i) + 0.5) * cell_m)
        .doubleColumn("cell_size_m", i -> cell_m);
    for (int p = 0; p < pollutants.size(); p++) {
      int pp = p;
      b.doubleColumn(EmissionTables.column(pollutants.get(p)), i -> grams[i][pp]);
    }
    ParquetTableWriter.write(file, b.build(), cellCount(), Map.of());
  }

  /** Rows for tests: {cell_x, cell_y} of each cell in output order. */
  List<long[]> cells() {
    List<long[]> out = new ArrayList<>();
    for (int i = 0; i < keys.length; i++) {
      out.add(new long[] {cellX(i), cellY(i)});
    }
    return out;
  }
}
