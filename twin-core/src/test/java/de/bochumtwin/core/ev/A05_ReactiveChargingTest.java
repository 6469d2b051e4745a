package de.bochumtwin.core.ev;

import static de.bochumtwin.core.ev.EvTestSupport.HOME;
import static de.bochumtwin.core.ev.EvTestSupport.IDS;
import static de.bochumtwin.core.ev.EvTestSupport.WORK;
import static de.bochumtwin.core.ev.EvTestSupport.trip;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reactive charging: a vehicle that parks for an activity below the critical SoC (0.2 x 40 = 8 kWh) and
 * has no planned stop there fast-charges at the best public fast charger within {@code enrouteRadius_m}
 * of the activity's link, and the walk between that charger and the activity is scored. Network and type
 * as in {@link A01_QueueAndEnergyBalanceTest}; the vehicle parks on l1 (midpoint (500, 0)) at 1000 s with
 * 5 kWh, without using energy (a one-link leg).
 */
class A05_ReactiveChargingTest {
  static final double EPS = 1e-9;

  static EvRunResult run(EvSettings settings, double soc, Chargers chargers) {
    EvFleet fleet = EvFleet.of(List.of(A01_QueueAndEnergyBalanceTest.TYPE), new int[] {0}, new double[] {soc},
        new boolean[] {false});
    ChargingHandler h = new ChargingHandler(A01_QueueAndEnergyBalanceTest.NET, chargers, fleet, ChargingPlan.none(1), settings);
    h.begin(IDS);
    trip(h, 0, HOME, WORK, new int[] {1}, 1000);
    h.end(30 * 3600);
    return h.result();
  }

  /** An 11 kW charger on the activity's link and a 50 kW one on l2 at its midpoint (1000, 500). */
  static Chargers slowHereFastThere() {
    Chargers.Builder b = Chargers.builder();
    b.add("ac", 1, 500, 0, 11.0, 1, null, "op", true);
    b.add("dc", 2, 1000, 500, 50.0, 1, null, "op", true);
    return b.build();
  }

  @Test
  void belowCriticalTheVehicleFastChargesAndWalks() {
    EvRunResult r = run(EvSettings.defaults(), 5, slowHereFastThere());
    ChargingSessionTable s = r.sessions();
    // only the fast charger qualifies (>= 50 kW); 5 -> 32 kWh: 15 kWh at 50 kW (1080 s) + 10 kWh at 50 kW
    // (720 s) + 2 kWh at 20 kW (360 s) = 2160 s, plugged at 1000 -> 3160
    assertEquals(1, s.size());
    assertEquals(1, s.charger(0));
    assertEquals(1000, s.start_s(0));
    assertEquals(3160, s.end_s(0));
    assertEquals(27.0, s.energy_kWh(0), EPS);
    assertEquals(1, r.reactiveChargingAttempts());
    // walk: beeline (500, 0) -> (1000, 500) = 707.107 m x 1.3 / (3 km/h = 0.8333 m/s) = 1103.09 s, both ways
    double walk = 2 * Math.hypot(500, 500) * 1.3 / (3.0 / 3.6);
    assertEquals(2206.18, walk, 0.01);
    assertEquals(walk, r.walk_s(0), EPS);
    // score: -27 kWh x 0.59 EUR/kWh (DC) - 6 utils/h x walk
    assertEquals(-27 * 0.59 - 6.0 * walk / 3600, r.scoreDelta(0), EPS);
    assertEquals(32.0, r.endSoc_kWh(0), EPS);
  }

  @Test
  void aboveCriticalOrSwitchedOffOrTooFarNothingHappens() {
    // 8 kWh is exactly critical, not below
    assertEquals(0, run(EvSettings.defaults(), 8, slowHereFastThere()).sessions().size());
    assertEquals(0, run(EvSettings.defaults().withReactiveCharging(false), 5, slowHereFastThere()).sessions().size());
    // a fast charger 5,001 m from the activity's link midpoint is outside enrouteRadius_m = 5,000 m
    Chargers.Builder b = Chargers.builder();
    b.add("far", 2, 500, 5001, 150.0, 1, null, "op", true);
    Chargers far = b.build();
    EvRunResult r = run(EvSettings.defaults(), 5, far);
    assertEquals(0, r.sessions().size());
    assertEquals(0, r.reactiveChargingAttempts());
    assertEquals(0, r.walk_s(0), 0);
  }
}
