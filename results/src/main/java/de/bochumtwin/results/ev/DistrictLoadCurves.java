package de.bochumtwin.results.ev;

import de.bochumtwin.core.ev.ChargerLoadTable;
import de.bochumtwin.core.ev.Chargers;
import de.bochumtwin.core.ev.EvRunResult;
import de.bochumtwin.core.network.Network;
import de.bochumtwin.results.parquet.ColumnBindings;
import de.bochumtwin.results.parquet.ColumnType;
import de.bochumtwin.results.parquet.ParquetTableWriter;
import de.bochumtwin.results.parquet.TableSchema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Public charging aggregated by district (e.g. Bochum's Stadtbezirke): each charger belongs to the
 * first district polygon that contains the midpoint of its link (JTS, network CRS); chargers outside
 * every polygon form the district {@value #OUTSIDE}. Writes {@code district_load_curves.parquet} (one
 * row per district and 15-min bin) and a PNG of the power per district. Immutable after {@link #of}.
 */
public final class DistrictLoadCurves {
  public static final String OUTSIDE = "outside";

  public static final TableSchema SCHEMA = TableSchema.builder("district_load_curves",
          "Public charging per district and 15-min bin (district order, then time); a charger belongs to the district"
              + " containing its link midpoint.")
      .required("district", ColumnType.STRING, "", "District name, or 'outside' for chargers in no district polygon")
      .required("bin_start_s", ColumnType.INT32, "s", "Start of the 15-min bin in seconds since scenario start")
      .required("chargers", ColumnType.INT32, "", "Public chargers in the district")
      .required("plugs", ColumnType.INT32, "", "Plugs of those chargers")
      .required("plugs_in_use", ColumnType.DOUBLE, "", "Average plugs occupied over the bin, summed over the district")
      .required("queue_length", ColumnType.DOUBLE, "", "Average vehicles waiting over the bin, summed over the district"
          + " (x 900 s = waiting vehicle-seconds)")
      .required("power_kw", ColumnType.DOUBLE, "kW", "Average charging power over the bin, summed over the district")
      .required("energy_kwh", ColumnType.DOUBLE, "kWh", "Energy delivered in the bin in the district")
      .build();

  private final List<String> names;
  private final int[] districtOf;
  private final EvRunResult result;
  // [district][bin]
  private final double[][] inUse;
  private final double[][] queue;
  private final double[][] energy;
  private final int[] chargerCount;
  private final int[] plugCount;

  private DistrictLoadCurves(List<String> names, int[] districtOf, EvRunResult r) {
    this.names = List.copyOf(names);
    this.districtOf = districtOf;
    this.result = r;
    ChargerLoadTable t = r.load();
    int d = names.size();
    inUse = new double[d][t.bins()];
    queue = new double[d][t.bins()];
    energy = new double[d][t.bins()];
    chargerCount = new int[d];
    plugCount = new int[d];
    Chargers c = r.chargers();
    for (int k = 0; k < c.size(); k++) {
      if (!c.isPublic(k)) {
        continue;
      }
      int a = districtOf[k];
      chargerCount[a]++;
      plugCount[a] += c.plugCount(k);
      for (int b = 0; b < t.bins(); b++) {
        inUse[a][b] += t.plugsInUse(k, b);
        queue[a][b] += t.queueLength(k, b);
        energy[a][b] += t.energy_kWh(k, b);
      }
    }
  }

  /**
   * Aggregates {@code r} over the districts. {@code polygons} maps names to polygons in the network CRS, in
   * the order the districts are listed; {@value #OUTSIDE} is appended if any charger lies outside all.
   */
  public static DistrictLoadCurves of(EvRunResult r, Network network, Map<String, Polygon> polygons) {
    List<String> names = new ArrayList<>(polygons.keySet());
    List<PreparedGeometry> geoms = new ArrayList<>();
    for (Polygon p : polygons.values()) {
      geoms.add(PreparedGeometryFactory.prepare(p));
    }
    GeometryFactory gf = new GeometryFactory();
    Chargers c = r.chargers();
    int[] of = new int[c.size()];
    boolean outside = false;
    for (int k = 0; k < c.size(); k++) {
      int l = c.link(k);
      double x = 0.5 * (network.nodeX_m(network.fromNode(l)) + network.nodeX_m(network.toNode(l)));
      double y = 0.5 * (network.nodeY_m(network.fromNode(l)) + network.nodeY_m(network.toNode(l)));
      Point pt = gf.createPoint(new Coordinate(x, y));
      of[k] = -1;
      for (int a = 0; a < geoms.size() && of[k] < 0; a++) {
        if (geoms.get(a).covers(pt)) {
          of[k] = a;
        }
      }
      outside |= of[k] < 0;
    }
    if (outside) {
      names.add(OUTSIDE);
      for (int k = 0; k < of.length; k++) {
        of[k] = of[k] < 0 ? names.size() - 1 : of[k];
      }
    }
    return new DistrictLoadCurves(names, of, r);
  }

  public List<String> districts() {
    return names;
  }

  /** District index of charger {@code c}. */
  public int districtOf(int charger) {
    return districtOf[charger];
  }

  /** Vehicle-seconds spent waiting in the queues of the district's chargers. */
  public double waiting_s(int district) {
    double s = 0;
    for (double q : queue[district]) {
      s += q * result.load().binSize_s();
    }
    return s;
  }

  public double energy_kWh(int district) {
    double s = 0;
    for (double e : energy[district]) {
      s += e;
    }
    return s;
  }

  public int plugs(int district) {
    return plugCount[district];
  }

  public ColumnBindings bind() {
    ChargerLoadTable t = result.load();
    int bins = t.bins();
    double h = t.binSize_s() / 3600.0;
    return ColumnBindings.of(SCHEMA)
        .codedStringColumn("district", row -> row / bins, names.toArray(new String[0]))
        .int32Column("bin_start_s", row -> t.binStart_s(row % bins))
        .int32Column("chargers", row -> chargerCount[row / bins])
        .int32Column("plugs", row -> plugCount[row / bins])
        .doubleColumn("plugs_in_use", row -> inUse[row / bins][row % bins])
        .doubleColumn("queue_length", row -> queue[row / bins][row % bins])
        .doubleColumn("power_kw", row -> energy[row / bins][row % bins] / h)
        .doubleColumn("energy_kwh", row -> energy[row / bins][row % bins])
        .build();
  }

  public void writeParquet(Path file) {
    ParquetTableWriter.write(file, bind(), names.size() * result.load().bins(), Map.of());
  }

  /** A step chart of the power per district; districts without chargers are left out. */
  public void writePng(Path file, String title, int width_px, int height_px) {
    ChargerLoadTable t = result.load();
    double h = t.binSize_s() / 3600.0;
    XYSeriesCollection data = new XYSeriesCollection();
    for (int a = 0; a < names.size(); a++) {
      if (chargerCount[a] == 0) {
        continue;
      }
      XYSeries s = new XYSeries(names.get(a) + " (" + plugCount[a] + " plugs)");
      for (int b = 0; b < t.bins(); b++) {
        s.add(t.binStart_s(b) / 3600.0, energy[a][b] / h);
      }
      data.addSeries(s);
    }
    LoadCurveChart.writeStepChart(file, data, title, width_px, height_px);
  }
}
