package de.bochumtwin.core.replanning;

/**
 * One replanning strategy with its weight; {@code disableAfterIteration} switches it off after that
 * iteration (MATSim's per-strategy {@code disableAfterIteration}; -1 = never).
 */
public record StrategySettings(Strategy strategy, double weight, int disableAfterIteration) {
  public StrategySettings {
    if (!(weight >= 0) || Double.isInfinite(weight)) {
      throw new IllegalArgumentException("strategy weight must be >= 0, got " + weight + " for " + strategy);
    }
  }

  /** The strategies we implement, by their MATSim names. */
  public enum Strategy {
    ChangeExpBeta(false),
    SelectExpBeta(false),
    BestScore(false),
    SelectRandom(false),
    KeepLastSelected(false),
    ReRoute(true),
    TimeAllocationMutator(true),
    SubtourModeChoice(true);

    private final boolean innovative;

    Strategy(boolean innovative) {
      this.innovative = innovative;
    }

    /** Innovative strategies create a new plan; the others only select among existing ones. */
    public boolean isInnovative() {
      return innovative;
    }

    /** Finds a strategy by its MATSim name, or null. */
    public static Strategy byName(String name) {
      for (Strategy s : values()) {
        if (s.name().equals(name)) {
          return s;
        }
      }
      return null;
    }
  }
}
