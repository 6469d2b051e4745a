package de.bochumtwin.core.router;

/**
 * A time-dependent least-cost path query over the links of one mode.
 *
 * <p>Instances hold mutable search state and are <b>not</b> thread-safe: create one per thread with a
 * {@link Factory}; the preprocessed data behind it is shared.
 */
public interface LeastCostPathCalculator {
  /**
   * The least-cost path from {@code fromNode} to {@code toNode} leaving at {@code departureTime_s},
   * using only links that allow the mode; {@code null} when {@code toNode} cannot be reached.
   */
  Path calcPath(int fromNode, int toNode, double departureTime_s);

  /** Nodes settled (taken from the priority queue) by the last query: a work counter for tests. */
  long settledNodes();

  /** The travel times the paths are computed with (the plan router uses them for estimates). */
  TravelTimes travelTimes();

  /** Creates query objects; implementations are thread-safe. */
  @FunctionalInterface
  interface Factory {
    LeastCostPathCalculator create();
  }
}
