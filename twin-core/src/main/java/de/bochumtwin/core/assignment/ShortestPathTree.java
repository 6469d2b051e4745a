package de.bochumtwin.core.assignment;

import java.util.Arrays;

/**
 * Reusable workspace for one-to-all Dijkstra on an {@link AssignmentNetwork} with an indexed binary
 * heap (decrease-key), so a search allocates nothing. One instance per worker thread; not
 * thread-safe. Ties are broken by heap order, which depends only on the inputs, so a tree is the same
 * whichever thread computes it.
 *
 * <p>Nodes that are not through nodes are settled (they can be destinations) but their out-links
 * are relaxed only when they are the origin.
 */
final class ShortestPathTree {
  private final AssignmentNetwork net;
  final double[] dist;
  final int[] predLink;
  /** Settled nodes in order of increasing distance; {@code order[0]} is the origin. */
  final int[] order;
  int settledCount;
  private final int[] heap;
  private final int[] pos;
  private int heapSize;
  /** Scratch per-node demand used while loading an all-or-nothing tree. */
  private final double[] nodeFlow;

  ShortestPathTree(AssignmentNetwork net) {
    this.net = net;
    int n = net.nodeCount();
    dist = new double[n];
    predLink = new int[n];
    order = new int[n];
    heap = new int[n];
    pos = new int[n];
    nodeFlow = new double[n];
  }

  /** Computes shortest generalized costs from {@code origin} under link costs {@code cost}. */
  void compute(int origin, double[] cost) {
    Arrays.fill(dist, Double.POSITIVE_INFINITY);
    Arrays.fill(predLink, -1);
    Arrays.fill(pos, -1);
    settledCount = 0;
    heapSize = 0;
    dist[origin] = 0;
    push(origin);
    while (heapSize > 0) {
      int u = pop();
      order[settledCount++] = u;
      if (u != origin && !net.isThrough(u)) {
        continue;
      }
      double du = dist[u];
      for (int p = net.outStart(u), e = net.outEnd(u); p < e; p++) {
        int a = net.outLinkAt(p);
        int v = net.to(a);
        double dv = du + cost[a];
        if (dv < dist[v]) {
          dist[v] = dv;
          predLink[v] = a;
          if (pos[v] == -1) {
            push(v);
          } else if (pos[v] >= 0) {
            siftUp(pos[v]);
          }
        }
      }
    }
  }

  /**
   * Loads the demand of {@code origin} all-or-nothing onto the current tree (which must have been
   * computed from that origin's node) and returns the shortest-path travel cost
   * {@code sum_d volume * dist(d)}.
   *
   * @throws IllegalArgumentException when a destination with demand is unreachable
   */
  double loadAllOrNothing(OdMatrix od, int origin, double[] linkFlow) {
    double sptt = 0;
    for (int k = od.start(origin), e = od.end(origin); k < e; k++) {
      int dz = od.destination(k);
      int dn = net.zoneNode(dz);
      double d = dist[dn];
      if (d == Double.POSITIVE_INFINITY) {
        throw unreachable(origin, dz);
      }
      nodeFlow[dn] += od.volume(k);
      sptt += od.volume(k) * d;
    }
    for (int i = settledCount - 1; i > 0; i--) {
      int v = order[i];
      double f = nodeFlow[v];
      if (f != 0) {
        int a = predLink[v];
        linkFlow[a] += f;
        nodeFlow[net.from(a)] += f;
        nodeFlow[v] = 0;
      }
    }
    nodeFlow[order[0]] = 0;
    return sptt;
  }

  /** Shortest-path cost sum {@code sum_d volume * dist(d)} of {@code origin} without loading. */
  double shortestPathCost(OdMatrix od, int origin) {
    double sptt = 0;
    for (int k = od.start(origin), e = od.end(origin); k < e; k++) {
      int dz = od.destination(k);
      double d = dist[net.zoneNode(dz)];
      if (d == Double.POSITIVE_INFINITY) {
        throw unreachable(origin, dz);
      }
      sptt += od.volume(k) * d;
    }
    return sptt;
  }

  IllegalArgumentException unreachable(int originZone, int destZone) {
    return new IllegalArgumentException("no path from zone node " + net.nodeId(net.zoneNode(originZone))
        + " to zone node " + net.nodeId(net.zoneNode(destZone))
        + " although the demand between them is > 0; check the network's connectivity or remove the demand");
  }

  private void push(int v) {
    heap[heapSize] = v;
    pos[v] = heapSize;
    heapSize++;
    siftUp(heapSize - 1);
  }

  private int pop() {
    int top = heap[0];
    pos[top] = -2;
    heapSize--;
    if (heapSize > 0) {
      int last = heap[heapSize];
      heap[0] = last;
      pos[last] = 0;
      siftDown(0);
    }
    return top;
  }

  private void siftUp(int i) {
    int v = heap[i];
    double dv = dist[v];
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      int pv = heap[parent];
      if (dist[pv] <= dv) {
        break;
      }
      heap[i] = pv;
      pos[pv] = i;
      i = parent;
    }
    heap[i] = v;
    pos[v] = i;
  }

  private void siftDown(int i) {
    int v = heap[i];
    double dv = dist[v];
    int half = heapSize >>> 1;
    while (i < half) {
      int c = 2 * i + 1;
      int r = c + 1;
      if (r < heapSize && dist[heap[r]] < dist[heap[c]]) {
        c = r;
      }
      if (dv <= dist[heap[c]]) {
        break;
      }
      heap[i] = heap[c];
      pos[heap[i]] = i;
      i = c;
    }
    heap[i] = v;
    pos[v] = i;
  }
}
