package de.bochumtwin.scenarios.bochum;

import de.bochumtwin.core.network.Network;
import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * Kosaraju's strongly connected components over the links that allow a mode, iterative (no
 * recursion): a forward DFS records finishing order, a DFS on the reversed graph in reverse finishing
 * order labels the components.
 */
final class StrongComponents {
  private StrongComponents() {}

  /** Component label per node (-1 for nodes without any link of the mode); labels count from 0. */
  static int[] label(Network net, String mode) {
    int bit = net.modes().bit(mode);
    int n = net.nodeCount();
    boolean[] seen = new boolean[n];
    int[] order = new int[n];
    int orderSize = 0;
    int[] pos = new int[n];
    ArrayDeque<Integer> stack = new ArrayDeque<>();
    for (int s = 0; s < n; s++) {
      if (seen[s]) {
        continue;
      }
      seen[s] = true;
      stack.push(s);
      pos[s] = net.outLinkStart(s);
      while (!stack.isEmpty()) {
        int v = stack.peek();
        if (pos[v] < net.outLinkEnd(v)) {
          int l = net.outLinkAt(pos[v]++);
          int w = net.toNode(l);
          if (net.allowsMode(l, bit) && !seen[w]) {
            seen[w] = true;
            pos[w] = net.outLinkStart(w);
            stack.push(w);
          }
        } else {
          stack.pop();
          order[orderSize++] = v;
        }
      }
    }
    int[] comp = new int[n];
    Arrays.fill(comp, -1);
    int c = 0;
    for (int k = orderSize - 1; k >= 0; k--) {
      int s = order[k];
      if (comp[s] >= 0) {
        continue;
      }
      comp[s] = c;
      stack.push(s);
      while (!stack.isEmpty()) {
        int v = stack.pop();
        for (int p = net.inLinkStart(v); p < net.inLinkEnd(v); p++) {
          int l = net.inLinkAt(p);
          int u = net.fromNode(l);
          if (net.allowsMode(l, bit) && comp[u] < 0) {
            comp[u] = c;
            stack.push(u);
          }
        }
      }
      c++;
    }
    return comp;
  }
}
