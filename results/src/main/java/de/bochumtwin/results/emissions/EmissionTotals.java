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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Emission totals in rows of (scope, key): {@code total/all}, {@code warm/all}, {@code cold/all} (the
 * handler's running sums, in event order), one {@code road_type/<HBEFA road type>} row per road type
 * (in order of first link) and, when districts are given, one {@code stadtbezirk/<name>} row per
 * district plus {@code stadtbezirk/n/a} for links whose midpoint lies in none. Road-type and district
 * rows are summed over links (index order) and hours, so they add up to the total up to rounding.
 * Immutable.
 */
public final class EmissionTotals {
  public static final String NOT_IN_A_DISTRICT = "n/a";

  private final List<Pollutant> pollutants;
  private final List<String> scopes = new ArrayList<>();
  private final List<String> keys = new ArrayList<>();
  private final List<double[]> grams = new ArrayList<>();

  private EmissionTotals(List<Pollutant> pollutants) {
    this.pollutants = List.copyOf(pollutants);
  }

  /**
   * @param districts areas for the {@code stadtbezirk} rows; empty for networks without districts
   */
  public static EmissionTotals of(EmissionHandler h, Network net, List<DistrictArea> districts) {
    List<Pollutant> pol = h.model().pollutants();
    int np = pol.size();
    EmissionTotals t = new EmissionTotals(pol);
    double[] total = new double[np];
    double[] warm = new double[np];
    double[] cold = new double[np];
    for (int p = 0; p < np; p++) {
      warm[p] = h.warmTotal_g(p);
      cold[p] = h.coldTotal_g(p);
      total[p] = warm[p] + cold[p];
    }
    t.add("total", "all", total);
    t.add("warm", "all", warm);
    t.add("cold", "all", cold);
    double[][] perLink = perLink(h, net.linkCount(), np);
    Map<String, double[]> byRoad = new LinkedHashMap<>();
    for (int l = 0; l < net.linkCount(); l++) {
      accumulate(byRoad.computeIfAbsent(h.model().roadTypeOfLink(l), k -> new double[np]), perLink[l]);
    }
    byRoad.forEach((k, g) -> t.add("road_type", k, g));
    if (!districts.isEmpty()) {
      int[] district = assign(net, districts);
      double[][] byDistrict = new double[districts.size() + 1][np];
      for (int l = 0; l < net.linkCount(); l++) {
        accumulate(byDistrict[district[l] < 0 ? districts.size() : district[l]], perLink[l]);
      }
      for (int d = 0; d < districts.size(); d++) {
        t.add("stadtbezirk", districts.get(d).name(), byDistrict[d]);
      }
      t.add("stadtbezirk", NOT_IN_A_DISTRICT, byDistrict[districts.size()]);
    }
    return t;
  }

  /** District index per link by the midpoint of its straight line (first containing district), or -1. */
  public static int[] assign(Network net, List<DistrictArea> districts) {
    GeometryFactory gf = new GeometryFactory();
    PreparedGeometry[] prepared = new PreparedGeometry[districts.size()];
    for (int d = 0; d < prepared.length; d++) {
      prepared[d] = PreparedGeometryFactory.prepare(districts.get(d).area());
    }
    int[] out = new int[net.linkCount()];
    for (int l = 0; l < out.length; l++) {
      int a = net.fromNode(l);
      int b = net.toNode(l);
      Point mid = gf.createPoint(new Coordinate(0.5 * (net.nodeX_m(a) + net.nodeX_m(b)), 0.5 * (net.nodeY_m(a) + net.nodeY_m(b))));
      out[l] = -1;
      for (int d = 0; d < prepared.length; d++) {
        if (prepared[d].contains(mid)) {
          out[l] = d;
          break;
        }
      }
    }
    return out;
  }

  /** Grams per link and pollutant over all hours (hours summed in order). */
  static double[][] perLink(EmissionHandler h, int links, int np) {
    double[][] g = new double[links][np];
    int hours = h.hourCount();
    for (int l = 0; l < links; l++) {
      for (int hr = 0; hr < hours; hr++) {
        for (int p = 0; p < np; p++) {
          g[l][p] += h.linkHour_g(l, hr, p);
        }
      }
    }
    return g;
  }

  private static void accumulate(double[] into, double[] g) {
    for (int p = 0; p < g.length; p++) {
      into[p] += g[p];
    }
  }

  private void add(String scope, String key, double[] g) {
    scopes.add(scope);
    keys.add(key);
    grams.add(g.clone());
  }

  public List<Pollutant> pollutants() {
    return pollutants;
  }

  public int rowCount() {
    return scopes.size();
  }

  public String scope(int row) {
    return scopes.get(row);
  }

  public String key(int row) {
    return keys.get(row);
  }

  public double grams(int row, int p) {
    return grams.get(row)[p];
  }

  /** Total grams of pollutant column {@code p} (warm + cold). */
  public double total_g(int p) {
    return grams.get(0)[p];
  }

  public static TableSchema schema(List<Pollutant> pollutants) {
    TableSchema.Builder b = TableSchema.builder("emissions_totals",
            "Emission totals: scope total/warm/cold (key all), road_type (key = HBEFA road type) and, for the Bochum"
                + " network, stadtbezirk (key = district; n/a = link midpoint outside all districts).")
        .required("scope", ColumnType.STRING, "", "total, warm, cold, road_type or stadtbezirk")
        .required("key", ColumnType.STRING, "", "all, the HBEFA road type, or the Stadtbezirk name");
    return EmissionTables.pollutantColumns(b, pollutants).build();
  }

  public void write(Path file) {
    ColumnBindings.Builder b = ColumnBindings.of(schema(pollutants))
        .stringColumn("scope", scopes::get)
        .stringColumn("key", keys::get);
    for (int p = 0; p < pollutants.size(); p++) {
      int pp = p;
      b.doubleColumn(EmissionTables.column(pollutants.get(p)), r -> grams.get(r)[pp]);
    }
    ParquetTableWriter.write(file, b.build(), rowCount(), Map.of());
  }
}
