package de.bochumtwin.cli.sweep;

import de.bochumtwin.results.sweep.MemberKpis;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Runs one member inside the current JVM (the body of a SLURM array task or a local child JVM): a
 * finished member (completion marker present) is left alone; otherwise leftovers of an earlier attempt
 * are removed, {@code twin run} writes {@code runs/member=<n>/}, the member's {@code kpis.parquet} is
 * added, and the marker is written last.
 */
public final class MemberRunner {
  private MemberRunner() {}

  /**
   * @param twin runs a twin command line and returns its exit code
   * @return the exit code: 0 when the member is finished
   */
  public static int run(Path dir, int n, ToIntFunction<String[]> twin, PrintStream log) {
    SweepPlan plan = SweepPlan.read(dir);
    SweepPlan.Member m = plan.member(n);
    Path runDir = SweepPlan.runDir(dir, n);
    if (MemberKpis.isFinished(runDir)) {
      log.println("member " + n + " is already finished (" + runDir.resolve(MemberKpis.MARKER) + "); not run again");
      return 0;
    }
    removeLeftovers(runDir);
    List<String> args = plan.runArgs(dir, m);
    log.println("member " + n + " (point " + m.point() + ", seed " + m.seed() + "): twin " + String.join(" ", args));
    long t0 = System.nanoTime();
    int code = twin.applyAsInt(args.toArray(new String[0]));
    if (code != 0) {
      log.println("member " + n + " failed with exit code " + code);
      return code;
    }
    MemberKpis.write(runDir, m.point(), m.seed());
    MemberKpis.markFinished(runDir, "member " + n + " point " + m.point() + " seed " + m.seed() + " finished "
        + Instant.now() + " after " + Math.round((System.nanoTime() - t0) / 1e6) + " ms\n");
    log.println("member " + n + " finished");
    return 0;
  }

  /** Deletes an unfinished member folder and hidden temporary folders of killed attempts. */
  private static void removeLeftovers(Path runDir) {
    try {
      deleteTree(runDir);
      Path runs = runDir.getParent();
      if (Files.isDirectory(runs)) {
        String prefix = "." + runDir.getFileName() + ".tmp-";
        try (var s = Files.list(runs)) {
          for (Path p : s.filter(p -> p.getFileName().toString().startsWith(prefix)).toList()) {
            deleteTree(p);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove the unfinished outputs in " + runDir + ": " + e.getMessage(), e);
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
