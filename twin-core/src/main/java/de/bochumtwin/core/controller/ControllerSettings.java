package de.bochumtwin.core.controller;

import de.bochumtwin.core.mobsim.MobsimSettings;
import de.bochumtwin.core.replanning.ReplanningSettings;
import de.bochumtwin.core.scoring.ScoringParameters;

/**
 * Everything the loop needs, immutable.
 *
 * @param firstIteration number of the first iteration (MATSim: 0)
 * @param lastIteration number of the last iteration (inclusive); equal to first for a single mobsim run
 * @param seed global seed (replanning draws, mobsim node transitions)
 * @param threads threads for routing and replanning (the mobsim runs on one thread)
 * @param travelTimeBin_s width of the travel time bins the router learns from (MATSim: 900 s)
 */
public record ControllerSettings(int firstIteration, int lastIteration, long seed, int threads,
    MobsimSettings mobsim, ScoringParameters scoring, ReplanningSettings replanning, int travelTimeBin_s) {
  public ControllerSettings {
    if (firstIteration < 0 || lastIteration < firstIteration) {
      throw new IllegalArgumentException("iterations must satisfy 0 <= first <= last, got first " + firstIteration
          + ", last " + lastIteration);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    if (travelTimeBin_s < 1) {
      throw new IllegalArgumentException("travel time bin must be >= 1 s, got " + travelTimeBin_s);
    }
  }

  public int iterations() {
    return lastIteration - firstIteration + 1;
  }

  /** The last iteration in which innovative strategies may run (MATSim's fractionOfIterationsToDisableInnovation). */
  public int lastInnovationIteration() {
    double f = replanning.fractionOfIterationsToDisableInnovation();
    if (Double.isInfinite(f)) {
      return Integer.MAX_VALUE;
    }
    return firstIteration + (int) Math.floor(f * (lastIteration - firstIteration));
  }

  /**
   * The first iteration with score averaging (MATSim: {@code first + (int) (fraction x (last - first))}),
   * or {@code Integer.MAX_VALUE} when it is off.
   */
  public int scoreMsaStartIteration() {
    double f = replanning.fractionOfIterationsToStartScoreMSA();
    if (Double.isInfinite(f)) {
      return Integer.MAX_VALUE;
    }
    return firstIteration + (int) Math.floor(f * (lastIteration - firstIteration));
  }
}
