package de.bochumtwin.core.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bochumtwin.core.analysis.LegTable;
import de.bochumtwin.core.analysis.LinkVolumeTable;
import de.bochumtwin.core.mobsim.MobsimProgress;
import de.bochumtwin.core.mobsim.MobsimResult;
import de.bochumtwin.core.mobsim.MobsimSettings;
import de.bochumtwin.core.network.Network;
import de.bochumtwin.core.population.Activity;
import de.bochumtwin.core.population.Leg;
import de.bochumtwin.core.population.Person;
import de.bochumtwin.core.population.Plan;
import de.bochumtwin.core.population.Population;
import de.bochumtwin.core.replanning.ReplanningSettings;
import de.bochumtwin.core.replanning.StrategySettings;
import de.bochumtwin.core.replanning.StrategySettings.Strategy;
import de.bochumtwin.core.router.BinnedTravelTimes;
import de.bochumtwin.core.scoring.ActivityParams;
import de.bochumtwin.core.scoring.ScoringParameters;
import de.bochumtwin.core.testing.TestScenarios;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two parallel routes from o to d with the same free-flow time, bottlenecks of 1200 and 600 veh/h.
 * 1800 cars depart within one hour. Hand calculation: at a Wardrop equilibrium both routes are equally
 * fast, so both bottlenecks discharge their queues at the same rate relative to capacity, i.e. the
 * demand splits 2:1 (1200 : 600) and each queue is served at its capacity; no split can make both
 * faster. The loop (ReRoute + ChangeExpBeta) must reach experienced travel times equal within 5 % and
 * average scores must rise and then plateau.
 */
class C01_TwoRouteEquilibriumTest {
  static final Network NET = TestScenarios.network("""
      node 1 0 0
      node 2 1000 0
      node 3 2000 1000
      node 4 2000 -1000
      node 5 3000 0
      node 6 4000 0
      o 1 2 1000 20 100000 10
      a1 2 3 1414 20 100000 10
      a2 3 5 1414 20 1200 10
      b1 2 4 1414 20 100000 10
      b2 4 5 1414 20 600 10
      d 5 6 1000 20 100000 10
      """);

  static Population commuters(int n) {
    Population pop = new Population();
    for (int i = 0; i < n; i++) {
      Person p = Person.of("p" + i, Map.of());
      p.addPlan(Plan.of(List.of(
          Activity.atLink("h", NET.getLinkIndex("o")).withEndTime(7 * 3600 + (i * 3600) / n),
          Leg.of("car"),
          Activity.atLink("w", NET.getLinkIndex("d")).withMaxDuration(8 * 3600),
          Leg.of("walk"),
          Activity.atLink("h", NET.getLinkIndex("o")))), true);
      pop.add(p);
    }
    return pop;
  }

  static ControllerSettings settings(int iterations, int threads) {
    ScoringParameters scoring = ScoringParameters.defaults(
        ActivityParams.builder("h").withTypicalDuration_s(12 * 3600).build(),
        ActivityParams.builder("w").withTypicalDuration_s(8 * 3600).build());
    ReplanningSettings replanning = ReplanningSettings.defaults().withStrategies(List.of(
        new StrategySettings(Strategy.ChangeExpBeta, 0.8, -1),
        new StrategySettings(Strategy.ReRoute, 0.2, -1)))
        .withFractionOfIterationsToDisableInnovation(0.8);
    return new ControllerSettings(0, iterations - 1, 42, threads, MobsimSettings.builder().withSeed(42).build(),
        scoring, replanning, 900);
  }

  /** Records the experienced route travel time per route from the last iteration's volumes. */
  static final class Capture implements IterationListener {
    final List<IterationStats> stats = new ArrayList<>();
    LinkVolumeTable lastVolumes;
    LegTable lastLegs;

    @Override
    public void iterationEnded(IterationStats s, MobsimResult m, LegTable legs, LinkVolumeTable volumes,
        Population population, BinnedTravelTimes tt) {
      stats.add(s);
      lastVolumes = volumes;
      lastLegs = legs;
    }

    int volume(String link) {
      int v = 0;
      for (int r = 0; r < lastVolumes.size(); r++) {
        if (lastVolumes.linkId(r).equals(link)) {
          v += lastVolumes.volume(r);
        }
      }
      return v;
    }

    /** Mean time from entering the first link of a branch to leaving its bottleneck. */
    double meanTime(String link) {
      double sum = 0;
      int n = 0;
      for (int r = 0; r < lastVolumes.size(); r++) {
        if (lastVolumes.linkId(r).equals(link)) {
          sum += lastVolumes.volume(r) * (1414 / lastVolumes.meanSpeed_mps(r));
          n += lastVolumes.volume(r);
        }
      }
      return sum / n;
    }
  }

  @Test
  void splitReachesEqualTravelTimesAndScoresPlateau() {
    Capture cap = new Capture();
    Population pop = commuters(1800);
    new Controller(NET, settings(60, 2)).run(pop, cap, MobsimProgress.NONE);
    int a = cap.volume("a2");
    int b = cap.volume("b2");
    assertEquals(1800, a + b);
    double ta = cap.meanTime("a2");
    double tb = cap.meanTime("b2");
    assertEquals(1.0, ta / tb, 0.05, "experienced bottleneck times a=" + ta + " s, b=" + tb + " s, split " + a + ":" + b);
    assertEquals(2.0, (double) a / b, 0.3, "split near capacity ratio 2:1, got " + a + ":" + b);
    double first = cap.stats.get(0).avgExecutedScore();
    double mid = cap.stats.get(29).avgExecutedScore();
    double last = cap.stats.get(59).avgExecutedScore();
    assertTrue(mid > first, "scores rise: " + first + " -> " + mid);
    double lastTenMin = cap.stats.subList(50, 60).stream().mapToDouble(IterationStats::avgExecutedScore).min().orElseThrow();
    double lastTenMax = cap.stats.subList(50, 60).stream().mapToDouble(IterationStats::avgExecutedScore).max().orElseThrow();
    assertTrue(lastTenMax - lastTenMin < 0.02 * Math.abs(last), "plateau: last ten between " + lastTenMin + " and " + lastTenMax);
  }
}
