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
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The KPI table of a comparison: one row per KPI of either run with base, scenario, change and
 * relative change. KPIs (see {@link RunKpis}): trips, vehicle_km and vehicle_hours (legs of the network
 * modes), mean_speed (vehicle_km / vehicle_hours), mode_share_MODE (% of trips), stuck_agents,
 * emissions_COLUMN for every pollutant total of emissions_totals.parquet, and the EV figures from the
 * run.json counters (ev_energy_charged_kwh, ev_charger_waiting_h, ...). A KPI one run does not have
 * is absent there (NaN in memory, null in Parquet, empty in the CSV), never zero; the exception is a
 * mode only one run used, whose share in the other run is a true 0 %. Immutable.
 */
public final class KpiTable {
  public static final TableSchema SCHEMA = TableSchema.builder("kpis",
          "Scenario comparison: one row per KPI, change = scenario - base; figures of the simulated sample.")
      .required("kpi", ColumnType.STRING, "", "KPI name, e.g. vehicle_km, mode_share_car, emissions_co2_total_g")
      .required("unit", ColumnType.STRING, "", "Unit of base, scenario and change")
      .nullable("base", ColumnType.DOUBLE, "", "Value in the base run; null when the base run does not report it")
      .nullable("scenario", ColumnType.DOUBLE, "", "Value in the scenario run; null when the scenario run does not report it")
      .nullable("change", ColumnType.DOUBLE, "", "scenario - base; null when either is null")
      .nullable("relative_change", ColumnType.DOUBLE, "1", "change / base; null when base is 0 or either is null")
      .build();

  /** One KPI row; {@code base} or {@code scenario} is NaN when that run does not report the KPI. */
  public record Kpi(String name, String unit, double base, double scenario) {
    public double change() {
      return scenario - base;
    }

    /** change / base, NaN when base is 0 or a value is absent. */
    public double relativeChange() {
      return base == 0 ? Double.NaN : change() / base;
    }

    public boolean hasBase() {
      return !Double.isNaN(base);
    }

    public boolean hasScenario() {
      return !Double.isNaN(scenario);
    }
  }

  private final List<Kpi> rows;

  private KpiTable(List<Kpi> rows) {
    this.rows = List.copyOf(rows);
  }

  static KpiTable of(RunOutputs b, RunOutputs s) {
    return of(RunKpis.of(b), RunKpis.of(s));
  }

  /** Rows grouped as in {@link RunKpis}; within a group the base run's order, then KPIs only the scenario has. */
  static KpiTable of(RunKpis b, RunKpis s) {
    List<Kpi> rows = new ArrayList<>();
    for (RunKpis.Group g : RunKpis.Group.values()) {
      Map<String, String> names = new LinkedHashMap<>();
      for (RunKpis r : List.of(b, s)) {
        for (RunKpis.Value v : r.values()) {
          if (v.group() == g) {
            names.putIfAbsent(v.name(), v.unit());
          }
        }
      }
      if (g == RunKpis.Group.MODE_SHARE) {
        names = new java.util.TreeMap<>(names);
      }
      for (Map.Entry<String, String> e : names.entrySet()) {
        double zero = g == RunKpis.Group.MODE_SHARE ? 0 : Double.NaN;
        rows.add(new Kpi(e.getKey(), e.getValue(), value(b, e.getKey(), zero), value(s, e.getKey(), zero)));
      }
    }
    return new KpiTable(rows);
  }

  /**
   * The KPIs of one run folder (the same definitions as a comparison; in each row base = scenario =
   * the run's value, NaN/null when the run does not report it). Used for per-member KPI tables of a sweep.
   */
  public static KpiTable ofRun(Path runDir) {
    RunOutputs r = RunOutputs.read(runDir);
    return of(r, r);
  }

  private static double value(RunKpis r, String name, double missing) {
    RunKpis.Value v = r.find(name);
    return v == null ? missing : v.value();
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
        .doubleColumn("base", r -> rows.get(r).base(), r -> !rows.get(r).hasBase())
        .doubleColumn("scenario", r -> rows.get(r).scenario(), r -> !rows.get(r).hasScenario())
        .doubleColumn("change", r -> rows.get(r).change(), r -> Double.isNaN(rows.get(r).change()))
        .doubleColumn("relative_change", r -> rows.get(r).relativeChange(), r -> Double.isNaN(rows.get(r).relativeChange()))
        .build();
    ParquetTableWriter.write(file, data, rows.size(), Map.of());
  }

  /**
   * Comma-separated, header line, '.' as decimal point, up to 6 significant digits after rounding;
   * absent values are empty fields.
   */
  void writeCsv(Path file) {
    StringBuilder sb = new StringBuilder("kpi,unit,base,scenario,change,relative_change\n");
    for (Kpi k : rows) {
      sb.append(k.name()).append(',').append(k.unit()).append(',').append(num(k.base())).append(',')
          .append(num(k.scenario())).append(',').append(num(k.change())).append(',')
          .append(num(k.relativeChange())).append('\n');
    }
    try {
      Files.writeString(file, sb, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /** The CSV (and HTML report) text of a value: empty for NaN (absent). */
  static String num(double v) {
    if (Double.isNaN(v)) {
      return "";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return String.format(Locale.ROOT, "%.6g", v).replaceAll("(\\.\\d*?)0+(e|$)", "$1$2").replace(".e", "e")
        .replaceAll("\\.$", "");
  }
}
