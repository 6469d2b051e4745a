package de.bochumtwin.core.router;

import de.bochumtwin.core.events.SimEventSink;
import de.bochumtwin.core.events.EventSinks;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bochumtwin.core.network.Network;
import org.junit.jupiter.api.Test;

/**
 * The short route a-b-c (100 s + 100 s) is congested on ab in the first 15-minute bin: two vehicles
 * entered ab at 100 s and 300 s and needed 400 s and 600 s, so bin 0 averages 500 s. The detour
 * a-d-c takes 150 s + 150 s = 300 s at any time.
 */
class A02_TimeDependentRouteTest {
  static final Network NET = TestNetworks.parse("""
      node a 0 0
      node b 1000 0
      node c 2000 0
      node d 1000 1000
      link ab a b 1000 10 car
      link bc b c 1000 10 car
      link ad a d 1500 10 car
      link dc d c 1500 10 car
      """);

  final int car = NET.modes().bit("car");
  final int ab = NET.getLinkIndex("ab");
  final BinnedTravelTimes tt = congestedAb();

  static BinnedTravelTimes congestedAb() {
    TravelTimeRecorder rec = new TravelTimeRecorder(NET);
    SimEventSink ev = EventSinks.withTraversals(rec);
    int ab = NET.getLinkIndex("ab");
    ev.linkEnter(100, ab, 0);
    ev.linkEnter(300, ab, 1);
    ev.linkLeave(500, ab, 0);
    ev.linkLeave(900, ab, 1);
    return rec.snapshot();
  }

  Path route(LeastCostPathCalculator calc, double dep_s) {
    return calc.calcPath(NET.nodeIndexOrMinusOne("a"), NET.nodeIndexOrMinusOne("c"), dep_s);
  }

  LeastCostPathCalculator alt() {
    Landmarks lm = Landmarks.compute(NET, car, 3, FreespeedTravelTimes.mobsim(NET));
    return AltPathCalculator.factory(NET, lm, tt).create();
  }

  @Test
  void congestedBinSendsTheEarlyDepartureOnTheDetour() {
    assertEquals(500.0, tt.travelTime_s(ab, 0), 1e-9);
    Path p = route(alt(), 0);
    assertArrayEquals(new int[] {NET.getLinkIndex("ad"), NET.getLinkIndex("dc")}, p.links());
    assertEquals(300.0, p.travelTime_s(), 1e-9);
  }

  @Test
  void emptyBinFallsBackToFreeFlowAndTheShortRouteWins() {
    Path p = route(alt(), 1000);
    assertArrayEquals(new int[] {ab, NET.getLinkIndex("bc")}, p.links());
    assertEquals(200.0, p.travelTime_s(), 1e-9);
  }

  @Test
  void fifoEnvelopeLetsALateEntryInTheCongestedBinLeaveWithTheNextBin() {
    // entering at 850 s: min(500, free 100 + (900 - 850)) = 150 s, leaving at 1000 s like an entry at 900 s
    assertEquals(150.0, tt.travelTime_s(ab, 850), 1e-9);
    Path p = route(alt(), 850);
    assertArrayEquals(new int[] {ab, NET.getLinkIndex("bc")}, p.links());
    assertEquals(250.0, p.travelTime_s(), 1e-9);
    Path ref = route(new DijkstraReference(NET, car, tt), 850);
    assertEquals(p.cost(), ref.cost(), 1e-9);
    assertTrue(p.cost() < 300.0);
  }
}
