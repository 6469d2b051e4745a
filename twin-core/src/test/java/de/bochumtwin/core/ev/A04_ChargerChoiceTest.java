package de.bochumtwin.core.ev;

import static de.bochumtwin.core.ev.EvTestSupport.HOME;
import static de.bochumtwin.core.ev.EvTestSupport.IDS;
import static de.bochumtwin.core.ev.EvTestSupport.WORK;
import static de.bochumtwin.core.ev.EvTestSupport.trip;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which candidate charger a vehicle goes to: the nearest with a free plug, else the one with the fewest
 * queued vehicles per plug (ties to the nearer), and after giving up the best untried one by the same rule.
 * Network and type as in {@link A01_QueueAndEnergyBalanceTest}: c0 (2 plugs, 50 kW, 500 m from node 1) is
 * the nearer candidate, c1 (1 plug, 50 kW, 600 m) the farther; both on the work link l1, so no walking.
 * Target 0.8 x 40 = 32 kWh; above 30 kWh (75 %) the 40 kWh battery takes 0.5C = 20 kW.
 */
class A04_ChargerChoiceTest {
  static final double EPS = 1e-9;

  /**
   * Vehicles arrive at work (link l1) at 1000 s in index order; vehicle v starts with {@code soc[v]} and
   * has the candidates {@code cands[v]} (nearest first) at activity 1.
   */
  static EvRunResult run(EvSettings settings, double[] soc, int[][] cands) {
    int n = soc.length;
    int[] type = new int[n];
    boolean[] home = new boolean[n];
    ChargingPlan.Builder b = ChargingPlan.builder(n);
    for (int v = 0; v < n; v++) {
      b.add(v, 1, ChargingPlan.ACTIVITY, cands[v]);
    }
    EvFleet fleet = EvFleet.of(List.of(A01_QueueAndEnergyBalanceTest.TYPE), type, soc, home);
    ChargingHandler h = new ChargingHandler(A01_QueueAndEnergyBalanceTest.NET,
        A01_QueueAndEnergyBalanceTest.oneCharger(2), fleet, b.build(), settings);
    h.begin(IDS);
    for (int p = 0; p < n; p++) {
      trip(h, p, HOME, WORK, new int[] {1}, 1000);
    }
    h.end(30 * 3600);
    return h.result();
  }

  static int[][] both(int n) {
    int[][] c = new int[n][];
    Arrays.fill(c, new int[] {0, 1});
    return c;
  }

  @Test
  void aFreePlugAtTheFartherCandidateBeatsQueueingAtTheNearer() {
    // p0 (10 kWh) and p1 (20 kWh) take c0's two plugs; p2 (30 kWh) finds c0 full and c1 free: plugs at c1 at
    // 1000 s without waiting, 2 kWh at 20 kW = 360 s -> 1360 s.
    EvRunResult r = run(EvSettings.defaults().withQueueing(3600, 1), new double[] {10, 20, 30}, both(3));
    ChargingSessionTable s = r.sessions();
    assertEquals(3, s.size());
    int row = 0; // sessions are recorded when they end: p2 at 1360, p1 at 2080, p0 at 2800
    assertEquals(2, s.vehicle(row));
    assertEquals(1, s.charger(row));
    assertEquals(1000, s.start_s(row));
    assertEquals(1360, s.end_s(row));
    assertEquals(0, r.wait_s(2));
    assertEquals(0, r.failedChargingAttempts());
    assertEquals(0, s.charger(1));
    assertEquals(0, s.charger(2));
  }

  @Test
  void whenAllAreBusyTheShortestQueuePerPlugWins() {
    // p0 (31 kWh, candidate c1 only) takes c1: 1 kWh at 20 kW = 180 s -> completes at 1180.
    // p1 (10) and p2 (20) take c0's plugs (free, nearest). p3 (30): c0 0 queued / 2 plugs = 0, c1 0 / 1 = 0,
    // a tie -> the nearer c0; it queues there. p4 (30): c0 1 / 2 = 0.5, c1 0 / 1 = 0 -> c1, queues and plugs
    // in when p0 completes at 1180 (wait 180 s), 2 kWh at 20 kW -> 1540. p3 plugs in at c0 when p2 finishes
    // at 2080 (wait 1080 s; p2: 720 + 360 s from 1000), 360 s -> 2440.
    int[][] cands = both(5);
    cands[0] = new int[] {1};
    EvRunResult r = run(EvSettings.defaults().withQueueing(3600, 1), new double[] {31, 10, 20, 30, 30}, cands);
    ChargingSessionTable s = r.sessions();
    assertEquals(5, s.size());
    assertRow(s, 0, 0, 1, 1000, 1180, 0);
    assertRow(s, 1, 4, 1, 1180, 1540, 180);
    assertRow(s, 2, 2, 0, 1000, 2080, 0);
    assertRow(s, 3, 3, 0, 2080, 2440, 1080);
    assertRow(s, 4, 1, 0, 1000, 2800, 0);
    assertEquals(180, r.wait_s(4));
    assertEquals(1080, r.wait_s(3));
    assertEquals(2.0, r.charged_kWh(4), EPS);
  }

  @Test
  void queuedVehicleGivesUpAndTriesTheUntriedAlternative() {
    // as above without p4, maxWait 900 s: p3 queues at c0 at 1000 (tie -> nearer), gives up at 1900 (p2 frees
    // c0 only at 2080) and goes to c1, free since p0 completed at 1180: plugs at 1900, 360 s -> 2260.
    int[][] cands = both(4);
    cands[0] = new int[] {1};
    EvRunResult r = run(EvSettings.defaults().withQueueing(900, 1), new double[] {31, 10, 20, 30}, cands);
    ChargingSessionTable s = r.sessions();
    assertEquals(5, s.size());
    assertRow(s, 0, 0, 1, 1000, 1180, 0);
    assertEquals(3, s.vehicle(1));
    assertEquals(0, s.charger(1));
    assertEquals(-1, s.start_s(1));
    assertEquals(1900, s.end_s(1));
    assertEquals("gave_up", ChargingSessionTable.outcomeName(s.outcome(1)));
    assertRow(s, 2, 2, 0, 1000, 2080, 0);
    assertRow(s, 3, 3, 1, 1900, 2260, 0);
    assertEquals(1900, s.arrival_s(3));
    assertEquals(1, r.failedChargingAttempts());
    assertEquals(900, r.wait_s(3));
  }

  @Test
  void sameInputSameChoice() {
    int[][] cands = both(5);
    cands[0] = new int[] {1};
    double[] soc = {31, 10, 20, 30, 30};
    EvRunResult a = run(EvSettings.defaults().withQueueing(3600, 1), soc, cands);
    EvRunResult b = run(EvSettings.defaults().withQueueing(3600, 1), soc, cands);
    for (int i = 0; i < a.sessions().size(); i++) {
      assertEquals(a.sessions().charger(i), b.sessions().charger(i));
      assertEquals(a.sessions().start_s(i), b.sessions().start_s(i));
    }
  }

  private static void assertRow(ChargingSessionTable s, int row, int vehicle, int charger, int start, int end, int wait) {
    String where = "session row " + row;
    assertEquals(vehicle, s.vehicle(row), where);
    assertEquals(charger, s.charger(row), where);
    assertEquals(start, s.start_s(row), where);
    assertEquals(end, s.end_s(row), where);
    assertEquals(wait, s.wait_s(row), where);
  }
}
