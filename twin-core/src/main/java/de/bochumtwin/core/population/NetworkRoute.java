package de.bochumtwin.core.population;

import java.util.Arrays;

/**
 * A route through the network as link indices, from the start link (where the vehicle enters traffic
 * at the link's end) to the end link (where it leaves traffic at the link's end), both included, as in
 * MATSim's {@code links} routes. Its distance, following MATSim, is the length of every link after
 * the start link (the start link is not driven; the end link is driven completely). Immutable.
 */
public final class NetworkRoute implements Route {
  private final int[] links;
  private final double distance_m;

  private NetworkRoute(int[] links, double distance_m) {
    if (links.length == 0) {
      throw new IllegalArgumentException("a network route needs at least its start link");
    }
    this.links = links;
    this.distance_m = distance_m;
  }

  /** A route over the given link indices (copied), with its distance computed by the caller. */
  public static NetworkRoute of(int[] links, double distance_m) {
    return new NetworkRoute(links.clone(), distance_m);
  }

  public int startLink() {
    return links[0];
  }

  public int endLink() {
    return links[links.length - 1];
  }

  public int size() {
    return links.length;
  }

  public int linkAt(int i) {
    return links[i];
  }

  /** A copy of the link indices. */
  public int[] links() {
    return links.clone();
  }

  @Override
  public double distance_m() {
    return distance_m;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NetworkRoute r && Arrays.equals(r.links, links);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(links);
  }

  @Override
  public String toString() {
    return "NetworkRoute" + Arrays.toString(links);
  }
}
