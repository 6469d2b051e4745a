package de.bochumtwin.core.router;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import de.bochumtwin.core.network.Network;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Tolls and bans of a {@link RoutePolicy}: a to c over b directly (ab + bc = 100 s + 100 s) or with
 * the detour b-d-c (ab + bd + dc = 100 + 100 + 100 s, 100 s longer). A toll of 0.5 money on bc at
 * 300 s per money unit adds 150 s: the detour (300 s) wins over 200 + 150 = 350 s; 0.2 money (60 s)
 * does not (260 s < 300 s). Outside the
 * toll window the direct way wins. A ban of bc forces the detour; banning dc too leaves no path.
 */
class A04_RoutePolicyTest {
  static final Network NET = TestNetworks.parse("""
      node a 0 0
      node b 1000 0
      node c 2000 0
      node d 1000 1000
      link ab a b 1000 10 car
      link bc b c 1000 10 car
      link bd b d 1000 10 car
      link dc d c 1000 10 car
      link ca c a 2000 10 car
      """);
  final int car = NET.modes().bit("car");
  final FreespeedTravelTimes tt = FreespeedTravelTimes.exact(NET);
  final Landmarks lm = Landmarks.compute(NET, car, 2, tt);

  double[] tollOn(String link, double amount) {
    double[] a = new double[NET.linkCount()];
    a[NET.getLinkIndex(link)] = amount;
    return a;
  }

  Path route(RoutePolicy p, double dep_s) {
    return AltPathCalculator.factory(NET, lm, tt, p.disutility("car", tt), 4).create()
        .calcPath(NET.nodeIndexOrMinusOne("a"), NET.nodeIndexOrMinusOne("c"), dep_s);
  }

  int[] links(String... ids) {
    return java.util.Arrays.stream(ids).mapToInt(NET::getLinkIndex).toArray();
  }

  @Test
  void tollTurnsIntoSecondsAndShiftsTheRouteInsideItsWindow() {
    RoutePolicy high = RoutePolicy.of(List.of(new RoutePolicy.Toll(Set.of("car"), tollOn("bc", 0.5), 0, 3600)), 300,
        null, Set.of(), Set.of());
    Path p = route(high, 0);
    assertArrayEquals(links("ab", "bd", "dc"), p.links());
    assertEquals(300.0, p.cost(), 1e-9, "100 + 100 + 100 s, no toll on the detour");
    Path late = route(high, 3600);
    assertArrayEquals(links("ab", "bc"), late.links(), "the window [0, 3600) is over");
    assertEquals(0.5, high.toll("car", NET.getLinkIndex("bc"), 3599), 0);
    assertEquals(0.0, high.toll("bike", NET.getLinkIndex("bc"), 0), 0);

    RoutePolicy low = RoutePolicy.of(List.of(new RoutePolicy.Toll(Set.of("car"), tollOn("bc", 0.2), 0, 3600)), 300,
        null, Set.of(), Set.of());
    Path q = route(low, 0);
    assertArrayEquals(links("ab", "bc"), q.links());
    assertEquals(100 + 100 + 60.0, q.cost(), 1e-9);
    assertEquals(200.0, q.travelTime_s(), 1e-9);
  }

  @Test
  void bannedLinksAreNeverUsed() {
    boolean[] ban = new boolean[NET.linkCount()];
    ban[NET.getLinkIndex("bc")] = true;
    LeastCostPathCalculator calc = AltPathCalculator.factory(NET, lm, tt, TravelDisutility.ofTravelTime(tt), 4, ban).create();
    assertArrayEquals(links("ab", "bd", "dc"), calc.calcPath(NET.nodeIndexOrMinusOne("a"), NET.nodeIndexOrMinusOne("c"), 0).links());
    ban[NET.getLinkIndex("dc")] = true;
    LeastCostPathCalculator none = AltPathCalculator.factory(NET, lm, tt, TravelDisutility.ofTravelTime(tt), 4, ban).create();
    assertNull(none.calcPath(NET.nodeIndexOrMinusOne("a"), NET.nodeIndexOrMinusOne("c"), 0));
    assertThrows(IllegalArgumentException.class, () -> RoutePolicy.of(
        List.of(new RoutePolicy.Toll(Set.of("car"), tollOn("bc", 1), 0, 10)), 0, null, Set.of(), Set.of()));
  }
}
