package de.bochumtwin.results.compare;

import de.bochumtwin.results.parquet.ColumnBindings;
import de.bochumtwin.results.parquet.ColumnType;
import de.bochumtwin.results.parquet.ParquetTableWriter;
import de.bochumtwin.results.parquet.TableSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The KPI table of a comparison: one row per KPI with base, scenario, change and relative change.
 * KPIs: trips, vehicle_km and vehicle_hours (legs of the network modes), mean_speed (vehicle_km /
 * vehicle_hours), mode_share_MODE (% of trips), stuck_agents, and emissions_COLUMN for every pollutant
 * total in both runs' emissions_totals.parquet. Immutable.
 */
public final class KpiTable {
  public static final TableSchema SCHEMA = TableSchema.builder("kpis",
          "Scenario comparison: one row per KPI, change = scenario - base; figures of the simulated sample.")
      .required("kpi", ColumnType.STRING, "", "KPI name, e.g. vehicle_km, mode_share_car, emissions_co2_total_g")
      .required("unit", ColumnType.STRING, "", "Unit of base, scenario and change")
      .required("base", ColumnType.DOUBLE, "", "Value in the base run")
      .required("scenario", ColumnType.DOUBLE, "", "Value in the scenario run")
      .required("change", ColumnType.DOUBLE, "", "scenario - base")
      .nullable("relative_change", ColumnType.DOUBLE, "1", "change / base; null when base is 0")
      .build();

  /** One KPI row. */
  public record Kpi(String name, String unit, double base, double scenario) {
    public double change() {
      return scenario - base;
    }

    /** change / base, NaN when base is 0. */
    public double relativeChange() {
      return base == 0 ? Double.NaN : change() / base;
    }
  }

  private final List<Kpi> rows;

  private KpiTable(List<Kpi> rows) {
    this.rows = List.copyOf(rows);
  }

  static KpiTable of(RunOutputs b, RunOutputs s) {
    List<Kpi> rows = new ArrayList<>();
    rows.add(new Kpi("trips", "trips", b.legs(), s.legs()));
    rows.add(new Kpi("vehicle_km", "km", b.networkDistance_m / 1000, s.networkDistance_m / 1000));
    rows.add(new Kpi("vehicle_hours", "h", b.networkTravelTime_s / 3600, s.networkTravelTime_s / 3600));
    rows.add(new Kpi("mean_speed", "km/h", speed_kmh(b), speed_kmh(s)));
    TreeSet<String> modes = new TreeSet<>(b.legsByMode.keySet());
    modes.addAll(s.legsByMode.keySet());
    for (String m : modes) {
      rows.add(new Kpi("mode_share_" + m, "%", share(b, m), share(s, m)));
    }
    rows.add(new Kpi("stuck_agents", "agents", b.stuck, s.stuck));
    for (Map.Entry<String, Double> e : b.emissions.entrySet()) {
      Double sv = s.emissions.get(e.getKey());
      if (sv != null) {
        String col = e.getKey();
        String unit = col.endsWith("_g") ? "g" : col.endsWith("_count") ? "1" : "MJ";
        rows.add(new Kpi("emissions_" + col, unit, e.getValue(), sv));
      }
    }
    return new KpiTable(rows);
  }

  /**
   * The KPIs of one run folder (the same definitions as a comparison; in each row base = scenario =
   * the run's value). Used for per-member KPI tables of a sweep.
   */
  public static KpiTable ofRun(Path runDir) {
    RunOutputs r = RunOutputs.read(runDir);
    return of(r, r);
  }

  private static double speed_kmh(RunOutputs r) {
    return r.networkTravelTime_s == 0 ? 0 : (r.networkDistance_m / 1000) / (r.networkTravelTime_s / 3600);
  }

  private static double share(RunOutputs r, String mode) {
    int n = r.legs();
    return n == 0 ? 0 : 100.0 * r.legsByMode.getOrDefault(mode, 0) / n;
  }

  public List<Kpi> rows() {
    return rows;
  }

  /** The row named {@code name}; throws naming the known KPIs when absent. */
  public Kpi get(String name) {
    for (Kpi k : rows) {
      if (k.name().equals(name)) {
        return k;
      }
    }
    throw new IllegalArgumentException("no KPI '" + name + "'; known: " + rows.stream().map(Kpi::name).toList());
  }

  void writeParquet(Path file) {
    ColumnBindings data = ColumnBindings.of(SCHEMA)
        .stringColumn("kpi", r -> rows.get(r).name())
        .stringColumn("unit", r -> rows.get(r).unit())
        .doubleColumn("base", r -> rows.get(r).base())
        .doubleColumn("scenario", r -> rows.get(r).scenario())
        .doubleColumn("change", r -> rows.get(r).change())
        .doubleColumn("relative_change", r -> rows.get(r).relativeChange(), r -> rows.get(r).base() == 0)
        .build();
    ParquetTableWriter.write(file, data, rows.size(), Map.of());
  }

  /** Comma-separated, header line, '.' as decimal point, up to 6 significant digits after rounding. */
  void writeCsv(Path file) {
    StringBuilder sb = new StringBuilder("kpi,unit,base,scenario,change,relative_change\n");
    for (Kpi k : rows) {
      sb.append(k.name()).append(',').append(k.unit()).append(',').append(num(k.base())).append(',')
          .append(num(k.scenario())).append(',').append(num(k.change())).append(',')
          .append(k.base() == 0 ? "" : num(k.relativeChange())).append('\n');
    }
    try {
      Files.writeString(file, sb, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  private static String num(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return String.format(Locale.ROOT, "%.6g", v).replaceAll("(\\.\\d*?)0+(e|$)", "$1$2").replace(".e", "e")
        .replaceAll("\\.$", "");
  }
}
