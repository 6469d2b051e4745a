package de.bochumtwin.core.assignment;

import java.util.Arrays;

/**
 * The used paths of an equilibrium, per OD pair, for warm-starting the agent loop (e.g. to give each
 * synthetic trip an initial route drawn with probability {@code pathFlow / volume}).
 *
 * <p>OD pairs are those of the {@link OdMatrix} the assignment ran on, by pair index ({@code
 * OdMatrix.start(o) .. end(o)-1}); paths of a pair are {@code 0 .. pathCount(pair)-1}; each path is a
 * sequence of link indices of the {@link AssignmentNetwork}, from the origin's zone node to the
 * destination's. Only paths with positive flow are kept; the flows of a pair sum to its volume (up
 * to round-off). Immutable: stored in compressed rows ({@code int[]} links, {@code double[]} flows).
 */
public final class PathSet {
  private final int[] pairStart;
  private final int[] pathStart;
  private final int[] links;
  private final double[] flows;

  PathSet(int[] pairStart, int[] pathStart, int[] links, double[] flows) {
    this.pairStart = pairStart;
    this.pathStart = pathStart;
    this.links = links;
    this.flows = flows;
  }

  public int pairCount() {
    return pairStart.length - 1;
  }

  public int pathCount(int pair) {
    return pairStart[pair + 1] - pairStart[pair];
  }

  /** Total number of stored paths over all pairs. */
  public int totalPathCount() {
    return flows.length;
  }

  /** The links of path {@code k} of {@code pair}, in travel order (a fresh copy). */
  public int[] pathLinks(int pair, int k) {
    int p = index(pair, k);
    return Arrays.copyOfRange(links, pathStart[p], pathStart[p + 1]);
  }

  public double pathFlow(int pair, int k) {
    return flows[index(pair, k)];
  }

  private int index(int pair, int k) {
    if (k < 0 || k >= pathCount(pair)) {
      throw new IndexOutOfBoundsException("path " + k + " of pair " + pair + " (has " + pathCount(pair) + ")");
    }
    return pairStart[pair] + k;
  }
}
