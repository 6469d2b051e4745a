package de.bochumtwin.cli.configure;

import de.bochumtwin.core.controller.ControllerSettings;
import de.bochumtwin.core.mobsim.MobsimSettings;
import de.bochumtwin.core.replanning.ReplanningSettings;
import de.bochumtwin.core.replanning.StrategySettings;
import de.bochumtwin.core.replanning.StrategySettings.Strategy;
import de.bochumtwin.scenarios.synthetic.SyntheticCity;
import de.bochumtwin.scenarios.synthetic.SyntheticCitySpec;
import java.util.List;

/**
 * The scenario {@code twin run} simulates without arguments: a seeded synthetic city laid over
 * Bochum's area in EPSG:25832 (40 x 40 streets at 200 m, arterials and a ring road, 10,000 commuters),
 * five iterations of route learning. It runs in well under a minute on two cores.
 */
public final class DefaultScenario {
  public static final int ITERATIONS = 5;

  private DefaultScenario() {}

  public static Scenario load(long seed) {
    SyntheticCitySpec spec = SyntheticCitySpec.defaults().toBuilder().withGridSize(40).withRingInset(10).withAgents(10_000).build();
    SyntheticCity city = SyntheticCity.generate(spec, seed);
    return new Scenario("bundled default (synthetic city over Bochum, 10,000 commuters)", city.network(), city.population());
  }

  public static RunConfig config(Scenario sc, int threads) {
    ReplanningSettings replanning = ReplanningSettings.defaults().withStrategies(List.of(
            new StrategySettings(Strategy.ChangeExpBeta, 0.85, -1), new StrategySettings(Strategy.ReRoute, 0.15, -1)))
        .withFractionOfIterationsToDisableInnovation(0.8);
    ControllerSettings cs = new ControllerSettings(0, 0, 4711, threads, MobsimSettings.builder().withSeed(4711).build(),
        DefaultScoring.forPopulation(sc.population()), replanning, 900);
    return new RunConfig(null, null, cs, List.of(), false);
  }
}
