package de.bochumtwin.core.router;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import de.bochumtwin.core.network.Network;
import org.junit.jupiter.api.Test;

/** The direct link ac (1000 m at 6 m/s = 166.7 s, faster than 200 s via b) allows only bikes; cars go round via b; node e is reachable only by bike. */
class A03_ModeRestrictionTest {
  static final Network NET = TestNetworks.parse("""
      node a 0 0
      node b 1000 0
      node c 2000 0
      node e 3000 0
      link ab a b 1000 10 car,bike
      link bc b c 1000 10 car,bike
      link ac a c 1000 6 bike
      link ce c e 1000 5 bike
      """);

  final FreespeedTravelTimes tt = FreespeedTravelTimes.exact(NET);

  LeastCostPathCalculator alt(String mode) {
    int bit = NET.modes().bit(mode);
    return AltPathCalculator.factory(NET, Landmarks.compute(NET, bit, tt), tt).create();
  }

  int node(String id) {
    return NET.nodeIndexOrMinusOne(id);
  }

  @Test
  void carAvoidsTheBikeOnlyLink() {
    Path p = alt("car").calcPath(node("a"), node("c"), 0);
    assertArrayEquals(new int[] {NET.getLinkIndex("ab"), NET.getLinkIndex("bc")}, p.links());
    assertEquals(200.0, p.travelTime_s(), 1e-9);
  }

  @Test
  void bikeTakesTheDirectLink() {
    Path p = alt("bike").calcPath(node("a"), node("c"), 0);
    assertArrayEquals(new int[] {NET.getLinkIndex("ac")}, p.links());
    assertEquals(1000.0 / 6.0, p.travelTime_s(), 1e-9);
  }

  @Test
  void nodeBehindBikeOnlyLinksIsUnreachableByCar() {
    LeastCostPathCalculator car = alt("car");
    assertNull(car.calcPath(node("a"), node("e"), 0));
    assertNull(new DijkstraReference(NET, NET.modes().bit("car"), tt).calcPath(node("a"), node("e"), 0));
    // the landmark bound proves it before any node is settled
    assertEquals(0, car.settledNodes());
  }

  @Test
  void unknownModeIsRejectedWithAHint() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Landmarks.compute(NET, NET.modes().bit("tram"), tt));
    assertEquals(true, e.getMessage().contains("mode"));
  }
}
