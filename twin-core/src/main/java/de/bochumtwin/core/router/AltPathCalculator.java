package de.bochumtwin.core.router;

import de.bochumtwin.core.network.Network;

/**
 * Time-dependent A* with landmarks (ALT): the per-thread query object.
 *
 * <p>Labels are (cost, arrival time) per node; a link entered at the node's arrival time costs
 * {@link TravelDisutility#linkDisutility} and takes {@link TravelTimes#travelTime_s}. Nodes are settled
 * in order of {@code cost + h}, where {@code h} is the landmark bound over the {@code activeLandmarks}
 * landmarks that give the best bound at the start node. The bound is consistent, so a settled node is
 * never reopened, and with FIFO travel times as cost the result is exact (same cost as Dijkstra).
 *
 * <p>Search state is reused across queries: each query takes a new visit stamp, and a node's labels
 * count only if its stamp is current, so no array is cleared between queries. Not thread-safe; get one
 * per thread from {@link #factory}.
 */
public final class AltPathCalculator implements LeastCostPathCalculator {
  /** Default number of landmarks used per query (chosen per query as the best at the start node). */
  public static final int DEFAULT_ACTIVE_LANDMARKS = 4;

  private final Network net;
  private final int modeBit;
  private final TravelTimes travelTimes;
  private final TravelDisutility disutility;
  private final int landmarkCount;
  private final double[] fromL;
  private final double[] toL;
  private final boolean[] banned;

  private final int[] visitStamp;
  private final int[] closedStamp;
  private final double[] cost;
  private final double[] time_s;
  private final double[] h;
  private final int[] prevLink;
  private final NodeHeap heap;
  private final int[] active;
  private final double[] activeBound;
  private int activeCount;
  private int stamp;
  private long settled;

  private AltPathCalculator(Network net, Landmarks landmarks, TravelTimes travelTimes, TravelDisutility disutility,
      int activeLandmarks, boolean[] banned) {
    this.net = net;
    this.banned = banned;
    this.modeBit = landmarks.modeBit();
    this.travelTimes = travelTimes;
    this.disutility = disutility;
    this.landmarkCount = landmarks.count();
    this.fromL = landmarks.fromArray();
    this.toL = landmarks.toArray();
    int n = net.nodeCount();
    this.visitStamp = new int[n];
    this.closedStamp = new int[n];
    this.cost = new double[n];
    this.time_s = new double[n];
    this.h = new double[n];
    this.prevLink = new int[n];
    this.heap = new NodeHeap(n);
    this.active = new int[Math.min(activeLandmarks, landmarkCount)];
    this.activeBound = new double[landmarkCount];
  }

  /** Travel time as cost, {@link #DEFAULT_ACTIVE_LANDMARKS} active landmarks. */
  public static Factory factory(Network network, Landmarks landmarks, TravelTimes travelTimes) {
    return factory(network, landmarks, travelTimes, TravelDisutility.ofTravelTime(travelTimes), DEFAULT_ACTIVE_LANDMARKS);
  }

  /**
   * A factory of query objects sharing {@code landmarks} and {@code travelTimes}.
   *
   * @throws IllegalArgumentException when a link's cost can fall below the lower bound the landmarks
   *     were computed with: the heuristic would overestimate and routes could be suboptimal
   */
  public static Factory factory(Network network, Landmarks landmarks, TravelTimes travelTimes,
      TravelDisutility disutility, int activeLandmarks) {
    if (activeLandmarks < 1) {
      throw new IllegalArgumentException("active landmarks must be >= 1, got " + activeLandmarks);
    }
    if (landmarks.count() > 0) {
      for (int l = 0; l < network.linkCount(); l++) {
        if (network.allowsMode(l, landmarks.modeBit())) {
          double min = disutility.minLinkDisutility(l);
          double lb = landmarks.linkLowerBound(l);
          if (min < lb - 1e-9 * Math.max(1.0, lb)) {
            throw new IllegalArgumentException("link '" + network.linkId(l) + "': the landmarks assume a cost of at least "
                + lb + " but the travel cost can be as low as " + min + "; compute the landmarks with a lower bound valid"
                + " for these travel times (e.g. FreespeedTravelTimes.mobsim(network), or these travel times themselves)");
          }
        }
      }
    }
    return () -> new AltPathCalculator(network, landmarks, travelTimes, disutility, activeLandmarks, null);
  }

  /**
   * Like {@link #factory(Network, Landmarks, TravelTimes, TravelDisutility, int)}, but the queries never
   * use a link with {@code bannedLinks[link]} (e.g. a low-emission zone for a banned vehicle). Removing
   * links only lengthens paths, so the landmarks stay admissible. The array is copied.
   */
  public static Factory factory(Network network, Landmarks landmarks, TravelTimes travelTimes,
      TravelDisutility disutility, int activeLandmarks, boolean[] bannedLinks) {
    if (bannedLinks.length != network.linkCount()) {
      throw new IllegalArgumentException("ban mask has " + bannedLinks.length + " entries for " + network.linkCount() + " links");
    }
    factory(network, landmarks, travelTimes, disutility, activeLandmarks); // checks the landmark bound
    boolean[] ban = bannedLinks.clone();
    return () -> new AltPathCalculator(network, landmarks, travelTimes, disutility, activeLandmarks, ban);
  }

  @Override
  public TravelTimes travelTimes() {
    return travelTimes;
  }

  @Override
  public long settledNodes() {
    return settled;
  }

  @Override
  public Path calcPath(int fromNode, int toNode, double departureTime_s) {
    settled = 0;
    nextStamp();
    heap.clear();
    if (fromNode == toNode) {
      return new Path(new int[0], departureTime_s, 0.0, 0.0);
    }
    chooseActiveLandmarks(fromNode, toNode);
    double h0 = heuristic(fromNode, toNode);
    if (h0 == Double.POSITIVE_INFINITY) {
      return null; // a landmark proves the target unreachable
    }
    visit(fromNode, 0.0, departureTime_s, -1, h0);
    heap.insert(fromNode, h0);
    while (!heap.isEmpty()) {
      int u = heap.pollMin();
      closedStamp[u] = stamp;
      settled++;
      if (u == toNode) {
        return buildPath(toNode, departureTime_s);
      }
      double tu = time_s[u];
      double cu = cost[u];
      for (int p = net.outLinkStart(u); p < net.outLinkEnd(u); p++) {
        int link = net.outLinkAt(p);
        if (!net.allowsMode(link, modeBit) || banned != null && banned[link]) {
          continue;
        }
        int v = net.toNode(link);
        boolean seen = visitStamp[v] == stamp;
        if (seen && closedStamp[v] == stamp) {
          continue;
        }
        double tt = travelTimes.travelTime_s(link, tu);
        double c = cu + disutility.linkDisutility(link, tu, tt);
        if (!seen) {
          double hv = heuristic(v, toNode);
          if (hv == Double.POSITIVE_INFINITY) {
            // v cannot reach the target: close it right away so it is never expanded
            visit(v, c, tu + tt, link, hv);
            closedStamp[v] = stamp;
            continue;
          }
          visit(v, c, tu + tt, link, hv);
          heap.insert(v, c + hv);
        } else if (c < cost[v]) {
          cost[v] = c;
          time_s[v] = tu + tt;
          prevLink[v] = link;
          heap.decreaseKey(v, c + h[v]);
        }
      }
    }
    return null;
  }

  private void nextStamp() {
    if (stamp == Integer.MAX_VALUE) {
      java.util.Arrays.fill(visitStamp, 0);
      java.util.Arrays.fill(closedStamp, 0);
      stamp = 0;
    }
    stamp++;
  }

  private void visit(int v, double c, double t, int link, double hv) {
    visitStamp[v] = stamp;
    cost[v] = c;
    time_s[v] = t;
    prevLink[v] = link;
    h[v] = hv;
  }

  /** Picks the landmarks with the best bound from {@code s} to {@code t} (ties: lower landmark index). */
  private void chooseActiveLandmarks(int s, int t) {
    int k = landmarkCount;
    for (int i = 0; i < k; i++) {
      activeBound[i] = bound(i, s, t);
    }
    activeCount = 0;
    for (int a = 0; a < active.length; a++) {
      int best = -1;
      for (int i = 0; i < k; i++) {
        if (!isActive(i) && (best < 0 || activeBound[i] > activeBound[best])) {
          best = i;
        }
      }
      active[activeCount++] = best;
    }
  }

  private boolean isActive(int i) {
    for (int a = 0; a < activeCount; a++) {
      if (active[a] == i) {
        return true;
      }
    }
    return false;
  }

  /** Bound on d(v, t) from landmark i; NaN terms (both infinite) are ignored by the callers' comparisons. */
  private double bound(int i, int v, int t) {
    int k = landmarkCount;
    double b = 0.0;
    double forward = fromL[t * k + i] - fromL[v * k + i];
    if (forward > b) {
      b = forward;
    }
    double backward = toL[v * k + i] - toL[t * k + i];
    if (backward > b) {
      b = backward;
    }
    return b;
  }

  private double heuristic(int v, int t) {
    double best = 0.0;
    for (int a = 0; a < activeCount; a++) {
      double b = bound(active[a], v, t);
      if (b > best) {
        best = b;
      }
    }
    return best;
  }

  private Path buildPath(int t, double departureTime_s) {
    int n = 0;
    for (int v = t; prevLink[v] >= 0; v = net.fromNode(prevLink[v])) {
      n++;
    }
    int[] links = new int[n];
    for (int v = t; prevLink[v] >= 0; v = net.fromNode(prevLink[v])) {
      links[--n] = prevLink[v];
    }
    return new Path(links, departureTime_s, time_s[t] - departureTime_s, cost[t]);
  }
}
