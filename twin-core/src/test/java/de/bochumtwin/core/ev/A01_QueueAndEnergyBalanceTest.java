package de.bochumtwin.core.ev;

import static de.bochumtwin.core.ev.EvTestSupport.HOME;
import static de.bochumtwin.core.ev.EvTestSupport.IDS;
import static de.bochumtwin.core.ev.EvTestSupport.WORK;
import static de.bochumtwin.core.ev.EvTestSupport.trip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import de.bochumtwin.core.network.Network;
import de.bochumtwin.core.network.NetworkBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One charger with 2 plugs of 50 kW and 3 vehicles arriving together at 1000 s: the third waits exactly
 * until the first of the two plugged vehicles finishes. Every number is derived in the comments.
 */
class A01_QueueAndEnergyBalanceTest {
  static final double EPS = 1e-9;
  // l0: home link, l1: charger/work link, l2: 1000 m back towards home at 10 m/s
  static final Network NET = net();
  static final EvType TYPE = EvType.of("bev40", 40.0, 100.0);

  static Network net() {
    NetworkBuilder b = new NetworkBuilder().withName("ev-test");
    b.addNode("1", 0, 0);
    b.addNode("2", 1000, 0);
    b.addNode("3", 1000, 1000);
    b.addLink("l0", "3", "1", 1000, 10, 1000, 1, List.of("car"), null, null);
    b.addLink("l1", "1", "2", 1000, 10, 1000, 1, List.of("car"), null, null);
    b.addLink("l2", "2", "3", 1000, 10, 1000, 1, List.of("car"), null, null);
    return b.build();
  }

  static Chargers oneCharger(int plugs) {
    Chargers.Builder b = Chargers.builder();
    b.add("c0", 1, 500, 0, 50.0, plugs, null, "op", true);
    b.add("c1", 1, 600, 0, 50.0, 1, null, "op", true);
    return b.build();
  }

  /**
   * Initial SoC 10, 20 and 30 kWh of 40; all three plan to charge at activity 1 (work) at c0 only (c1 is not
   * a candidate, so the third vehicle has to queue; the choice among candidates is A04_ChargerChoiceTest).
   */
  static ChargingHandler run(EvSettings settings) {
    EvFleet fleet = EvFleet.of(List.of(TYPE), new int[] {0, 0, 0}, new double[] {10, 20, 30},
        new boolean[] {false, false, false});
    ChargingPlan plan = ChargingPlan.builder(3)
        .add(0, 1, ChargingPlan.ACTIVITY, 0)
        .add(1, 1, ChargingPlan.ACTIVITY, 0)
        .add(2, 1, ChargingPlan.ACTIVITY, 0)
        .build();
    ChargingHandler h = new ChargingHandler(NET, oneCharger(2), fleet, plan, settings);
    h.begin(IDS);
    // all three park on l1 at 1000 s (one-link legs: no energy used), in person order
    for (int p = 0; p < 3; p++) {
      trip(h, p, HOME, WORK, new int[] {1}, 1000);
    }
    // at 10000 s each drives l1 -> l2: l2 entered at 10010, left traffic at 10110 (1000 m in 100 s)
    for (int p = 0; p < 3; p++) {
      trip(h, p, WORK, HOME, new int[] {1, 2}, 10000, 10010, 10110);
    }
    h.end(30 * 3600);
    return h;
  }

  @Test
  void thirdVehicleWaitsUntilTheFirstPlugFrees() {
    EvRunResult r = run(EvSettings.defaults().withQueueing(3600, 1)).result();
    ChargingSessionTable s = r.sessions();
    // Target 0.8 x 40 = 32 kWh. FastThenSlow at 40 kWh: 1.75C = 70 kW (SoC <= 50 % = 20 kWh),
    // 1.25C = 50 kW (<= 75 % = 30 kWh), 0.5C = 20 kW above; the plug gives at most 50 kW.
    //   p0 from 10: (20-10)/50 h + (30-20)/50 h + (32-30)/20 h = 720 + 720 + 360 s = 1800 s -> ends 2800
    //   p1 from 20: (30-20)/50 h + (32-30)/20 h = 720 + 360 s = 1080 s -> ends 2080
    //   p2 queues at 1000 (both plugs busy) and plugs in when p1 finishes at 2080: waits 1080 s;
    //   from 30: (32-30)/20 h = 360 s -> ends 2440
    assertEquals(3, s.size());
    assertRow(s, 0, 1, 1000, 1000, 2080, 12.0, 0, "completed");
    assertRow(s, 1, 2, 1000, 2080, 2440, 2.0, 1080, "completed");
    assertRow(s, 2, 0, 1000, 1000, 2800, 22.0, 0, "completed");
    assertEquals(1080, r.wait_s(2));
    assertEquals(0, r.failedChargingAttempts());
    // cost at the AC price (50 kW is a fast charger by default: >= 50 kW -> DC price 0.59)
    assertEquals(22.0 * 0.59, r.cost_EUR(0), EPS);
    // score: -1 util/EUR x cost - 6 utils/h x 1080 s waiting; no walk: the charger is on the activity's link
    assertEquals(-2.0 * 0.59 - 6.0 * 1080 / 3600.0, r.scoreDelta(2), EPS);
  }

  @Test
  void energyBalancePerVehicle() {
    EvRunResult r = run(EvSettings.defaults().withQueueing(3600, 1)).result();
    // The drive home: l2 (1000 m) in 100 s -> v = 10 m/s. Ohde-Slaski traction force at 10 m/s, m = 1625 kg:
    //   rolling 0.01 x 1625 x 9.81 = 159.4125 N; air 0.4193 x 10^2 = 41.93 N;
    //   0.191 x (-0.267 ln 10 + 0.99819) x 1625 = 0.191 x 0.3833998 x 1625 = 118.9977 N; sum 320.3402 N
    //   / 0.935 = 342.6098 N -> x 1000 m = 342,609.8 J = 0.0951694 kWh.
    // Aux at 10 degC: (1.3 x 10 - 63.4) x 10 + 1748.1 = 1244.1 W over 110 s (10000..10110) = 0.0380142 kWh.
    double force = 0.01 * 1625 * 9.81 + 0.4193 * 100 + 0.191 * (-0.267 * Math.log(10) + 0.99819) * 1625;
    double drive = force / 0.935 * 1000 / 3.6e6;
    double aux = 1244.1 * 110 / 3.6e6;
    assertEquals(0.0951694, drive, 1e-7);
    for (int v = 0; v < 3; v++) {
      assertEquals(drive + aux, r.consumed_kWh(v), 1e-12, "vehicle " + v);
      assertEquals(32.0 - drive - aux, r.endSoc_kWh(v), 1e-12, "vehicle " + v);
      double balance = r.consumed_kWh(v) + (r.endSoc_kWh(v) - r.startSoc_kWh(v));
      assertEquals(r.charged_kWh(v), balance, EPS, "charged = consumed + (end - start), vehicle " + v);
      assertFalse(r.isStranded(v));
    }
    assertEquals(36.0, r.totalCharged_kWh(), EPS);
  }

  @Test
  void loadBinsIntegrateTheCurve() {
    EvRunResult r = run(EvSettings.defaults().withQueueing(3600, 1)).result();
    ChargerLoadTable load = r.load();
    // bin 1 = [900, 1800): p0 and p1 plugged 800 s each, p2 queued 800 s
    assertEquals(1600.0 / 900, load.plugsInUse(0, 1), EPS);
    assertEquals(800.0 / 900, load.queueLength(0, 1), EPS);
    // energy: p0 800 s at 50 kW = 11.1111 kWh; p1 720 s at 50 kW (20 -> 30) + 80 s at 20 kW = 10 + 0.4444 kWh
    assertEquals(800 * 50 / 3600.0 + 10 + 80 * 20 / 3600.0, load.energy_kWh(0, 1), 1e-9);
    // bin 2 = [1800, 2700): plugs p0 900 + p1 280 (to 2080) + p2 360 (2080 to 2440) = 1540 s; queue p2 280 s
    assertEquals(1540.0 / 900, load.plugsInUse(0, 2), EPS);
    assertEquals(280.0 / 900, load.queueLength(0, 2), EPS);
    double sum = 0;
    for (int b = 0; b < load.bins(); b++) {
      sum += load.energy_kWh(0, b);
    }
    assertEquals(36.0, sum, 1e-9);
    assertEquals(30 * 4, load.bins());
  }

  private static void assertRow(ChargingSessionTable s, int row, int vehicle, int arrival, int start, int end,
      double energy, int wait, String outcome) {
    String where = "session row " + row;
    assertEquals(vehicle, s.vehicle(row), where);
    assertEquals(arrival, s.arrival_s(row), where);
    assertEquals(start, s.start_s(row), where);
    assertEquals(end, s.end_s(row), where);
    assertEquals(energy, s.energy_kWh(row), EPS, where);
    assertEquals(wait, s.wait_s(row), where);
    assertEquals(outcome, ChargingSessionTable.outcomeName(s.outcome(row)), where);
  }
}
