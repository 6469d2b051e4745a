package de.bochumtwin.cli.configure;

import de.bochumtwin.core.controller.ControllerSettings;
import de.bochumtwin.core.mobsim.MobsimSettings;
import de.bochumtwin.core.replanning.ReplanningSettings;
import de.bochumtwin.core.replanning.StrategySettings;
import de.bochumtwin.core.replanning.StrategySettings.Strategy;
import de.bochumtwin.scenarios.bochum.BochumPopulationGenerator;
import de.bochumtwin.scenarios.bochum.BochumScenario;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * The scenario {@code twin run} simulates without arguments: the bundled Bochum scenario
 * (scenarios/bochum: strategic network, 30 districts, commuters; docs/bochum-scenario.md) with a 1 %
 * synthetic population, capacities scaled to 1 %, ten iterations of route learning. "ride" (car
 * passenger) is teleported at 30 km/h with beeline factor 1.3 (MobsimSettings' default).
 */
public final class DefaultScenario {
  public static final int ITERATIONS = 10;
  public static final double SAMPLE = 0.01;

  /** SrV 2018 modal split of Bochum residents (bochum-facts.md), car = driver + passenger. */
  static final Map<String, Double> TARGET_SHARES = Map.of("walk", 24.4, "bike", 6.7, "pt", 15.1, "car+ride", 53.7);

  /** SrV 2013: 3.5 trips per person and day (bochum-facts.md). */
  static final double TARGET_TRIPS_PER_PERSON = 3.5;

  private DefaultScenario() {}

  public static Scenario load(long seed) {
    BochumScenario b = BochumScenario.load();
    return new Scenario("Bochum default (1 % sample)", b.network(), BochumPopulationGenerator.generate(b, SAMPLE, seed));
  }

  /** As {@link #load(long)} with zone growth fed into the population generator (what-if {@code growth}). */
  public static Scenario load(long seed, de.bochumtwin.scenarios.bochum.ZoneGrowth growth) {
    BochumScenario b = BochumScenario.load();
    return new Scenario("Bochum default (1 % sample)", b.network(),
        BochumPopulationGenerator.generate(b, SAMPLE, seed, growth));
  }

  public static RunConfig config(Scenario sc, int threads) {
    ReplanningSettings replanning = ReplanningSettings.defaults().withStrategies(List.of(
            new StrategySettings(Strategy.ChangeExpBeta, 0.85, -1), new StrategySettings(Strategy.ReRoute, 0.15, -1)))
        .withFractionOfIterationsToDisableInnovation(0.8);
    MobsimSettings mobsim = MobsimSettings.builder().withSeed(4711).withSample(SAMPLE).build();
    ControllerSettings cs = new ControllerSettings(0, 0, 4711, threads, mobsim,
        DefaultScoring.forPopulation(sc.population()), replanning, 900);
    return new RunConfig(null, null, cs, List.of(), false);
  }

  /**
   * Prints the residents' modal split and trips per person (selected plans after the last iteration,
   * i.e. the executed ones) next to Bochum's survey figures. Residents are persons with attribute
   * {@code commuter} = none or out; in-commuters and through traffic are not in the survey.
   */
  public static void printKpis(PrintStream out, de.bochumtwin.core.population.Population population) {
    java.util.Map<String, Integer> trips = new java.util.TreeMap<>();
    int residents = 0;
    int total = 0;
    for (var p : population.persons()) {
      String c = p.attributes().getOrDefault("commuter", "none");
      if (!c.equals("none") && !c.equals("out")) {
        continue;
      }
      residents++;
      var plan = p.selectedPlan();
      for (int i = 0; i < plan.legCount(); i++) {
        trips.merge(plan.leg(i).mode(), 1, Integer::sum);
        total++;
      }
    }
    double n = Math.max(1, total);
    out.println("KPI (residents)     simulated   target (source)");
    for (String mode : List.of("walk", "bike", "pt")) {
      out.printf("share %-12s %8.1f %%   %5.1f %% (SrV 2018)%n", mode, 100 * trips.getOrDefault(mode, 0) / n, TARGET_SHARES.get(mode));
    }
    out.printf("share %-12s %8.1f %%   %5.1f %% (SrV 2018)%n", "car+ride",
        100 * (trips.getOrDefault("car", 0) + trips.getOrDefault("ride", 0)) / n, TARGET_SHARES.get("car+ride"));
    out.printf("trips per person    %8.2f     %5.2f   (SrV 2013)%n", total / (double) Math.max(1, residents), TARGET_TRIPS_PER_PERSON);
  }
}
