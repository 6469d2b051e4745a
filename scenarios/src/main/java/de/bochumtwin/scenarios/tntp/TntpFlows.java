package de.bochumtwin.scenarios.tntp;

import java.util.Arrays;

/**
 * A TNTP link-flow solution ({@code <name>_flow.tntp}): per row the from-node id, to-node id,
 * volume and cost, in file order. Used as the reference ("best known") equilibrium in tests.
 */
public final class TntpFlows {
  private final int[] from;
  private final int[] to;
  private final double[] volume;
  private final double[] cost;

  TntpFlows(int[] from, int[] to, double[] volume, double[] cost) {
    this.from = from;
    this.to = to;
    this.volume = volume;
    this.cost = cost;
  }

  public int size() {
    return from.length;
  }

  public int from(int row) {
    return from[row];
  }

  public int to(int row) {
    return to[row];
  }

  public double volume(int row) {
    return volume[row];
  }

  public double cost(int row) {
    return cost[row];
  }

  /** Row of the first link {@code from -> to}, or -1. */
  public int findRow(int fromId, int toId) {
    for (int i = 0; i < from.length; i++) {
      if (from[i] == fromId && to[i] == toId) {
        return i;
      }
    }
    return -1;
  }

  static TntpFlows of(int n, int[] from, int[] to, double[] volume, double[] cost) {
    return new TntpFlows(Arrays.copyOf(from, n), Arrays.copyOf(to, n), Arrays.copyOf(volume, n), Arrays.copyOf(cost, n));
  }
}
