package de.bochumtwin.core.router;

import de.bochumtwin.core.network.Network;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.IntToDoubleFunction;

/**
 * Landmark distances for A* with landmarks (ALT, Goldberg and Harrelson 2005), computed once per
 * network, mode and lower-bound cost, then shared read-only by all query threads.
 *
 * <p>For each landmark {@code L} and node {@code v} we store {@code d(L, v)} and {@code d(v, L)}, the
 * least cost under the per-link lower bound (e.g. {@link TravelTimes#minTravelTime_s}) on links allowing
 * the mode. By the triangle inequality {@code d(v, t) >= max(d(L, t) - d(L, v), d(v, L) - d(t, L))}; since
 * every time-dependent link cost is at least its lower bound, this bound stays admissible (and
 * consistent) for time-dependent costs. {@code +Infinity} marks "not reachable", which lets the search
 * prune nodes that cannot reach the target at all.
 *
 * <p>Selection is "farthest": starting from a node drawn with the seed, the first landmark is the node
 * farthest from it, each next one the node farthest from all landmarks chosen so far (distances
 * ignoring link direction; a node in another weakly connected part counts as infinitely far, so every
 * part gets a landmark first). Ties go to the lowest node index: the result depends only on the
 * network, mode, bounds, count and seed.
 *
 * <p>Layout: {@code double[nodeCount x count]}, node-major, so that the few landmark values of one node
 * share a cache line; 16 landmarks cost 256 bytes per node. Doubles, not floats: rounding a float up
 * could make the heuristic overestimate.
 */
public final class Landmarks {
  /** Default number of landmarks (MATSim's default for its ALT router). */
  public static final int DEFAULT_COUNT = 16;
  /** Default seed for the start node of the farthest selection. */
  public static final long DEFAULT_SEED = 4711L;

  private final int modeBit;
  private final int[] nodes;
  private final double[] fromLandmark;
  private final double[] toLandmark;
  private final double[] linkLowerBound;

  private Landmarks(int modeBit, int[] nodes, double[] fromLandmark, double[] toLandmark, double[] linkLowerBound) {
    this.modeBit = modeBit;
    this.nodes = nodes;
    this.fromLandmark = fromLandmark;
    this.toLandmark = toLandmark;
    this.linkLowerBound = linkLowerBound;
  }

  /** 16 landmarks bounded by the travel times' {@code minTravelTime_s}; cost = travel time. */
  public static Landmarks compute(Network network, int modeBit, TravelTimes bounds) {
    return compute(network, modeBit, DEFAULT_COUNT, bounds);
  }

  public static Landmarks compute(Network network, int modeBit, int count, TravelTimes bounds) {
    return compute(network, modeBit, count, bounds::minTravelTime_s, DEFAULT_SEED);
  }

  /** Landmarks for a generalized cost, bounded by its {@code minLinkDisutility}. */
  public static Landmarks compute(Network network, int modeBit, int count, TravelDisutility bounds, long seed) {
    return compute(network, modeBit, count, bounds::minLinkDisutility, seed);
  }

  /** No landmarks: A* then degenerates to Dijkstra (useful as a baseline). */
  public static Landmarks none(Network network, int modeBit) {
    return compute(network, modeBit, 0, l -> 0.0, DEFAULT_SEED);
  }

  static Landmarks compute(Network net, int modeBit, int count, IntToDoubleFunction lowerBound, long seed) {
    if (count < 0) {
      throw new IllegalArgumentException("landmark count must be >= 0, got " + count);
    }
    if (modeBit == 0) {
      throw new IllegalArgumentException("mode bit 0: no link allows this mode; check the mode name against the network's modes");
    }
    double[] cost = new double[net.linkCount()];
    for (int l = 0; l < cost.length; l++) {
      if (net.allowsMode(l, modeBit)) {
        double c = lowerBound.applyAsDouble(l);
        if (!(c >= 0) || Double.isInfinite(c)) {
          throw new IllegalArgumentException("link '" + net.linkId(l) + "': lower bound cost must be finite and >= 0, got " + c);
        }
        cost[l] = c;
      }
    }
    int[] chosen = select(net, modeBit, count, cost, seed);
    int k = chosen.length;
    int n = net.nodeCount();
    double[] from = new double[n * k];
    double[] to = new double[n * k];
    NodeHeap heap = new NodeHeap(n);
    for (int i = 0; i < k; i++) {
      double[] f = StaticDijkstra.distances(net, modeBit, cost, chosen[i], StaticDijkstra.Direction.FORWARD, heap);
      double[] b = StaticDijkstra.distances(net, modeBit, cost, chosen[i], StaticDijkstra.Direction.BACKWARD, heap);
      for (int v = 0; v < n; v++) {
        from[v * k + i] = f[v];
        to[v * k + i] = b[v];
      }
    }
    return new Landmarks(modeBit, chosen, from, to, cost);
  }

  private static int[] select(Network net, int modeBit, int count, double[] cost, long seed) {
    int n = net.nodeCount();
    boolean[] candidate = new boolean[n];
    int candidates = 0;
    for (int l = 0; l < net.linkCount(); l++) {
      if (net.allowsMode(l, modeBit)) {
        candidate[net.fromNode(l)] = true;
        candidate[net.toNode(l)] = true;
      }
    }
    for (boolean c : candidate) {
      candidates += c ? 1 : 0;
    }
    if (count == 0 || candidates == 0) {
      return new int[0];
    }
    int draw = new SplittableRandom(seed).nextInt(candidates);
    int start = -1;
    for (int v = 0; v < n && start < 0; v++) {
      if (candidate[v] && draw-- == 0) {
        start = v;
      }
    }
    NodeHeap heap = new NodeHeap(n);
    double[] minDist = StaticDijkstra.distances(net, modeBit, cost, start, StaticDijkstra.Direction.UNDIRECTED, heap);
    int[] chosen = new int[Math.min(count, candidates)];
    boolean[] taken = new boolean[n];
    int k = 0;
    while (k < chosen.length) {
      int best = -1;
      for (int v = 0; v < n; v++) {
        if (candidate[v] && !taken[v] && (best < 0 || minDist[v] > minDist[best])) {
          best = v;
        }
      }
      if (best < 0 || (k > 0 && minDist[best] == 0)) {
        break;
      }
      chosen[k++] = best;
      taken[best] = true;
      if (k == 1) {
        // the start node was only a seed, not a landmark: measure from the first landmark alone
        minDist = StaticDijkstra.distances(net, modeBit, cost, best, StaticDijkstra.Direction.UNDIRECTED, heap);
      } else {
        double[] d = StaticDijkstra.distances(net, modeBit, cost, best, StaticDijkstra.Direction.UNDIRECTED, heap);
        for (int v = 0; v < n; v++) {
          minDist[v] = Math.min(minDist[v], d[v]);
        }
      }
    }
    return Arrays.copyOf(chosen, k);
  }

  public int modeBit() {
    return modeBit;
  }

  public int count() {
    return nodes.length;
  }

  /** The node of landmark {@code i}. */
  public int node(int i) {
    return nodes[i];
  }

  /** Lower-bound cost from landmark {@code i} to {@code node} ({@code +Infinity} if unreachable). */
  public double fromLandmark(int i, int node) {
    return fromLandmark[node * nodes.length + i];
  }

  /** Lower-bound cost from {@code node} to landmark {@code i} ({@code +Infinity} if unreachable). */
  public double toLandmark(int i, int node) {
    return toLandmark[node * nodes.length + i];
  }

  /** The lower-bound link cost the distances were computed with (0 for links not allowing the mode). */
  public double linkLowerBound(int link) {
    return linkLowerBound[link];
  }

  double[] fromArray() {
    return fromLandmark;
  }

  double[] toArray() {
    return toLandmark;
  }
}
