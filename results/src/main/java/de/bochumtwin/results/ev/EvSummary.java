package de.bochumtwin.results.ev;

import de.bochumtwin.core.ev.ChargingSessionTable;
import de.bochumtwin.core.ev.EvRunResult;
import java.util.LinkedHashMap;
import java.util.Map;

/** The EV counters for the run summary ({@code run.json} counters), all prefixed {@code ev_}. */
public final class EvSummary {
  private EvSummary() {}

  /**
   * {@code ev_vehicles}, {@code ev_charging_sessions} (plugged), {@code ev_failed_charging_attempts}
   * (gave up or left the queue), {@code ev_stranded_vehicles} (battery-electric, ran empty),
   * {@code ev_unresolved_plans}, {@code ev_energy_charged_Wh}, {@code ev_energy_consumed_Wh},
   * {@code ev_reactive_charging_attempts} (stops added because a vehicle arrived below the critical SoC),
   * {@code ev_access_walk_s} (walking between chargers and activities, rounded).
   */
  public static Map<String, Long> counters(EvRunResult r) {
    ChargingSessionTable s = r.sessions();
    long plugged = 0;
    for (int i = 0; i < s.size(); i++) {
      plugged += s.wasPlugged(i) ? 1 : 0;
    }
    Map<String, Long> m = new LinkedHashMap<>();
    m.put("ev_vehicles", (long) r.fleet().evCount());
    m.put("ev_charging_sessions", plugged);
    m.put("ev_failed_charging_attempts", (long) r.failedChargingAttempts());
    m.put("ev_stranded_vehicles", (long) r.strandedVehicles());
    m.put("ev_unresolved_plans", (long) r.unresolvedPlans());
    m.put("ev_energy_charged_Wh", Math.round(r.totalCharged_kWh() * 1000));
    m.put("ev_energy_consumed_Wh", Math.round(r.totalConsumed_kWh() * 1000));
    m.put("ev_reactive_charging_attempts", (long) r.reactiveChargingAttempts());
    double walk = 0;
    for (int v = 0; v < r.vehicleCount(); v++) {
      walk += r.walk_s(v);
    }
    m.put("ev_access_walk_s", Math.round(walk));
    return m;
  }
}
