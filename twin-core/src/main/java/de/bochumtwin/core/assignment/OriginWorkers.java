package de.bochumtwin.core.assignment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs shortest-path searches for many origins on a fixed thread pool, one task per block of
 * origins, and reduces the partial results in block order.
 *
 * <p>Why blocks: the block partition depends only on the number of origins ({@link #BLOCKS} blocks
 * at most), never on the thread count, and partial link-flow vectors are summed in block order, so
 * the floating-point result is bit-identical for 1 or 64 threads. Networks with up to
 * {@link #BLOCKS} origins (Sioux Falls has 24) get exactly one origin per task.
 */
final class OriginWorkers implements AutoCloseable {
  /** Upper bound on blocks; 64 blocks keep both cores busy and cost 64 link vectors of memory. */
  static final int BLOCKS = 64;

  private final AssignmentNetwork net;
  private final OdMatrix od;
  private final int[] origins;
  private final int blockSize;
  private final int blockCount;
  private final ExecutorService pool;
  private final ConcurrentLinkedQueue<ShortestPathTree> trees = new ConcurrentLinkedQueue<>();
  private final double[][] blockFlow;
  private final double[] blockSptt;

  OriginWorkers(AssignmentNetwork net, OdMatrix od, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    if (od.zoneCount() != net.zoneCount()) {
      throw new IllegalArgumentException("the demand has " + od.zoneCount() + " zones but the network has "
          + net.zoneCount() + "; use a trips file made for this network");
    }
    this.net = net;
    this.od = od;
    int[] o = new int[od.zoneCount()];
    int m = 0;
    for (int z = 0; z < od.zoneCount(); z++) {
      if (od.end(z) > od.start(z)) {
        o[m++] = z;
      }
    }
    this.origins = Arrays.copyOf(o, m);
    this.blockSize = Math.max(1, (m + BLOCKS - 1) / BLOCKS);
    this.blockCount = (m + blockSize - 1) / blockSize;
    this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "assignment-sp");
      t.setDaemon(true);
      return t;
    });
    this.blockFlow = new double[blockCount][];
    this.blockSptt = new double[blockCount];
  }

  /** Origins (zone indices) that have demand, ascending. */
  int[] origins() {
    return origins;
  }

  /**
   * All-or-nothing assignment under {@code cost}: fills {@code flow} (overwritten) and returns the
   * shortest-path total cost SPTT.
   */
  double allOrNothing(double[] cost, double[] flow) {
    int l = net.linkCount();
    parallel(blockCount, (b, tree) -> {
      double[] f = blockFlow[b];
      if (f == null) {
        f = new double[l];
        blockFlow[b] = f;
      } else {
        Arrays.fill(f, 0);
      }
      double s = 0;
      for (int i = b * blockSize, e = Math.min(origins.length, i + blockSize); i < e; i++) {
        int o = origins[i];
        tree.compute(net.zoneNode(o), cost);
        s += tree.loadAllOrNothing(od, o, f);
      }
      blockSptt[b] = s;
    });
    Arrays.fill(flow, 0);
    double sptt = 0;
    for (int b = 0; b < blockCount; b++) {
      double[] f = blockFlow[b];
      for (int a = 0; a < l; a++) {
        flow[a] += f[a];
      }
      sptt += blockSptt[b];
    }
    return sptt;
  }

  /** Shortest-path total cost SPTT under {@code cost}, without loading flows. */
  double shortestPathCost(double[] cost) {
    parallel(blockCount, (b, tree) -> {
      double s = 0;
      for (int i = b * blockSize, e = Math.min(origins.length, i + blockSize); i < e; i++) {
        int o = origins[i];
        tree.compute(net.zoneNode(o), cost);
        s += tree.shortestPathCost(od, o);
      }
      blockSptt[b] = s;
    });
    double sptt = 0;
    for (int b = 0; b < blockCount; b++) {
      sptt += blockSptt[b];
    }
    return sptt;
  }

  /**
   * Shortest-path trees for {@code origins[first .. first+count-1]} under {@code cost}, one task per
   * origin; {@code predOut[i]} receives the predecessor links of origin {@code first+i}. Returns the
   * SPTT of these origins, summed in origin order.
   */
  double trees(int first, int count, double[] cost, int[][] predOut) {
    double[] sptt = new double[count];
    parallel(count, (i, tree) -> {
      int o = origins[first + i];
      tree.compute(net.zoneNode(o), cost);
      System.arraycopy(tree.predLink, 0, predOut[i], 0, predOut[i].length);
      sptt[i] = tree.shortestPathCost(od, o);
    });
    double s = 0;
    for (double v : sptt) {
      s += v;
    }
    return s;
  }

  interface Task {
    void run(int index, ShortestPathTree tree);
  }

  private void parallel(int n, Task task) {
    if (pool == null || n == 1) {
      ShortestPathTree tree = borrow();
      for (int i = 0; i < n; i++) {
        task.run(i, tree);
      }
      trees.add(tree);
      return;
    }
    List<Future<?>> futures = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int index = i;
      futures.add(pool.submit(() -> {
        ShortestPathTree tree = borrow();
        try {
          task.run(index, tree);
        } finally {
          trees.add(tree);
        }
      }));
    }
    RuntimeException failure = null;
    for (Future<?> f : futures) {
      try {
        f.get();
      } catch (ExecutionException e) {
        if (failure == null) {
          failure = e.getCause() instanceof RuntimeException ? (RuntimeException) e.getCause()
              : new IllegalStateException(e.getCause());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("assignment interrupted", e);
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  private ShortestPathTree borrow() {
    ShortestPathTree t = trees.poll();
    return t != null ? t : new ShortestPathTree(net);
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}
