package de.bochumtwin.calibration;

import de.bochumtwin.core.controller.ControllerSettings;
import de.bochumtwin.core.mobsim.MobsimSettings;
import de.bochumtwin.core.replanning.ReplanningSettings;
import de.bochumtwin.core.replanning.StrategySettings;
import de.bochumtwin.core.replanning.StrategySettings.Strategy;
import de.bochumtwin.core.scoring.ActivityParams;
import de.bochumtwin.core.scoring.ScoringParameters;
import de.bochumtwin.scenarios.synthetic.SyntheticCity;
import de.bochumtwin.scenarios.synthetic.SyntheticCitySpec;
import java.util.List;
import java.util.Set;

/**
 * The small synthetic city with mode choice used by the truth-recovery tests: 10 x 10 nodes 400 m
 * apart, home-work-home agents, SubtourModeChoice among walk, bike, pt, car. Capacities are tripled
 * so that link volumes grow in proportion to demand (in a saturated network counts cannot tell how
 * many drivers there are, see docs/calibration.md).
 */
final class SyntheticSetup {
  static final long SEED = 42;
  /** The pool holds 1.5 x the base population, so demand scales up to 1.5 are possible. */
  static final double MAX_SCALE = 1.5;
  static final List<String> MODES = List.of("walk", "bike", "pt", "car");

  private SyntheticSetup() {}

  static SyntheticCity city(int baseAgents) {
    SyntheticCitySpec spec = SyntheticCitySpec.builder().withGridSize(10).withSpacing_m(400)
        .withAgents((int) Math.round(baseAgents * MAX_SCALE)).build();
    return SyntheticCity.generate(spec, SEED);
  }

  static ControllerSettings settings(int threads) {
    ReplanningSettings r = ReplanningSettings.defaults().withStrategies(List.of(
            new StrategySettings(Strategy.ChangeExpBeta, 0.7, -1), new StrategySettings(Strategy.SubtourModeChoice, 0.2, -1),
            new StrategySettings(Strategy.ReRoute, 0.1, -1)))
        .withSubtourModes(MODES).withChainBasedModes(Set.of("car", "bike")).withFractionOfIterationsToDisableInnovation(0.8);
    ScoringParameters scoring = ScoringParameters.builder()
        .withActivityParams(ActivityParams.builder("h").withTypicalDuration_s(12 * 3600).build())
        .withActivityParams(ActivityParams.builder("w").withTypicalDuration_s(8 * 3600).build())
        .build();
    return new ControllerSettings(0, 0, SEED, threads, MobsimSettings.builder().withSeed(SEED).withFlowCapacityFactor(3).withStorageCapacityFactor(3).build(), scoring, r, 900);
  }
}
