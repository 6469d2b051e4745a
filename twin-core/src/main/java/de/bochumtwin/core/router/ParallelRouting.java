package de.bochumtwin.core.router;

import de.bochumtwin.core.population.Person;
import de.bochumtwin.core.population.Plan;
import de.bochumtwin.core.population.Population;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Routes the selected plan of every person on a fixed-size thread pool.
 *
 * <p>Persons are cut into fixed chunks of {@code chunkSize} consecutive indices; each of the N worker
 * threads creates one {@link PlanRouter} (and thereby one query object per mode) and takes chunks until
 * none are left. A person's route depends only on its plan and the shared, immutable travel times and
 * landmarks, never on which thread or query object routes it, so the result is identical for every
 * thread count. Failures are deterministic too: all persons are routed, and the failure of the lowest
 * person index is thrown (later ones attached as suppressed, at most 10).
 */
public final class ParallelRouting {
  /** Persons per work unit: small enough to balance 2-16 threads, large enough to be cheap to hand out. */
  public static final int DEFAULT_CHUNK_SIZE = 64;
  private static final int MAX_SUPPRESSED = 10;

  private ParallelRouting() {}

  /** The routed selected plans, index = person index; persons are not changed. */
  public static Plan[] routeSelectedPlans(Population population, int threads, Supplier<PlanRouter> routerPerThread) {
    return routeSelectedPlans(population, threads, DEFAULT_CHUNK_SIZE, routerPerThread);
  }

  public static Plan[] routeSelectedPlans(Population population, int threads, int chunkSize,
      Supplier<PlanRouter> routerPerThread) {
    if (threads < 1) {
      throw new IllegalArgumentException("routing threads must be >= 1, got " + threads);
    }
    if (chunkSize < 1) {
      throw new IllegalArgumentException("routing chunk size must be >= 1, got " + chunkSize);
    }
    int n = population.size();
    Plan[] out = new Plan[n];
    RuntimeException[] failures = new RuntimeException[n];
    int chunks = (n + chunkSize - 1) / chunkSize;
    AtomicInteger nextChunk = new AtomicInteger();
    Runnable worker = () -> {
      PlanRouter router = routerPerThread.get();
      for (int c = nextChunk.getAndIncrement(); c < chunks; c = nextChunk.getAndIncrement()) {
        int end = Math.min(n, (c + 1) * chunkSize);
        for (int i = c * chunkSize; i < end; i++) {
          Person p = population.get(i);
          try {
            out[i] = router.route(p);
          } catch (RuntimeException e) {
            failures[i] = e;
          }
        }
      }
    };
    AtomicInteger threadNumber = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "router-" + threadNumber.getAndIncrement());
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        futures.add(pool.submit(worker));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("routing was interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException("a routing thread failed: " + cause, cause);
    } finally {
      pool.shutdownNow();
    }
    throwFirstFailure(failures);
    return out;
  }

  /** Routes every selected plan and replaces it in its person (same plan index, selection unchanged). */
  public static void routeAndReplaceSelectedPlans(Population population, int threads, Supplier<PlanRouter> routerPerThread) {
    Plan[] plans = routeSelectedPlans(population, threads, routerPerThread);
    for (int i = 0; i < plans.length; i++) {
      Person p = population.get(i);
      p.replacePlan(p.selectedIndex(), plans[i]);
    }
  }

  private static void throwFirstFailure(RuntimeException[] failures) {
    RuntimeException first = null;
    int more = 0;
    for (RuntimeException f : failures) {
      if (f == null) {
        continue;
      }
      if (first == null) {
        first = f;
      } else if (more++ < MAX_SUPPRESSED) {
        first.addSuppressed(f);
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
