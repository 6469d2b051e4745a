package de.bochumtwin.core.router;

import de.bochumtwin.core.network.Network;
import java.util.Arrays;

/**
 * One-to-all shortest distances with fixed link costs, used only for landmark preprocessing.
 * Searches the links allowing {@code modeBit} forward (distances from the sources), backward
 * (distances to the sources) or ignoring direction (for landmark selection). Unreached nodes get
 * {@code +Infinity}.
 */
final class StaticDijkstra {
  enum Direction { FORWARD, BACKWARD, UNDIRECTED }

  private StaticDijkstra() {}

  static double[] distances(Network net, int modeBit, double[] linkCost, int source, Direction dir, NodeHeap heap) {
    int n = net.nodeCount();
    double[] dist = new double[n];
    boolean[] closed = new boolean[n];
    Arrays.fill(dist, Double.POSITIVE_INFINITY);
    heap.clear();
    dist[source] = 0;
    heap.insert(source, 0);
    while (!heap.isEmpty()) {
      int u = heap.pollMin();
      closed[u] = true;
      if (dir != Direction.BACKWARD) {
        for (int p = net.outLinkStart(u); p < net.outLinkEnd(u); p++) {
          relax(net.outLinkAt(p), net.toNode(net.outLinkAt(p)), u, net, modeBit, linkCost, dist, closed, heap);
        }
      }
      if (dir != Direction.FORWARD) {
        for (int p = net.inLinkStart(u); p < net.inLinkEnd(u); p++) {
          relax(net.inLinkAt(p), net.fromNode(net.inLinkAt(p)), u, net, modeBit, linkCost, dist, closed, heap);
        }
      }
    }
    return dist;
  }

  private static void relax(int link, int v, int u, Network net, int modeBit, double[] linkCost, double[] dist,
      boolean[] closed, NodeHeap heap) {
    if (!net.allowsMode(link, modeBit) || closed[v]) {
      return;
    }
    double d = dist[u] + linkCost[link];
    if (d < dist[v]) {
      boolean open = dist[v] != Double.POSITIVE_INFINITY;
      dist[v] = d;
      if (open) {
        heap.decreaseKey(v, d);
      } else {
        heap.insert(v, d);
      }
    }
  }
}
