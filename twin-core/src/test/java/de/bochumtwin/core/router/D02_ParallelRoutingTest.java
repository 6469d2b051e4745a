package de.bochumtwin.core.router;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bochumtwin.core.mobsim.MobsimSettings;
import de.bochumtwin.core.network.Network;
import de.bochumtwin.core.population.Activity;
import de.bochumtwin.core.population.Leg;
import de.bochumtwin.core.population.NetworkRoute;
import de.bochumtwin.core.population.Person;
import de.bochumtwin.core.population.Plan;
import de.bochumtwin.core.population.PlanElement;
import de.bochumtwin.core.population.Population;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Routing a random population on 1, 2 and 4 threads gives identical plans, and identical failures. */
class D02_ParallelRoutingTest {
  static final long SEED = 314159L;
  static final Network NET = TestNetworks.randomGrid(SEED, 16, 16);
  static final BinnedTravelTimes TT = TestNetworks.randomBinned(NET, SEED + 1, 96);
  static final Landmarks LANDMARKS = Landmarks.compute(NET, NET.modes().bit("car"), FreespeedTravelTimes.mobsim(NET));
  static final LeastCostPathCalculator.Factory CALCS = AltPathCalculator.factory(NET, LANDMARKS, TT);
  static final Supplier<PlanRouter> ROUTERS = () -> new PlanRouter(NET, Map.of("car", CALCS.create()),
      MobsimSettings.defaultTeleported(), PlanRouter.Scope.ALL_LEGS);

  /** A random plan: 2-4 activities on random car links, near their midpoints, modes car/walk/bike. */
  static Plan randomPlan(SplittableRandom rnd) {
    int car = NET.modes().bit("car");
    List<PlanElement> el = new ArrayList<>();
    int acts = 2 + rnd.nextInt(3);
    for (int a = 0; a < acts; a++) {
      int link;
      do {
        link = rnd.nextInt(NET.linkCount());
      } while (!NET.allowsMode(link, car));
      double x = 0.5 * (NET.nodeX_m(NET.fromNode(link)) + NET.nodeX_m(NET.toNode(link))) + rnd.nextDouble(-30, 30);
      double y = 0.5 * (NET.nodeY_m(NET.fromNode(link)) + NET.nodeY_m(NET.toNode(link))) + rnd.nextDouble(-30, 30);
      Activity act = Activity.of(a == 0 ? "h" : "o", link, x, y);
      if (a == 0) {
        act = act.withEndTime(6 * 3600 + rnd.nextInt(4 * 3600));
      } else if (a < acts - 1) {
        act = act.withMaxDuration(1800 + rnd.nextInt(4 * 3600));
      }
      if (a > 0) {
        double m = rnd.nextDouble();
        el.add(Leg.of(m < 0.6 ? "car" : m < 0.8 ? "bike" : "walk"));
      }
      el.add(act);
    }
    return Plan.of(el);
  }

  /** 300 persons whose plans are routable (unroutable draws are replaced, deterministically). */
  static Population randomPopulation() {
    SplittableRandom rnd = new SplittableRandom(SEED);
    PlanRouter check = ROUTERS.get();
    Population pop = new Population();
    while (pop.size() < 300) {
      Plan plan = randomPlan(rnd);
      try {
        check.route("check", plan);
      } catch (UnreachableDestinationException e) {
        continue;
      }
      Person p = Person.of("p" + pop.size(), Map.of());
      p.addPlan(plan, true);
      pop.add(p);
    }
    return pop;
  }

  @Test
  void identicalRoutesForOneTwoAndFourThreads() {
    Population pop = randomPopulation();
    Plan[] one = ParallelRouting.routeSelectedPlans(pop, 1, ROUTERS);
    int longRoutes = 0;
    for (int threads : new int[] {2, 4}) {
      Plan[] many = ParallelRouting.routeSelectedPlans(pop, threads, 7, ROUTERS);
      for (int i = 0; i < pop.size(); i++) {
        assertEquals(one[i].elements(), many[i].elements(), "seed " + SEED + ", person " + i + ", " + threads + " threads");
      }
    }
    for (Plan p : one) {
      for (int i = 0; i < p.legCount(); i++) {
        if (p.leg(i).route() instanceof NetworkRoute r && r.size() >= 4) {
          longRoutes++;
        }
      }
    }
    assertTrue(longRoutes > 150, "only " + longRoutes + " network routes with >= 4 links: the test would not test much");
    assertNotSame(pop.get(0).selectedPlan(), one[0]);
  }

  @Test
  void theFailureOfTheLowestPersonIndexIsThrownForAnyThreadCount() {
    Network net = TestNetworks.parse("""
        node a 0 0
        node b 1000 0
        node c 2000 0
        node z 9000 0
        node z2 9100 0
        link ab a b 1000 10 car
        link bc b c 1000 10 car
        link island z z2 100 10 car
        """);
    FreespeedTravelTimes tt = FreespeedTravelTimes.exact(net);
    LeastCostPathCalculator.Factory calcs = AltPathCalculator.factory(net, Landmarks.compute(net, net.modes().bit("car"), tt), tt);
    Supplier<PlanRouter> routers = () -> new PlanRouter(net, Map.of("car", calcs.create()), Map.of(), PlanRouter.Scope.ALL_LEGS);
    Population pop = new Population();
    for (int i = 0; i < 40; i++) {
      String to = i == 13 || i == 31 ? "island" : "bc";
      Person p = Person.of("p" + i, Map.of());
      p.addPlan(Plan.of(List.of(Activity.atLink("h", net.getLinkIndex("ab")).withEndTime(i), Leg.of("car"),
          Activity.atLink("w", net.getLinkIndex(to)))), true);
      pop.add(p);
    }
    for (int threads : new int[] {1, 2, 4}) {
      UnreachableDestinationException e = assertThrows(UnreachableDestinationException.class,
          () -> ParallelRouting.routeSelectedPlans(pop, threads, 3, routers));
      assertEquals("p13", e.personId(), threads + " threads");
      assertEquals(1, e.getSuppressed().length, threads + " threads");
      assertTrue(e.getMessage().contains("link 'ab'") && e.getMessage().contains("link 'island'"), e.getMessage());
    }
  }
}
