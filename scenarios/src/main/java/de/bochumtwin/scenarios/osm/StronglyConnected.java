package de.bochumtwin.scenarios.osm;

import java.util.Arrays;

/**
 * Largest strongly connected component of a directed graph given as edge lists, by an iterative
 * Tarjan algorithm (no recursion, so a 100 km motorway chain cannot overflow the stack). O(V + E)
 * time, a handful of {@code int[]} of size V and E.
 */
final class StronglyConnected {
  private StronglyConnected() {}

  /**
   * Marks the nodes of the largest strongly connected component (by node count; ties go to the
   * component found first, which is deterministic for a given edge order).
   *
   * @param nodeCount number of nodes; node indices are {@code 0..nodeCount)}
   * @param from edge tails, {@code from[0..edgeCount)}
   * @param to edge heads
   * @return {@code inLargest[node]}; nodes without edges are never in it
   */
  static boolean[] largest(int nodeCount, int[] from, int[] to, int edgeCount) {
    int[] start = new int[nodeCount + 1];
    for (int e = 0; e < edgeCount; e++) {
      start[from[e] + 1]++;
    }
    for (int v = 0; v < nodeCount; v++) {
      start[v + 1] += start[v];
    }
    int[] adj = new int[edgeCount];
    int[] fill = Arrays.copyOf(start, nodeCount);
    for (int e = 0; e < edgeCount; e++) {
      adj[fill[from[e]]++] = to[e];
    }
    int[] index = new int[nodeCount];
    Arrays.fill(index, -1);
    int[] low = new int[nodeCount];
    int[] component = new int[nodeCount];
    boolean[] onStack = new boolean[nodeCount];
    int[] stack = new int[nodeCount];
    int sp = 0;
    int[] callNode = new int[nodeCount];
    int[] callEdge = new int[nodeCount];
    int next = 0;
    int components = 0;
    int bestComponent = -1;
    int bestSize = 0;
    for (int root = 0; root < nodeCount; root++) {
      if (index[root] >= 0 || start[root] == start[root + 1]) {
        continue;
      }
      int depth = 0;
      callNode[0] = root;
      callEdge[0] = start[root];
      index[root] = low[root] = next++;
      stack[sp++] = root;
      onStack[root] = true;
      while (depth >= 0) {
        int v = callNode[depth];
        if (callEdge[depth] < start[v + 1]) {
          int w = adj[callEdge[depth]++];
          if (index[w] < 0) {
            index[w] = low[w] = next++;
            stack[sp++] = w;
            onStack[w] = true;
            depth++;
            callNode[depth] = w;
            callEdge[depth] = start[w];
          } else if (onStack[w]) {
            low[v] = Math.min(low[v], index[w]);
          }
        } else {
          if (low[v] == index[v]) {
            int size = 0;
            int w;
            do {
              w = stack[--sp];
              onStack[w] = false;
              component[w] = components;
              size++;
            } while (w != v);
            if (size > bestSize) {
              bestSize = size;
              bestComponent = components;
            }
            components++;
          }
          depth--;
          if (depth >= 0) {
            int parent = callNode[depth];
            low[parent] = Math.min(low[parent], low[v]);
          }
        }
      }
    }
    boolean[] in = new boolean[nodeCount];
    if (bestSize > 1) {
      for (int v = 0; v < nodeCount; v++) {
        in[v] = index[v] >= 0 && component[v] == bestComponent;
      }
    }
    return in;
  }
}
