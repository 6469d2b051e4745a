package de.bochumtwin.core.router;

import java.util.Arrays;

/**
 * A least-cost path between two nodes: its links in driving order (empty when start and end node
 * coincide), the departure time it was computed for, its travel time and its cost. Immutable.
 */
public final class Path {
  private final int[] links;
  private final double departureTime_s;
  private final double travelTime_s;
  private final double cost;

  Path(int[] links, double departureTime_s, double travelTime_s, double cost) {
    this.links = links;
    this.departureTime_s = departureTime_s;
    this.travelTime_s = travelTime_s;
    this.cost = cost;
  }

  /** A copy of the link indices. */
  public int[] links() {
    return links.clone();
  }

  public int linkCount() {
    return links.length;
  }

  public int linkAt(int i) {
    return links[i];
  }

  public double departureTime_s() {
    return departureTime_s;
  }

  /** Arrival time at the end node minus departure time. */
  public double travelTime_s() {
    return travelTime_s;
  }

  /** Sum of the link disutilities (seconds for the default travel-time cost). */
  public double cost() {
    return cost;
  }

  @Override
  public String toString() {
    return "Path" + Arrays.toString(links) + " tt=" + travelTime_s + " s cost=" + cost;
  }
}
