package de.bochumtwin.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bochumtwin.calibration.method.IterationListeners;
import de.bochumtwin.calibration.method.PlanCountCorrection;
import de.bochumtwin.core.analysis.LegTable;
import de.bochumtwin.core.analysis.LinkVolumeTable;
import de.bochumtwin.core.controller.Controller;
import de.bochumtwin.core.controller.ControllerSettings;
import de.bochumtwin.core.controller.IterationListener;
import de.bochumtwin.core.controller.IterationStats;
import de.bochumtwin.core.counts.CountStation;
import de.bochumtwin.core.counts.Counts;
import de.bochumtwin.core.mobsim.MobsimResult;
import de.bochumtwin.core.mobsim.MobsimSettings;
import de.bochumtwin.core.network.Network;
import de.bochumtwin.core.network.NetworkBuilder;
import de.bochumtwin.core.population.Activity;
import de.bochumtwin.core.population.Leg;
import de.bochumtwin.core.population.NetworkRoute;
import de.bochumtwin.core.population.Person;
import de.bochumtwin.core.population.Plan;
import de.bochumtwin.core.population.Population;
import de.bochumtwin.core.replanning.ReplanningSettings;
import de.bochumtwin.core.replanning.StrategySettings;
import de.bochumtwin.core.replanning.StrategySettings.Strategy;
import de.bochumtwin.core.router.BinnedTravelTimes;
import de.bochumtwin.core.scoring.ActivityParams;
import de.bochumtwin.core.scoring.ScoringParameters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Method 1 (Cadyts-like plan-choice correction). Two equal, uncongested routes from o to d (a1+a2 and
 * b1+b2, 1414 m each); 200 drivers depart between 7:00 and 7:50, each with both routes as plans,
 * and choose by SelectExpBeta (logit, beta 1). A count of 160 veh/h (80 %) at a2, 7-8 h.
 *
 * <p>Without correction the routes have equal scores: a2 carries 100 (50 %) on average. With
 * strength 10 and Cadyts' variance {@code max(y, 25^2) = 625}, a plan over a2 gains
 * {@code 10 (160 - q) / 625 = 0.016 (160 - q)} utils. The fixed point of
 * {@code q = 200 / (1 + exp(-0.016 (160 - q)))} is q = 126 (hand calculation: q = 126 gives 0.544
 * utils, P = 0.633, 126.5): the correction must move the mean over iterations 20-99 from 100 to
 * 126 +- 8, i.e. by more than 15 veh/h towards the count, and with no correction the mean must stay
 * within 100 +- 8. The strength is kept below the loop's stability limit: the change of q per util
 * is {@code N p (1 - p)} = about 46 veh, so the loop gain is {@code 46 x 0.016 = 0.74 < 1}; with strength
 * 50 (gain 3.7) the count oscillated between 51 and 173 veh/h in a measured run.
 */
class P01_PlanCountCorrectionTest {
  static final int N = 200;
  static final double COUNT = 160;
  static final double STRENGTH = 10;

  static Network network() {
    NetworkBuilder b = new NetworkBuilder();
    b.addNode("1", 0, 0);
    b.addNode("2", 1000, 0);
    b.addNode("3", 2000, 1000);
    b.addNode("4", 2000, -1000);
    b.addNode("5", 3000, 0);
    b.addNode("6", 4000, 0);
    Set<String> car = Set.of("car");
    b.addLink("o", "1", "2", 1000, 20, 100000, 10, car, "primary", null);
    b.addLink("a1", "2", "3", 1414, 20, 100000, 10, car, "primary", null);
    b.addLink("a2", "3", "5", 1414, 20, 100000, 10, car, "primary", null);
    b.addLink("b1", "2", "4", 1414, 20, 100000, 10, car, "primary", null);
    b.addLink("b2", "4", "5", 1414, 20, 100000, 10, car, "primary", null);
    b.addLink("d", "5", "6", 1000, 20, 100000, 10, car, "primary", null);
    return b.build();
  }

  static Population drivers(Network net) {
    int o = net.getLinkIndex("o");
    int d = net.getLinkIndex("d");
    NetworkRoute a = NetworkRoute.of(new int[] {o, net.getLinkIndex("a1"), net.getLinkIndex("a2"), d}, 3828);
    NetworkRoute bRoute = NetworkRoute.of(new int[] {o, net.getLinkIndex("b1"), net.getLinkIndex("b2"), d}, 3828);
    Population pop = new Population();
    for (int i = 0; i < N; i++) {
      Person p = Person.of("p" + i, Map.of());
      // half start on each route, so that iterations 0 and 1 (the unscored second plans) both load a2 with 100
      List<NetworkRoute> routes = i % 2 == 0 ? List.of(a, bRoute) : List.of(bRoute, a);
      for (NetworkRoute r : routes) {
        p.addPlan(Plan.of(List.of(Activity.atLink("h", o).withEndTime(7 * 3600 + i * 3000 / N), Leg.of("car").withRoute(r),
            Activity.atLink("w", d))), p.plans().isEmpty());
      }
      pop.add(p);
    }
    return pop;
  }

  static ControllerSettings settings(int iterations) {
    ScoringParameters scoring = ScoringParameters.defaults(ActivityParams.builder("h").withTypicalDuration_s(12 * 3600).build(),
        ActivityParams.builder("w").withTypicalDuration_s(8 * 3600).build());
    ReplanningSettings r = ReplanningSettings.defaults().withStrategies(List.of(new StrategySettings(Strategy.SelectExpBeta, 1.0, -1)))
        .withBrainExpBeta(1.0);
    return new ControllerSettings(0, iterations - 1, 7, 1, MobsimSettings.builder().withSeed(7).build(), scoring, r, 900);
  }

  /** The a2 volume 7-8 h per iteration. */
  static double[] run(PlanCountCorrection.Settings correction) {
    Network net = network();
    int a2 = net.getLinkIndex("a2");
    double[] h = new double[24];
    Arrays.fill(h, Double.NaN);
    h[7] = COUNT;
    Counts counts = Counts.of("test", 2026, "one count on a2", List.of(CountStation.of("a2-7h", a2, h, Double.NaN, Double.NaN)));
    int iterations = 100;
    double[] q = new double[iterations];
    IterationListener capture = new IterationListener() {
      @Override
      public void iterationEnded(IterationStats s, MobsimResult m, LegTable legs, LinkVolumeTable vols, Population p,
          BinnedTravelTimes tt) {
        for (int r = 0; r < vols.size(); r++) {
          if (vols.link(r) == a2 && vols.hour(r) == 7) {
            q[s.iteration()] += vols.volume(r);
          }
        }
      }
    };
    IterationListener l = correction == null ? capture
        : IterationListeners.both(new PlanCountCorrection(net, counts, 1.0, Set.of("car"), correction), capture);
    new Controller(net, settings(iterations)).run(drivers(net), l, (t, f, a, e) -> {});
    return q;
  }

  static double meanFrom(double[] q, int from) {
    return Arrays.stream(q, from, q.length).average().orElseThrow();
  }

  @Test
  void correctionMovesTheCountedLinkTowardsTheCount() {
    double[] without = run(null);
    double[] with = run(PlanCountCorrection.Settings.withStrength(STRENGTH));
    System.out.println("a2 7-8h without correction " + Arrays.toString(without));
    System.out.println("a2 7-8h with correction    " + Arrays.toString(with));
    System.out.printf("mean of iterations 20-99: without %.1f, with %.1f%n", meanFrom(without, 60), meanFrom(with, 60));
    assertEquals(100, meanFrom(without, 20), 8, "no correction: equal routes");
    assertEquals(126, meanFrom(with, 20), 8, "with correction: fixed point of the logit with the offset");
    assertTrue(meanFrom(with, 20) - meanFrom(without, 20) > 15, "moved towards the count by more than 15 veh/h");
  }
}
