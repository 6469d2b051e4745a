package de.bochumtwin.cli.sweep;

import de.bochumtwin.results.sweep.MemberKpis;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs members on this machine, each in its own JVM ({@code twin sweep member DIR N}), at most
 * {@code min(parallel, floor(memory budget / member memory))} at a time (at least one). Each member's
 * stdout and stderr go to {@code logs/member-<n>.out}, as on SLURM.
 */
final class LocalBackend {
  private LocalBackend() {}

  /** Members that ran, members that failed (sorted), and the concurrency used. */
  record Result(List<Integer> ran, List<Integer> failed, int slots) {}

  /** Concurrent members; {@code parallel} 0 means cores / member cpus. */
  static int slots(SweepPlan plan, int parallel, double memoryGb) {
    if (parallel <= 0) {
      parallel = Math.max(1, Runtime.getRuntime().availableProcessors() / plan.resources.cpus());
    }
    int byMemory = (int) Math.floor(memoryGb / plan.resources.mem_gb());
    return Math.max(1, Math.min(parallel, byMemory));
  }

  static Result run(Path dir, SweepPlan plan, List<Integer> todo, int parallel, double memoryGb, PrintStream out) {
    int slots = slots(plan, parallel, memoryGb);
    out.printf("local: %d member(s), %d at a time (%s GB each, budget %s GB)%n", todo.size(), slots,
        SweepPlan.num(plan.resources.mem_gb()), SweepPlan.num(Math.rint(memoryGb * 10) / 10));
    try {
      Files.createDirectories(dir.resolve("logs"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Integer> failed = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(slots);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int n : todo) {
        futures.add(pool.submit(() -> {
          int code = runChild(dir, plan, n);
          if (code != 0 || !MemberKpis.isFinished(SweepPlan.runDir(dir, n))) {
            failed.add(n);
            out.printf("member %d failed (exit code %d); see %s%n", n, code, SweepPlan.logFile(dir, n));
          } else {
            out.printf("member %d finished%n", n);
          }
          return null;
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while members were running", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("a member could not be started: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
    List<Integer> f = new ArrayList<>(failed);
    Collections.sort(f);
    return new Result(todo, f, slots);
  }

  private static int runChild(Path dir, SweepPlan plan, int n) throws IOException, InterruptedException {
    List<String> cmd = ChildJvm.command(plan.resources.heapMb(),
        List.of("sweep", "member", dir.toAbsolutePath().toString(), Integer.toString(n)));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(SweepPlan.logFile(dir, n).toFile()).start();
    try {
      return p.waitFor();
    } catch (InterruptedException e) {
      p.destroyForcibly();
      throw e;
    }
  }
}
