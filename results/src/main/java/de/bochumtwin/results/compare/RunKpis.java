package de.bochumtwin.results.compare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The KPIs of one run folder, in report order, each with its group: trips and network figures,
 * mode shares, stuck agents, emission totals (only when the run computed emissions) and EV figures
 * (only when the EV model ran), and air quality at the named receptors (only when {@code twin run
 * --airquality} ran). A KPI the run cannot tell (no emissions file, no EV counters, no
 * {@code stuck_aborted} counter, no network travel time for the mean speed) is left out rather than
 * reported as zero. Immutable.
 */
public final class RunKpis {
  /** Report groups, in order. */
  enum Group { TRAFFIC, MODE_SHARE, STUCK, EMISSIONS, EV, AIR_QUALITY }

  /** One KPI value of one run. */
  public record Value(String name, String unit, double value, Group group) {}

  private final List<Value> values;

  private RunKpis(List<Value> values) {
    this.values = Collections.unmodifiableList(new ArrayList<>(values));
  }

  /** Reads the run folder (run.json, legs, link_volumes, links, optional emissions_totals). */
  public static RunKpis read(Path runDir) {
    return of(RunOutputs.read(runDir));
  }

  static RunKpis of(RunOutputs r) {
    List<Value> v = new ArrayList<>();
    v.add(new Value("trips", "trips", r.legs(), Group.TRAFFIC));
    v.add(new Value("vehicle_km", "km", r.networkDistance_m / 1000, Group.TRAFFIC));
    v.add(new Value("vehicle_hours", "h", r.networkTravelTime_s / 3600, Group.TRAFFIC));
    if (r.networkTravelTime_s > 0) {
      v.add(new Value("mean_speed", "km/h", (r.networkDistance_m / 1000) / (r.networkTravelTime_s / 3600), Group.TRAFFIC));
    }
    int n = r.legs();
    if (n > 0) {
      for (Map.Entry<String, Integer> e : r.legsByMode.entrySet()) {
        v.add(new Value("mode_share_" + e.getKey(), "%", 100.0 * e.getValue() / n, Group.MODE_SHARE));
      }
    }
    if (r.stuck >= 0) {
      v.add(new Value("stuck_agents", "agents", r.stuck, Group.STUCK));
    }
    for (Map.Entry<String, Double> e : r.emissions.entrySet()) {
      String col = e.getKey();
      String unit = col.endsWith("_g") ? "g" : col.endsWith("_count") ? "1" : "MJ";
      v.add(new Value("emissions_" + col, unit, e.getValue(), Group.EMISSIONS));
    }
    ev(v, r.counters, "ev_energy_charged_Wh", "ev_energy_charged_kwh", "kWh", 1e-3);
    ev(v, r.counters, "ev_energy_consumed_Wh", "ev_energy_consumed_kwh", "kWh", 1e-3);
    ev(v, r.counters, "ev_queueing_s", "ev_charger_waiting_h", "h", 1 / 3600.0);
    ev(v, r.counters, "ev_queued_attempts", "ev_queued_attempts", "attempts", 1);
    ev(v, r.counters, "ev_failed_charging_attempts", "ev_failed_charging_attempts", "attempts", 1);
    ev(v, r.counters, "ev_stranded_vehicles", "ev_stranded_vehicles", "vehicles", 1);
    for (Map.Entry<String, double[]> e : r.airStations.entrySet()) {
      String at = "airquality_" + e.getKey() + "_";
      double[] a = e.getValue();
      v.add(new Value(at + "no2_mean", "ug/m3", a[0], Group.AIR_QUALITY));
      v.add(new Value(at + "pm10_mean", "ug/m3", a[1], Group.AIR_QUALITY));
      v.add(new Value(at + "pm2_5_mean", "ug/m3", a[2], Group.AIR_QUALITY));
      v.add(new Value(at + "no2_hours_above_200", "h", a[3], Group.AIR_QUALITY));
      v.add(new Value(at + "pm10_days_above_50", "d", a[4], Group.AIR_QUALITY));
    }
    return new RunKpis(v);
  }

  private static void ev(List<Value> v, Map<String, Long> counters, String counter, String name, String unit, double scale) {
    Long c = counters.get(counter);
    if (c != null) {
      v.add(new Value(name, unit, c * scale, Group.EV));
    }
  }

  public List<Value> values() {
    return values;
  }

  /** The value named {@code name}, or null when the run does not have it. */
  public Value find(String name) {
    for (Value x : values) {
      if (x.name().equals(name)) {
        return x;
      }
    }
    return null;
  }
}
