package de.bochumtwin.core.assignment;

import java.util.Arrays;

/**
 * Path-based gradient projection (Jayakrishnan, Tsai, Prashker and Rajadhyaksha 1994) with
 * Gauss-Seidel updates over OD pairs.
 *
 * <p>Each iteration first measures the relative gap of the current flows (one shortest-path search
 * per origin, in parallel). When all these trees fit in memory ({@link #MAX_STORED_TREE_INTS}), they
 * are kept and supply the new paths; otherwise the trees are recomputed at the current costs per
 * block of {@link #TREE_BLOCK} origins. Each pair then gets its shortest path added if new, and is
 * equilibrates the pair: every non-shortest path {@code k} gives
 * {@code min(f_k, (c_k - c_min) / sum_{a in k xor basic} c'_a)} to the cheapest path (a Newton step
 * on the pair's sub-problem). Link flows, costs and derivatives are updated right after each pair,
 * so the next pair sees them. Further passes re-equilibrate the existing path sets without new
 * searches (several times cheaper than a round of shortest paths, and most of the convergence near
 * equilibrium comes from them) until a pass moves less than {@link #INNER_STOP_RATIO} of the flow the
 * first pass moved, at most {@link #MAX_INNER_PASSES} times.
 * Paths whose flow drops to 0 are removed. Block boundaries do not depend on the thread count, so
 * results are identical for any number of threads.
 */
final class GradientProjectionSolver {
  static final int TREE_BLOCK = 64;
  /** Keep all origins' trees of an iteration when they fit in this many ints (64 MB). */
  static final long MAX_STORED_TREE_INTS = 16_000_000L;
  /** At most this many re-equilibration passes per iteration. */
  static final int MAX_INNER_PASSES = 10;
  /** Inner passes stop once a pass moves less than this share of the column-generation pass's flow. */
  static final double INNER_STOP_RATIO = 0.1;

  private final AssignmentNetwork net;
  private final AssignmentSettings settings;
  private final AssignmentListener listener;
  private final double[] x;
  private final double[] cost;
  private final double[] deriv;
  private final int[] mark;
  private int stamp;
  private final int[] buffer;
  private double[] delta = new double[8];
  // per OD pair (OdMatrix pair index): its paths and their flows
  private int[][][] paths;
  private double[][] flows;
  private int[] count;

  GradientProjectionSolver(AssignmentNetwork net, AssignmentSettings settings, AssignmentListener listener) {
    this.net = net;
    this.settings = settings;
    this.listener = listener;
    int l = net.linkCount();
    this.x = new double[l];
    this.cost = new double[l];
    this.deriv = new double[l];
    this.mark = new int[l];
    this.buffer = new int[net.nodeCount()];
  }

  AssignmentResult solve(OdMatrix od) {
    long t0 = System.nanoTime();
    int pairs = od.pairCount();
    paths = new int[pairs][][];
    flows = new double[pairs][];
    count = new int[pairs];
    ConvergenceHistory history = new ConvergenceHistory();
    boolean converged = false;
    try (OriginWorkers workers = new OriginWorkers(net, od, settings.threads())) {
      int[] origins = workers.origins();
      boolean storeAll = (long) origins.length * net.nodeCount() <= MAX_STORED_TREE_INTS;
      int[][] pred = new int[storeAll ? Math.max(1, origins.length) : Math.min(TREE_BLOCK, origins.length)][net.nodeCount()];
      net.costs(x, cost);
      StaticAssignment.requireNonNegative(net, cost);
      for (int k = 0; ; k++) {
        if (k > 0) {
          rebuildLinkFlows(pairs);
        }
        refreshCosts();
        double sptt = storeAll ? workers.trees(0, origins.length, cost, pred) : workers.shortestPathCost(cost);
        double tstt = 0;
        for (int a = 0; a < x.length; a++) {
          tstt += x[a] * cost[a];
        }
        if (k > 0) {
          double gap = StaticAssignment.relativeGap(tstt, sptt);
          double obj = net.objective(x);
          history.add(gap, obj, (System.nanoTime() - t0) * 1e-9);
          listener.iterationDone(k - 1, gap, obj);
          if (gap <= settings.targetGap()) {
            converged = true;
            break;
          }
          if (k - 1 == settings.maxIterations()) {
            break;
          }
        }
        double moved = 0;
        for (int first = 0; first < origins.length; first += TREE_BLOCK) {
          int n = Math.min(TREE_BLOCK, origins.length - first);
          if (!storeAll) {
            workers.trees(first, n, cost, pred);
          }
          for (int i = 0; i < n; i++) {
            int o = origins[first + i];
            int[] tree = pred[storeAll ? first + i : i];
            for (int p = od.start(o), e = od.end(o); p < e; p++) {
              addPath(p, tree, net.zoneNode(o), net.zoneNode(od.destination(p)), od.volume(p));
              moved += equilibrate(p);
            }
          }
        }
        if (k > 0) {
          for (int pass = 0; pass < MAX_INNER_PASSES; pass++) {
            double m = 0;
            for (int p = 0; p < pairs; p++) {
              m += equilibrate(p);
            }
            if (!(m >= INNER_STOP_RATIO * moved)) {
              break;
            }
          }
        }
      }
    }
    return new AssignmentResult(net, settings, x, history, converged, pathSet(pairs));
  }

  /**
   * Adds the tree path to {@code pair} unless present. The very first path of a pair gets the whole
   * volume (all-or-nothing start) and its links are loaded.
   */
  private void addPath(int pair, int[] predLink, int originNode, int destNode, double volume) {
    int len = 0;
    for (int v = destNode; v != originNode; ) {
      int a = predLink[v];
      buffer[len++] = a;
      v = net.from(a);
    }
    int c = count[pair];
    int[][] ps = paths[pair];
    for (int k = 0; k < c; k++) {
      if (samePath(ps[k], len)) {
        return;
      }
    }
    int[] path = new int[len];
    for (int i = 0; i < len; i++) {
      path[i] = buffer[len - 1 - i];
    }
    if (ps == null) {
      paths[pair] = new int[2][];
      flows[pair] = new double[2];
    } else if (c == ps.length) {
      paths[pair] = Arrays.copyOf(ps, c * 2);
      flows[pair] = Arrays.copyOf(flows[pair], c * 2);
    }
    paths[pair][c] = path;
    flows[pair][c] = c == 0 ? volume : 0;
    count[pair] = c + 1;
    if (c == 0) {
      for (int a : path) {
        x[a] += volume;
        refresh(a);
      }
    }
  }

  /** Whether {@code path} equals the reversed {@code buffer[0..len-1]}. */
  private boolean samePath(int[] path, int len) {
    if (path.length != len) {
      return false;
    }
    for (int i = 0; i < len; i++) {
      if (path[i] != buffer[len - 1 - i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * One projected Newton step moving flow of {@code pair} onto its currently cheapest path; returns
   * the flow moved.
   */
  private double equilibrate(int pair) {
    int c = count[pair];
    if (c < 2) {
      return 0;
    }
    int[][] ps = paths[pair];
    double[] f = flows[pair];
    if (delta.length < c) {
      delta = new double[c * 2];
    }
    int basic = 0;
    double best = Double.POSITIVE_INFINITY;
    for (int k = 0; k < c; k++) {
      double pc = 0;
      for (int a : ps[k]) {
        pc += cost[a];
      }
      delta[k] = pc;
      if (pc < best) {
        best = pc;
        basic = k;
      }
    }
    stamp++;
    double basicDeriv = 0;
    for (int a : ps[basic]) {
      mark[a] = stamp;
      basicDeriv += deriv[a];
    }
    boolean moved = false;
    for (int k = 0; k < c; k++) {
      double excess = delta[k] - best;
      if (k == basic || !(excess > 0) || f[k] <= 0) {
        delta[k] = 0;
        continue;
      }
      double own = 0;
      double common = 0;
      for (int a : ps[k]) {
        if (mark[a] == stamp) {
          common += deriv[a];
        } else {
          own += deriv[a];
        }
      }
      double s = own + basicDeriv - common;
      double shift = s > 0 ? Math.min(f[k], excess / s) : f[k];
      delta[k] = shift;
      moved |= shift > 0;
    }
    if (!moved) {
      return 0;
    }
    double total = 0;
    for (int k = 0; k < c; k++) {
      double d = delta[k];
      if (d > 0) {
        f[k] = d == f[k] ? 0 : f[k] - d;
        total += d;
        for (int a : ps[k]) {
          x[a] -= d;
          refresh(a);
        }
      }
    }
    f[basic] += total;
    for (int a : ps[basic]) {
      x[a] += total;
      refresh(a);
    }
    // drop emptied paths, keeping the order of the others
    int m = 0;
    for (int k = 0; k < c; k++) {
      if (f[k] > 0) {
        ps[m] = ps[k];
        f[m] = f[k];
        m++;
      }
    }
    for (int k = m; k < c; k++) {
      ps[k] = null;
      f[k] = 0;
    }
    count[pair] = m;
    return total;
  }

  private void refresh(int a) {
    cost[a] = net.cost(a, x[a]);
    deriv[a] = net.costDerivative(a, x[a]);
  }

  private void refreshCosts() {
    for (int a = 0; a < x.length; a++) {
      refresh(a);
    }
  }

  /** Recomputes link flows as sums of path flows (in pair order) so round-off cannot accumulate. */
  private void rebuildLinkFlows(int pairs) {
    Arrays.fill(x, 0);
    for (int p = 0; p < pairs; p++) {
      for (int k = 0; k < count[p]; k++) {
        double fl = flows[p][k];
        for (int a : paths[p][k]) {
          x[a] += fl;
        }
      }
    }
  }

  private PathSet pathSet(int pairs) {
    int[] pairStart = new int[pairs + 1];
    int total = 0;
    int linkTotal = 0;
    for (int p = 0; p < pairs; p++) {
      total += count[p];
      pairStart[p + 1] = total;
      for (int k = 0; k < count[p]; k++) {
        linkTotal += paths[p][k].length;
      }
    }
    int[] pathStart = new int[total + 1];
    int[] links = new int[linkTotal];
    double[] fl = new double[total];
    int q = 0;
    int w = 0;
    for (int p = 0; p < pairs; p++) {
      for (int k = 0; k < count[p]; k++) {
        int[] path = paths[p][k];
        System.arraycopy(path, 0, links, w, path.length);
        w += path.length;
        fl[q] = flows[p][k];
        pathStart[++q] = w;
      }
    }
    return new PathSet(pairStart, pathStart, links, fl);
  }
}
