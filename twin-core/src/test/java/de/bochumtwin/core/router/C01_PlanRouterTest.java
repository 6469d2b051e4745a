package de.bochumtwin.core.router;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bochumtwin.core.mobsim.MobsimSettings;
import de.bochumtwin.core.network.Network;
import de.bochumtwin.core.population.Activity;
import de.bochumtwin.core.population.GenericRoute;
import de.bochumtwin.core.population.Leg;
import de.bochumtwin.core.population.NetworkRoute;
import de.bochumtwin.core.population.Plan;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Home link h (x-a), work link w (c-y), all at 10 m/s except the way back y-x (4000 m at 20 m/s).
 * a to c: via b 100 + 100 s, via d 150 + 150 s. The link "island" is not connected.
 */
class C01_PlanRouterTest {
  static final Network NET = TestNetworks.parse("""
      node x -1000 0
      node a 0 0
      node b 1000 0
      node c 2000 0
      node y 3000 0
      node d 1000 1000
      node z 5000 5000
      node z2 5100 5000
      link h x a 1000 10 car
      link ab a b 1000 10 car
      link bc b c 1000 10 car
      link ad a d 1500 10 car
      link dc d c 1500 10 car
      link w c y 1000 10 car
      link back y x 4000 20 car
      link island z z2 100 10 car
      """);

  final int h = NET.getLinkIndex("h");
  final int w = NET.getLinkIndex("w");

  PlanRouter router(PlanRouter.Scope scope) {
    FreespeedTravelTimes tt = FreespeedTravelTimes.exact(NET);
    int car = NET.modes().bit("car");
    LeastCostPathCalculator calc = AltPathCalculator.factory(NET, Landmarks.compute(NET, car, tt), tt).create();
    return new PlanRouter(NET, Map.of("car", calc), MobsimSettings.defaultTeleported(), scope);
  }

  int[] links(String... ids) {
    int[] out = new int[ids.length];
    for (int i = 0; i < ids.length; i++) {
      out[i] = NET.getLinkIndex(ids[i]);
    }
    return out;
  }

  static Plan plan(Object... elements) {
    return Plan.of(List.of(java.util.Arrays.copyOf(elements, elements.length, de.bochumtwin.core.population.PlanElement[].class)));
  }

  @Test
  void carThereWalkBack() {
    Plan p = plan(
        Activity.of("h", h, -500, 0).withEndTime(8 * 3600), Leg.of("car"),
        Activity.of("w", w, 2500, 0).withMaxDuration(8 * 3600), Leg.of("walk"),
        Activity.of("h", h, -500, 0));
    Plan routed = router(PlanRouter.Scope.MISSING_ROUTES).route("p1", p);

    Leg car = routed.leg(0);
    NetworkRoute r = (NetworkRoute) car.route();
    assertArrayEquals(links("h", "ab", "bc", "w"), r.links());
    assertEquals(3000.0, r.distance_m(), 1e-9); // ab + bc + w, not the start link h
    assertEquals(8 * 3600, car.departureTime_s());
    assertEquals(300, car.travelTime_s()); // 100 + 100 path + 100 end link

    Leg walk = routed.leg(1);
    GenericRoute g = (GenericRoute) walk.route();
    assertEquals(3000.0 * 1.3, g.distance_m(), 1e-9); // beeline (2500,0)-(-500,0) x 1.3
    assertEquals(4680, g.travelTime_s()); // 3900 m / (3 km/h)
    assertEquals(w, g.startLink());
    assertEquals(h, g.endLink());
    assertEquals(8 * 3600 + 300 + 8 * 3600, walk.departureTime_s());
  }

  @Test
  void carBackUsesTheLaterDepartureAndTheReturnLink() {
    Plan p = plan(
        Activity.atLink("h", h).withEndTime(8 * 3600), Leg.of("car"),
        Activity.atLink("w", w).withMaxDuration(8 * 3600), Leg.of("car"),
        Activity.atLink("h", h));
    Plan routed = router(PlanRouter.Scope.MISSING_ROUTES).route("p2", p);
    NetworkRoute back = (NetworkRoute) routed.leg(1).route();
    assertArrayEquals(links("w", "back", "h"), back.links());
    assertEquals(5000.0, back.distance_m(), 1e-9);
    assertEquals(57_900, routed.leg(1).departureTime_s());
    assertEquals(300, routed.leg(1).travelTime_s()); // 200 s on back + 100 s on h
    assertTrue(Double.isNaN(routed.score()));
  }

  @Test
  void teleportedLegWithoutCoordinatesUsesLinkMidpoints() {
    Plan p = plan(Activity.atLink("w", w).withEndTime(0), Leg.of("bike"), Activity.atLink("h", h));
    GenericRoute g = (GenericRoute) router(PlanRouter.Scope.MISSING_ROUTES).route("p3", p).leg(0).route();
    assertEquals(3900.0, g.distance_m(), 1e-9); // midpoints (2500,0) and (-500,0)
    assertEquals(936, g.travelTime_s()); // 3900 m / (15 km/h)
  }

  @Test
  void sameStartAndEndLinkIsJustTheStartLink() {
    Plan p = plan(Activity.atLink("h", h).withEndTime(100), Leg.of("car"), Activity.atLink("s", h));
    Leg leg = router(PlanRouter.Scope.MISSING_ROUTES).route("p4", p).leg(0);
    assertArrayEquals(new int[] {h}, ((NetworkRoute) leg.route()).links());
    assertEquals(0.0, leg.route().distance_m(), 0);
    assertEquals(0, leg.travelTime_s());
  }

  @Test
  void unreachableDestinationNamesPersonLegAndLinks() {
    Plan p = plan(Activity.atLink("h", h).withEndTime(100), Leg.of("car"), Activity.atLink("w", NET.getLinkIndex("island")));
    UnreachableDestinationException e = assertThrows(UnreachableDestinationException.class,
        () -> router(PlanRouter.Scope.MISSING_ROUTES).route("person-7", p));
    assertTrue(e.getMessage().contains("person 'person-7'"), e.getMessage());
    assertTrue(e.getMessage().contains("leg 0"), e.getMessage());
    assertTrue(e.getMessage().contains("link 'h'"), e.getMessage());
    assertTrue(e.getMessage().contains("link 'island'"), e.getMessage());
    assertTrue(e.getMessage().contains("connectivity"), e.getMessage());
    assertEquals("island", e.toLinkId());
  }

  @Test
  void unknownModeIsRejectedWithTheFix() {
    Plan p = plan(Activity.atLink("h", h).withEndTime(100), Leg.of("hovercraft"), Activity.atLink("w", w));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> router(PlanRouter.Scope.MISSING_ROUTES).route("p8", p));
    assertTrue(e.getMessage().contains("person 'p8'") && e.getMessage().contains("'hovercraft'"), e.getMessage());
  }

  @Test
  void initialRoutingKeepsAFittingRouteAndReRouteReplacesIt() {
    NetworkRoute detour = NetworkRoute.of(links("h", "ad", "dc", "w"), 4000);
    Plan p = plan(
        Activity.atLink("h", h).withEndTime(8 * 3600), Leg.of("car").withRoute(detour),
        Activity.atLink("w", w).withMaxDuration(3600), Leg.of("car"),
        Activity.atLink("h", h));
    Plan initial = router(PlanRouter.Scope.MISSING_ROUTES).route("p9", p);
    assertSame(detour, initial.leg(0).route());
    // kept leg estimated along its route: 150 + 150 + 100 s
    assertEquals(8 * 3600 + 400 + 3600, initial.leg(1).departureTime_s());

    Plan rerouted = router(PlanRouter.Scope.ALL_LEGS).route("p9", p);
    assertArrayEquals(links("h", "ab", "bc", "w"), ((NetworkRoute) rerouted.leg(0).route()).links());
    assertEquals(8 * 3600 + 300 + 3600, rerouted.leg(1).departureTime_s());
  }

  @Test
  void planWithAllRoutesFittingIsReturnedUnchanged() {
    Plan p = plan(Activity.atLink("h", h).withEndTime(0), Leg.of("walk").withRoute(new GenericRoute(h, w, 10, 10)),
        Activity.atLink("w", w));
    assertSame(p, router(PlanRouter.Scope.MISSING_ROUTES).route("p10", p));
  }
}
