package de.bochumtwin.scenarios.osm;

import de.bochumtwin.core.network.Network;
import java.util.ArrayDeque;

/** Test helper: strong connectivity by two breadth-first searches (forward and backward) from one node. */
final class ConnectivityCheck {
  private ConnectivityCheck() {}

  static boolean isStronglyConnected(Network net, int modeBit) {
    boolean[] used = new boolean[net.nodeCount()];
    int start = -1;
    int usedCount = 0;
    for (int l = 0; l < net.linkCount(); l++) {
      if (net.allowsMode(l, modeBit)) {
        for (int n : new int[] {net.fromNode(l), net.toNode(l)}) {
          if (!used[n]) {
            used[n] = true;
            usedCount++;
          }
        }
        start = net.fromNode(l);
      }
    }
    if (start < 0) {
      return true;
    }
    return reach(net, modeBit, start, true) == usedCount && reach(net, modeBit, start, false) == usedCount;
  }

  private static int reach(Network net, int modeBit, int start, boolean forward) {
    boolean[] seen = new boolean[net.nodeCount()];
    ArrayDeque<Integer> q = new ArrayDeque<>();
    q.add(start);
    seen[start] = true;
    int count = 1;
    while (!q.isEmpty()) {
      int v = q.poll();
      int s = forward ? net.outLinkStart(v) : net.inLinkStart(v);
      int e = forward ? net.outLinkEnd(v) : net.inLinkEnd(v);
      for (int p = s; p < e; p++) {
        int l = forward ? net.outLinkAt(p) : net.inLinkAt(p);
        if (!net.allowsMode(l, modeBit)) {
          continue;
        }
        int w = forward ? net.toNode(l) : net.fromNode(l);
        if (!seen[w]) {
          seen[w] = true;
          count++;
          q.add(w);
        }
      }
    }
    return count;
  }
}
