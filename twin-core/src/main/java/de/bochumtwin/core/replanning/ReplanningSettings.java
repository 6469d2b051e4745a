package de.bochumtwin.core.replanning;

import java.util.List;
import java.util.Set;

/**
 * Settings of the replanning step, with MATSim's defaults where MATSim has them.
 *
 * @param strategies strategies and weights (equil: BestScore 0.9, ReRoute 0.1)
 * @param maxAgentPlanMemorySize plans kept per person (MATSim: 5); the worst are removed
 * @param brainExpBeta logit scale of the ExpBeta selectors (MATSim: 1.0)
 * @param fractionOfIterationsToDisableInnovation innovation stops after this fraction of the
 *     iterations (MATSim default: never, i.e. {@code Double.POSITIVE_INFINITY}; VSP scenarios use 0.8-0.9)
 * @param mutationRange_s TimeAllocationMutator range: times move by up to +- this (MATSim: 1800 s)
 * @param subtourModes modes SubtourModeChoice chooses among (MATSim: car, pt)
 * @param chainBasedModes modes whose vehicle must return home with the person (MATSim: car, bike)
 * @param learningRate weight of the newest executed score in a plan's score (MATSim: 1.0)
 * @param annealStartShare with {@code annealEndShare}: the share of persons that innovate falls
 *     linearly from this value in the first iteration to {@code annealEndShare} in the last innovative
 *     iteration (the idea of MATSim's ReplanningAnnealer, linear variant); innovative strategies keep
 *     their relative weights. NaN = off (MATSim's default): the weights apply unchanged.
 * @param fractionOfIterationsToStartScoreMSA MATSim's score averaging: from iteration {@code first +
 *     floor(fraction x (last - first))} on, the n-th executed score of a plan counted from that iteration
 *     enters with weight {@code 1/n} (the first replaces the old score, later ones form the running mean
 *     of the plan's executed scores); before it, {@code learningRate} applies. MATSim's default: off,
 *     i.e. {@code Double.POSITIVE_INFINITY}; VSP scenarios use 0.9.
 */
public record ReplanningSettings(List<StrategySettings> strategies, int maxAgentPlanMemorySize, double brainExpBeta,
    double fractionOfIterationsToDisableInnovation, int mutationRange_s, List<String> subtourModes,
    Set<String> chainBasedModes, double learningRate, double annealStartShare, double annealEndShare,
    double fractionOfIterationsToStartScoreMSA) {

  public ReplanningSettings {
    strategies = List.copyOf(strategies);
    subtourModes = List.copyOf(subtourModes);
    chainBasedModes = Set.copyOf(chainBasedModes);
    if (maxAgentPlanMemorySize < 1) {
      throw new IllegalArgumentException("maxAgentPlanMemorySize must be >= 1, got " + maxAgentPlanMemorySize);
    }
    if (!(brainExpBeta >= 0)) {
      throw new IllegalArgumentException("brainExpBeta must be >= 0, got " + brainExpBeta);
    }
    if (!(learningRate > 0 && learningRate <= 1)) {
      throw new IllegalArgumentException("learningRate must be in (0, 1], got " + learningRate);
    }
    if (mutationRange_s < 0) {
      throw new IllegalArgumentException("mutationRange must be >= 0 s, got " + mutationRange_s);
    }
    if (Double.isNaN(annealStartShare) != Double.isNaN(annealEndShare)) {
      throw new IllegalArgumentException("give both annealing shares or neither");
    }
    if (!Double.isNaN(annealStartShare) && !(annealStartShare >= 0 && annealStartShare <= 1 && annealEndShare >= 0
        && annealEndShare <= 1)) {
      throw new IllegalArgumentException("annealing shares must be in [0, 1], got " + annealStartShare + " and " + annealEndShare);
    }
    if (!(fractionOfIterationsToStartScoreMSA >= 0)) {
      throw new IllegalArgumentException("fractionOfIterationsToStartScoreMSA must be >= 0 (infinity = off), got "
          + fractionOfIterationsToStartScoreMSA);
    }
    double total = strategies.stream().mapToDouble(StrategySettings::weight).sum();
    if (!strategies.isEmpty() && !(total > 0)) {
      throw new IllegalArgumentException("strategy weights must not all be zero");
    }
  }

  /** MATSim's equil example: BestScore 0.9, ReRoute 0.1, other values MATSim's defaults. */
  public static ReplanningSettings defaults() {
    return new ReplanningSettings(
        List.of(new StrategySettings(StrategySettings.Strategy.BestScore, 0.9, -1),
            new StrategySettings(StrategySettings.Strategy.ReRoute, 0.1, -1)),
        5, 1.0, Double.POSITIVE_INFINITY, 1800, List.of("car", "pt"), Set.of("car", "bike"), 1.0, Double.NaN, Double.NaN,
        Double.POSITIVE_INFINITY);
  }

  /** Whether score averaging (MSA) is configured at all. */
  public boolean isScoreMsa() {
    return !Double.isInfinite(fractionOfIterationsToStartScoreMSA);
  }

  public boolean isAnnealing() {
    return !Double.isNaN(annealStartShare);
  }

  public ReplanningSettings withAnnealing(double startShare, double endShare) {
    return new ReplanningSettings(strategies, maxAgentPlanMemorySize, brainExpBeta, fractionOfIterationsToDisableInnovation,
        mutationRange_s, subtourModes, chainBasedModes, learningRate, startShare, endShare,
        fractionOfIterationsToStartScoreMSA);
  }

  public ReplanningSettings withStrategies(List<StrategySettings> s) {
    return new ReplanningSettings(s, maxAgentPlanMemorySize, brainExpBeta, fractionOfIterationsToDisableInnovation,
        mutationRange_s, subtourModes, chainBasedModes, learningRate, annealStartShare, annealEndShare,
        fractionOfIterationsToStartScoreMSA);
  }

  public ReplanningSettings withSubtourModes(List<String> modes) {
    return new ReplanningSettings(strategies, maxAgentPlanMemorySize, brainExpBeta, fractionOfIterationsToDisableInnovation,
        mutationRange_s, modes, chainBasedModes, learningRate, annealStartShare, annealEndShare,
        fractionOfIterationsToStartScoreMSA);
  }

  public ReplanningSettings withFractionOfIterationsToDisableInnovation(double f) {
    return new ReplanningSettings(strategies, maxAgentPlanMemorySize, brainExpBeta, f, mutationRange_s, subtourModes,
        chainBasedModes, learningRate, annealStartShare, annealEndShare,
        fractionOfIterationsToStartScoreMSA);
  }

  public ReplanningSettings withMaxAgentPlanMemorySize(int n) {
    return new ReplanningSettings(strategies, n, brainExpBeta, fractionOfIterationsToDisableInnovation, mutationRange_s,
        subtourModes, chainBasedModes, learningRate, annealStartShare, annealEndShare,
        fractionOfIterationsToStartScoreMSA);
  }

  public ReplanningSettings withBrainExpBeta(double b) {
    return new ReplanningSettings(strategies, maxAgentPlanMemorySize, b, fractionOfIterationsToDisableInnovation,
        mutationRange_s, subtourModes, chainBasedModes, learningRate, annealStartShare, annealEndShare,
        fractionOfIterationsToStartScoreMSA);
  }

  public ReplanningSettings withMutationRange_s(int r) {
    return new ReplanningSettings(strategies, maxAgentPlanMemorySize, brainExpBeta, fractionOfIterationsToDisableInnovation,
        r, subtourModes, chainBasedModes, learningRate, annealStartShare, annealEndShare,
        fractionOfIterationsToStartScoreMSA);
  }

  public ReplanningSettings withChainBasedModes(Set<String> m) {
    return new ReplanningSettings(strategies, maxAgentPlanMemorySize, brainExpBeta, fractionOfIterationsToDisableInnovation,
        mutationRange_s, subtourModes, m, learningRate, annealStartShare, annealEndShare,
        fractionOfIterationsToStartScoreMSA);
  }

  public ReplanningSettings withLearningRate(double a) {
    return new ReplanningSettings(strategies, maxAgentPlanMemorySize, brainExpBeta, fractionOfIterationsToDisableInnovation,
        mutationRange_s, subtourModes, chainBasedModes, a, annealStartShare, annealEndShare,
        fractionOfIterationsToStartScoreMSA);
  }

  public ReplanningSettings withFractionOfIterationsToStartScoreMSA(double f) {
    return new ReplanningSettings(strategies, maxAgentPlanMemorySize, brainExpBeta, fractionOfIterationsToDisableInnovation,
        mutationRange_s, subtourModes, chainBasedModes, learningRate, annealStartShare, annealEndShare, f);
  }
}
