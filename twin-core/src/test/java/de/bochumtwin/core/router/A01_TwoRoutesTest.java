package de.bochumtwin.core.router;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.bochumtwin.core.network.Network;
import org.junit.jupiter.api.Test;

/**
 * Two routes from a to c whose order flips between exact and floored free-flow times:
 * via b: 1009 m + 1009 m at 10 m/s = 100.9 + 100.9 = 201.8 s exact, 100 + 100 = 200 s floored;
 * via d: 1005 m + 1010 m at 10 m/s = 100.5 + 101.0 = 201.5 s exact, 100 + 101 = 201 s floored.
 */
class A01_TwoRoutesTest {
  static final Network NET = TestNetworks.parse("""
      node a 0 0
      node b 1000 0
      node c 2000 0
      node d 1000 100
      link ab a b 1009 10 car
      link bc b c 1009 10 car
      link ad a d 1005 10 car
      link dc d c 1010 10 car
      link ca c a 2000 10 car
      """);

  int car = NET.modes().bit("car");

  int[] links(String... ids) {
    int[] out = new int[ids.length];
    for (int i = 0; i < ids.length; i++) {
      out[i] = NET.getLinkIndex(ids[i]);
    }
    return out;
  }

  int node(String id) {
    return NET.nodeIndexOrMinusOne(id);
  }

  @Test
  void exactFreeSpeedPrefersTheRouteViaD() {
    FreespeedTravelTimes tt = FreespeedTravelTimes.exact(NET);
    LeastCostPathCalculator alt = AltPathCalculator.factory(NET, Landmarks.compute(NET, car, 2, tt), tt).create();
    Path p = alt.calcPath(node("a"), node("c"), 0);
    assertArrayEquals(links("ad", "dc"), p.links());
    assertEquals(201.5, p.travelTime_s(), 1e-9);
    assertEquals(201.5, p.cost(), 1e-9);
    Path ref = new DijkstraReference(NET, car, tt).calcPath(node("a"), node("c"), 0);
    assertArrayEquals(links("ad", "dc"), ref.links());
  }

  @Test
  void mobsimFlooredFreeSpeedPrefersTheRouteViaB() {
    FreespeedTravelTimes tt = FreespeedTravelTimes.mobsim(NET);
    LeastCostPathCalculator alt = AltPathCalculator.factory(NET, Landmarks.compute(NET, car, 2, tt), tt).create();
    Path p = alt.calcPath(node("a"), node("c"), 3600);
    assertArrayEquals(links("ab", "bc"), p.links());
    assertEquals(200.0, p.travelTime_s(), 1e-9);
    assertEquals(3600.0, p.departureTime_s(), 0);
  }

  @Test
  void minTravelTimeIsTheFlooredTimeInBothFlavours() {
    int dc = NET.getLinkIndex("dc");
    int ab = NET.getLinkIndex("ab");
    assertEquals(101.0, FreespeedTravelTimes.exact(NET).travelTime_s(dc, 0), 1e-12);
    assertEquals(100.9, FreespeedTravelTimes.exact(NET).travelTime_s(ab, 0), 1e-12);
    assertEquals(100.0, FreespeedTravelTimes.exact(NET).minTravelTime_s(ab), 0);
    assertEquals(100.0, FreespeedTravelTimes.mobsim(NET).travelTime_s(ab, 0), 0);
    assertEquals(100.0, FreespeedTravelTimes.mobsim(NET).minTravelTime_s(ab), 0);
  }

  @Test
  void sameStartAndEndNodeGivesAnEmptyPath() {
    FreespeedTravelTimes tt = FreespeedTravelTimes.exact(NET);
    Path p = AltPathCalculator.factory(NET, Landmarks.compute(NET, car, tt), tt).create().calcPath(node("b"), node("b"), 10);
    assertEquals(0, p.linkCount());
    assertEquals(0.0, p.travelTime_s(), 0);
  }

  @Test
  void pathAroundTheLoopFollowsTheOneWayLinks() {
    // d has no direct link to b: d -> c -> a -> b, 101 s + 200 s + 100.9 s
    FreespeedTravelTimes tt = FreespeedTravelTimes.exact(NET);
    LeastCostPathCalculator alt = AltPathCalculator.factory(NET, Landmarks.compute(NET, car, tt), tt).create();
    Path p = alt.calcPath(node("d"), node("b"), 0);
    assertArrayEquals(links("dc", "ca", "ab"), p.links());
    assertEquals(101.0 + 200.0 + 100.9, p.travelTime_s(), 1e-9);
  }

  @Test
  void generalizedCostWithDistanceRatePrefersTheShorterRoute() {
    // cost = 0.1 / s + 1 / m: via b 0.1 x 201.8 + 2018 = 2038.18; via d 0.1 x 201.5 + 2015 = 2035.15 -> via d;
    // cost = 1 / s + 1 / m: via b 201.8 + 2018 = 2219.8; via d 201.5 + 2015 = 2216.5 -> via d;
    // a pure time rate with floored times prefers b (200 vs 201); adding 1 / m makes d win (2216 vs 2218).
    FreespeedTravelTimes tt = FreespeedTravelTimes.mobsim(NET);
    TravelDisutility dis = TravelDisutility.ofTimeAndDistance(tt, NET, 1.0, 1.0);
    Landmarks lm = Landmarks.compute(NET, car, 4, dis, 1L);
    Path p = AltPathCalculator.factory(NET, lm, tt, dis, 4).create().calcPath(node("a"), node("c"), 0);
    assertArrayEquals(links("ad", "dc"), p.links());
    assertEquals(201.0 + 2015.0, p.cost(), 1e-9);
    assertEquals(201.0, p.travelTime_s(), 1e-9);
  }
}
