package de.bochumtwin.core.assignment;

/**
 * Entry point: solves the static user-equilibrium (Wardrop) assignment of an {@link OdMatrix} on an
 * {@link AssignmentNetwork} with the method chosen in {@link AssignmentSettings}.
 *
 * <p>Contract: the iteration stops at the first iteration whose relative gap
 * {@code (TSTT - SPTT) / TSTT} is at most the target, or after {@code maxIterations} iterations
 * (then {@link AssignmentResult#converged()} is false). Results are bit-identical for any thread
 * count. Demand between zones that the network does not connect is an error, as are negative link
 * costs (from negative tolls or weights).
 */
public final class StaticAssignment {
  private StaticAssignment() {
  }

  public static AssignmentResult run(AssignmentNetwork network, OdMatrix demand, AssignmentSettings settings,
      AssignmentListener listener) {
    if (demand.zoneCount() != network.zoneCount()) {
      throw new IllegalArgumentException("the demand has " + demand.zoneCount() + " zones but the network has "
          + network.zoneCount() + "; use a demand file made for this network");
    }
    AssignmentListener l = listener == null ? AssignmentListener.NONE : listener;
    if (settings.algorithm() == AssignmentSettings.Algorithm.PATH_BASED) {
      return new GradientProjectionSolver(network, settings, l).solve(demand);
    }
    return new FrankWolfeSolver(network, settings, l).solve(demand);
  }

  /** {@code (tstt - sptt) / tstt}, clamped at 0 against round-off; 0 when there is no travel at all. */
  static double relativeGap(double tstt, double sptt) {
    if (tstt <= 0) {
      return 0;
    }
    double g = (tstt - sptt) / tstt;
    return g < 0 ? 0 : g;
  }

  static void requireNonNegative(AssignmentNetwork net, double[] cost) {
    for (int a = 0; a < cost.length; a++) {
      if (!(cost[a] >= 0)) {
        throw new IllegalArgumentException("link " + net.nodeId(net.from(a)) + " -> " + net.nodeId(net.to(a))
            + " has a negative free-flow generalized cost " + cost[a]
            + "; shortest paths need costs >= 0 (check its toll, length and the cost weights)");
      }
    }
  }
}
