package de.bochumtwin.core.router;

import de.bochumtwin.core.events.SimEventSink;
import de.bochumtwin.core.events.EventSinks;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bochumtwin.core.network.Network;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Travel times measured from hand-fed events; link l: 1000 m at 10 m/s = 100 s free flow. */
class B01_BinnedTravelTimesTest {
  static final Network NET = TestNetworks.parse("""
      node a 0 0
      node b 1000 0
      node c 2000 0
      link l a b 1000 10 car
      link m b c 1000 10 car
      """);

  final int l = NET.getLinkIndex("l");
  final int m = NET.getLinkIndex("m");

  @Test
  void twoVehiclesInTheSameBinAreAveraged() {
    TravelTimeRecorder rec = new TravelTimeRecorder(NET);
    SimEventSink ev = EventSinks.withTraversals(rec);
    ev.linkEnter(100, l, 0);
    ev.linkEnter(200, l, 1);
    ev.linkLeave(160, l, 0);
    ev.linkLeave(300, l, 1);
    BinnedTravelTimes tt = rec.snapshot();
    assertEquals(2, rec.traversals(l, 0));
    assertEquals(80.0, tt.binTravelTime_s(l, 0), 1e-6); // (60 + 100) / 2
    assertEquals(80.0, tt.travelTime_s(l, 0), 1e-6);
    assertEquals(80.0, tt.travelTime_s(l, 899), 1e-6);
    assertEquals(80.0, tt.minTravelTime_s(l), 1e-6);
  }

  @Test
  void emptyBinAndUntraversedLinkFallBackToFreeFlow() {
    TravelTimeRecorder rec = new TravelTimeRecorder(NET);
    SimEventSink ev = EventSinks.withTraversals(rec);
    ev.linkEnter(100, l, 0);
    ev.linkLeave(250, l, 0);
    BinnedTravelTimes tt = rec.snapshot();
    assertEquals(150.0, tt.travelTime_s(l, 0), 1e-6);
    assertEquals(100.0, tt.travelTime_s(l, 900), 1e-6);
    assertEquals(100.0, tt.travelTime_s(l, 20 * 3600), 1e-6);
    assertFalse(tt.hasData(m));
    assertEquals(100.0, tt.travelTime_s(m, 100), 0);
  }

  @Test
  void traversalCountsInTheBinOfItsEnterTime() {
    TravelTimeRecorder rec = new TravelTimeRecorder(NET);
    SimEventSink ev = EventSinks.withTraversals(rec);
    ev.linkEnter(890, l, 0);
    ev.linkLeave(1010, l, 0);
    BinnedTravelTimes tt = rec.snapshot();
    assertEquals(1, rec.traversals(l, 0));
    assertEquals(0, rec.traversals(l, 1));
    assertEquals(120.0, tt.binTravelTime_s(l, 0), 1e-6);
    assertEquals(100.0, tt.binTravelTime_s(l, 1), 1e-6);
  }

  @Test
  void arrivingOnALinkOrDepartingFromItIsNoTraversal() {
    TravelTimeRecorder rec = new TravelTimeRecorder(NET);
    SimEventSink ev = EventSinks.withTraversals(rec);
    // vehicle 0 departs at the end of l: left without entering, not counted
    ev.vehicleEntersTraffic(0, 0, l, 0, 0);
    ev.linkLeave(1, l, 0);
    // ... enters m and arrives on m part-way: cancelled
    ev.linkEnter(1, m, 0);
    ev.vehicleLeavesTraffic(101, 0, m, 0, 0);
    // a stale leave of m by the same vehicle later must not count either
    ev.linkLeave(500, m, 0);
    BinnedTravelTimes tt = rec.snapshot();
    assertEquals(0, rec.traversals(l, 0));
    assertEquals(0, rec.traversals(m, 0));
    assertFalse(tt.hasData(l));
    assertFalse(tt.hasData(m));
  }

  @Test
  void binSizeIsSettableAndLateEntriesGoToTheOpenLastBin() {
    TravelTimeRecorder rec = new TravelTimeRecorder(NET, 300, 3600); // 12 bins + 1 open bin
    SimEventSink ev = EventSinks.withTraversals(rec);
    assertEquals(13, rec.binCount());
    ev.linkEnter(299, l, 0);
    ev.linkLeave(499, l, 0);
    ev.linkEnter(300, l, 1);
    ev.linkLeave(410, l, 1);
    ev.linkEnter(50_000, l, 2);
    ev.linkLeave(50_400, l, 2);
    BinnedTravelTimes tt = rec.snapshot();
    assertEquals(200.0, tt.binTravelTime_s(l, 0), 1e-6);
    assertEquals(110.0, tt.binTravelTime_s(l, 1), 1e-6);
    assertEquals(1, rec.traversals(l, 12));
    assertEquals(400.0, tt.travelTime_s(l, 3600), 1e-6);
    assertEquals(400.0, tt.travelTime_s(l, 90_000), 1e-6);
  }

  @Test
  void consolidationRaisesBinsAfterASlowOneAndTheEnvelopeLowersTheEndOfASlowBin() {
    // bin 0 average 2000 s, bin 1 100 s, bin 2 empty. Consolidation (MATSim): bin 1 >= 2000 - 900 =
    // 1100, bin 2 >= 1100 - 900 = 200. Envelope: the end of each bin falls with slope -1 to the next.
    float[][] avg = new float[NET.linkCount()][];
    avg[l] = new float[] {2000f, 100f, Float.NaN};
    BinnedTravelTimes tt = BinnedTravelTimes.of(900, 3, avg, FreespeedTravelTimes.exact(NET));
    assertEquals(1100.0, tt.binTravelTime_s(l, 1), 1e-9);
    assertEquals(200.0, tt.binTravelTime_s(l, 2), 1e-9);
    assertEquals(2000.0, tt.travelTime_s(l, 0), 1e-9); // min(2000, 1100 + 900)
    assertEquals(1600.0, tt.travelTime_s(l, 400), 1e-9); // min(2000, 1100 + 500): leaves at 2000 s
    assertEquals(1100.0, tt.travelTime_s(l, 900), 1e-9); // leaves at 2000 s too (FIFO, not faster)
    assertEquals(500.0, tt.travelTime_s(l, 1500), 1e-9); // min(1100, 200 + 300)
    assertEquals(200.0, tt.travelTime_s(l, 1800), 1e-9);
    assertEquals(200.0, tt.minTravelTime_s(l), 0);
    // a bin only slightly slower than the next keeps its value until shortly before its end
    avg[l] = new float[] {150f, 100f, Float.NaN};
    tt = BinnedTravelTimes.of(900, 3, avg, FreespeedTravelTimes.exact(NET));
    assertEquals(150.0, tt.travelTime_s(l, 0), 1e-9);
    assertEquals(150.0, tt.travelTime_s(l, 850), 1e-9);
    assertEquals(120.0, tt.travelTime_s(l, 880), 1e-9);
    assertEquals(100.0, tt.minTravelTime_s(l), 0);
  }

  @Test
  void emptyBinAfterALongQueueIsNotFreeFlow() {
    // one vehicle enters at 100 s and needs 2000 s; nobody enters later (MATSim's example: cars behind it
    // would have to wait as well)
    TravelTimeRecorder rec = new TravelTimeRecorder(NET);
    SimEventSink ev = EventSinks.withTraversals(rec);
    ev.linkEnter(100, l, 0);
    ev.linkLeave(2100, l, 0);
    BinnedTravelTimes tt = rec.snapshot();
    assertEquals(2000.0, tt.binTravelTime_s(l, 0), 1e-6);
    assertEquals(1100.0, tt.binTravelTime_s(l, 1), 1e-6);
    assertEquals(200.0, tt.binTravelTime_s(l, 2), 1e-6);
    assertEquals(100.0, tt.binTravelTime_s(l, 3), 1e-6);
    assertEquals(100.0, tt.minTravelTime_s(l), 1e-6);
  }

  /**
   * Regression (docs/loop.md): two queues ending at different times, both followed by empty bins. With
   * the envelope alone the free-flow empty bins pulled the last congested bins of both links down to the
   * same values, so the longer queue (l) looked exactly as fast as the shorter one (m) at the end of the
   * rush and the router took the first on the tie. Consolidated, m is faster at every enter time.
   */
  @Test
  void queuesEndingAtDifferentTimesStayDistinguishable() {
    float[][] avg = new float[NET.linkCount()][];
    avg[l] = new float[] {1600f, 2000f, Float.NaN, Float.NaN, Float.NaN};
    avg[m] = new float[] {1500f, 1400f, Float.NaN, Float.NaN, Float.NaN};
    BinnedTravelTimes tt = BinnedTravelTimes.of(900, 5, avg, FreespeedTravelTimes.exact(NET));
    for (int t = 0; t < 1800; t += 30) {
      assertTrue(tt.travelTime_s(m, t) < tt.travelTime_s(l, t) - 99, "enter time " + t);
    }
    assertEquals(1600.0, tt.travelTime_s(l, 600), 1e-9); // was min(1600, 1000 + 300) = 1300
    assertEquals(1500.0, tt.travelTime_s(m, 600), 1e-9); // was 1300 as well
  }

  @Test
  void arrivalTimeNeverDecreasesOnRandomBins() {
    long seed = 20261126L;
    SplittableRandom rnd = new SplittableRandom(seed);
    for (int round = 0; round < 200; round++) {
      final int r = round;
      int bins = 1 + rnd.nextInt(12);
      int binSize = 60 + rnd.nextInt(900);
      float[][] avg = new float[NET.linkCount()][];
      avg[l] = new float[bins];
      double min = Double.POSITIVE_INFINITY;
      for (int k = 0; k < bins; k++) {
        avg[l][k] = rnd.nextDouble() < 0.2 ? Float.NaN : (float) rnd.nextDouble(0, 3000);
      }
      BinnedTravelTimes tt = BinnedTravelTimes.of(binSize, bins, avg, FreespeedTravelTimes.exact(NET));
      double prev = Double.NaN;
      for (int k = 0; k < bins; k++) {
        double raw = Float.isNaN(avg[l][k]) ? 100.0 : avg[l][k];
        double expected = k == 0 ? raw : Math.max(raw, prev - binSize);
        assertEquals(expected, tt.binTravelTime_s(l, k), 1e-3, "consolidated bin " + k);
        prev = tt.binTravelTime_s(l, k);
        min = Math.min(min, prev);
      }
      double last = Double.NEGATIVE_INFINITY;
      for (double t = -100; t < (bins + 1) * binSize; t += 0.5 + rnd.nextDouble(5)) {
        double v = tt.travelTime_s(l, t);
        final double tt0 = t;
        final double last0 = last;
        assertTrue(t + v >= last - 1e-6, () -> "seed " + seed + " round " + r + ": arrival decreased at t=" + tt0 + " binSize " + binSize + " bins " + java.util.Arrays.toString(avg[l]) + " last " + last0 + " now " + (tt0 + v));
        assertTrue(v >= tt.minTravelTime_s(l) - 1e-9, () -> "seed " + seed + ": below min at t=" + tt0);
        last = t + v;
      }
      assertEquals(min, tt.minTravelTime_s(l), 1e-3, "seed " + seed + " round " + round);
    }
  }

  @Test
  void landmarksFromFreeFlowRejectTravelTimesBelowTheirBound() {
    TravelTimeRecorder rec = new TravelTimeRecorder(NET);
    SimEventSink ev = EventSinks.withTraversals(rec);
    ev.linkEnter(0, l, 0);
    ev.linkLeave(50, l, 0); // 50 s on a link the mobsim needs at least 100 s for
    BinnedTravelTimes tt = rec.snapshot();
    Landmarks lm = Landmarks.compute(NET, NET.modes().bit("car"), FreespeedTravelTimes.mobsim(NET));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AltPathCalculator.factory(NET, lm, tt));
    assertTrue(e.getMessage().contains("link 'l'"), e.getMessage());
    // landmarks computed from these travel times themselves are fine
    Landmarks own = Landmarks.compute(NET, NET.modes().bit("car"), tt);
    Path p = AltPathCalculator.factory(NET, own, tt).create().calcPath(0, 2, 0);
    assertEquals(150.0, p.travelTime_s(), 1e-9);
  }
}
