package de.bochumtwin.core.router;

import de.bochumtwin.core.network.Network;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.PriorityQueue;

/**
 * Plain time-dependent Dijkstra, written for obviousness rather than speed: fresh arrays per query, a
 * {@link PriorityQueue} of boxed entries with lazy deletion, no heuristic. It is the reference the
 * optimised {@link AltPathCalculator} is tested against; do not use it in production loops.
 * Not thread-safe (holds the settled counter); cheap to create.
 */
public final class DijkstraReference implements LeastCostPathCalculator {
  private final Network net;
  private final int modeBit;
  private final TravelTimes travelTimes;
  private final TravelDisutility disutility;
  private long settled;

  public DijkstraReference(Network net, int modeBit, TravelTimes travelTimes, TravelDisutility disutility) {
    this.net = net;
    this.modeBit = modeBit;
    this.travelTimes = travelTimes;
    this.disutility = disutility;
  }

  public DijkstraReference(Network net, int modeBit, TravelTimes travelTimes) {
    this(net, modeBit, travelTimes, TravelDisutility.ofTravelTime(travelTimes));
  }

  private record Entry(double cost, long seq, int node) {}

  @Override
  public Path calcPath(int fromNode, int toNode, double departureTime_s) {
    int n = net.nodeCount();
    double[] cost = new double[n];
    double[] time = new double[n];
    int[] prev = new int[n];
    boolean[] done = new boolean[n];
    Arrays.fill(cost, Double.POSITIVE_INFINITY);
    Arrays.fill(prev, -1);
    PriorityQueue<Entry> queue = new PriorityQueue<>((a, b) -> a.cost != b.cost ? Double.compare(a.cost, b.cost) : Long.compare(a.seq, b.seq));
    long seq = 0;
    settled = 0;
    cost[fromNode] = 0;
    time[fromNode] = departureTime_s;
    queue.add(new Entry(0, seq++, fromNode));
    while (!queue.isEmpty()) {
      Entry e = queue.poll();
      int u = e.node;
      if (done[u]) {
        continue;
      }
      done[u] = true;
      settled++;
      if (u == toNode) {
        Deque<Integer> links = new ArrayDeque<>();
        for (int v = u; prev[v] >= 0; v = net.fromNode(prev[v])) {
          links.addFirst(prev[v]);
        }
        return new Path(links.stream().mapToInt(Integer::intValue).toArray(), departureTime_s, time[u] - departureTime_s, cost[u]);
      }
      for (int p = net.outLinkStart(u); p < net.outLinkEnd(u); p++) {
        int link = net.outLinkAt(p);
        int v = net.toNode(link);
        if (!net.allowsMode(link, modeBit) || done[v]) {
          continue;
        }
        double tt = travelTimes.travelTime_s(link, time[u]);
        double c = cost[u] + disutility.linkDisutility(link, time[u], tt);
        if (c < cost[v]) {
          cost[v] = c;
          time[v] = time[u] + tt;
          prev[v] = link;
          queue.add(new Entry(c, seq++, v));
        }
      }
    }
    return null;
  }

  @Override
  public long settledNodes() {
    return settled;
  }

  @Override
  public TravelTimes travelTimes() {
    return travelTimes;
  }
}
