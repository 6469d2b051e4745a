package de.bochumtwin.cli.sweep;

import de.bochumtwin.results.sweep.MemberKpis;
import de.bochumtwin.results.sweep.SweepCollector;
import de.bochumtwin.results.sweep.SweepMember;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The sweep operations behind {@code twin sweep run|resume|status|collect} on a plan folder. Finished
 * members (completion marker present) are never run again by any of them.
 */
public final class Sweeps {
  /** Where members run. */
  public enum Backend { local, slurm }

  static final String BACKEND_FILE = "backend";

  private Sweeps() {}

  /** Members without a completion marker, ascending. */
  static List<Integer> unfinished(Path dir, SweepPlan plan) {
    List<Integer> out = new ArrayList<>();
    for (SweepPlan.Member m : plan.members) {
      if (!MemberKpis.isFinished(SweepPlan.runDir(dir, m.member()))) {
        out.add(m.member());
      }
    }
    return out;
  }

  /**
   * Starts every member of a freshly planned sweep. Local: runs them, then collects; returns 0 when all
   * finished, 1 otherwise. SLURM: submits the array and the collect job and returns 0 at once.
   */
  public static int run(Path dir, Backend backend, int parallel, double memoryGb, PrintStream out) {
    SweepPlan plan = SweepPlan.read(dir);
    if (Files.exists(dir.resolve("runs")) || Files.exists(dir.resolve(SlurmBackend.JOBS))) {
      throw new IllegalArgumentException(dir + " was already started (runs/ or jobs.csv exists); use twin sweep resume "
          + dir + " to run only the unfinished members");
    }
    return start(dir, plan, unfinished(dir, plan), backend, parallel, memoryGb, out);
  }

  /**
   * Runs the members that are not finished (failed, killed or never started) with {@code backend}, or
   * with the backend of the last run when null. Refuses while SLURM jobs of the sweep are still queued.
   */
  public static int resume(Path dir, Backend backend, int parallel, double memoryGb, PrintStream out) {
    SweepPlan plan = SweepPlan.read(dir);
    Backend b = backend != null ? backend : lastBackend(dir);
    if (Files.exists(dir.resolve(SlurmBackend.JOBS))) {
      List<String> queued = SlurmBackend.queued(dir);
      if (!queued.isEmpty()) {
        throw new IllegalArgumentException("jobs of this sweep are still queued or running (" + String.join("; ", queued)
            + "); wait for them (twin sweep status " + dir + ") or scancel them, then resume");
      }
    }
    List<Integer> todo = unfinished(dir, plan);
    if (todo.isEmpty()) {
      out.printf("all %d members are finished; nothing to run%n", plan.members.size());
      return 0;
    }
    out.printf("resuming %d of %d members: %s%n", todo.size(), plan.members.size(), SlurmBackend.arrayList(todo));
    return start(dir, plan, todo, b, parallel, memoryGb, out);
  }

  private static int start(Path dir, SweepPlan plan, List<Integer> todo, Backend backend, int parallel, double memoryGb,
      PrintStream out) {
    try {
      Files.createDirectories(dir.resolve("runs"));
      Files.writeString(dir.resolve(BACKEND_FILE), backend.name() + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (backend == Backend.slurm) {
      SlurmBackend.submit(dir, plan, todo, out);
      return 0;
    }
    LocalBackend.Result r = LocalBackend.run(dir, plan, todo, parallel, memoryGb, out);
    collect(dir, 0, out);
    if (!r.failed().isEmpty()) {
      out.printf("%d member(s) failed: %s; fix the cause (logs/member-N.out) and run twin sweep resume %s%n",
          r.failed().size(), SlurmBackend.arrayList(r.failed()), dir);
      return 1;
    }
    return 0;
  }

  private static Backend lastBackend(Path dir) {
    try {
      Path f = dir.resolve(BACKEND_FILE);
      return Files.isRegularFile(f) ? Backend.valueOf(Files.readString(f).trim()) : Backend.local;
    } catch (IOException | IllegalArgumentException e) {
      return Backend.local;
    }
  }

  /** Collects the finished members into {@code collect/}; the reference point is compared with every other. */
  public static SweepCollector.Result collect(Path dir, int reference, PrintStream out) {
    SweepPlan plan = SweepPlan.read(dir);
    if (reference < 0 || reference >= plan.points) {
      throw new IllegalArgumentException("--reference must be a point 0.." + (plan.points - 1) + ", got " + reference);
    }
    List<SweepMember> members = plan.members.stream().map(SweepPlan.Member::forCollect).toList();
    SweepCollector.Result r = SweepCollector.collect(dir.resolve("runs"), dir.resolve("collect"), members, plan.columns, reference);
    out.printf(Locale.ROOT, "collected %d of %d members (%d points): %d KPI rows, %d link rows, %d differences to point %d in %s%n",
        r.finished(), plan.members.size(), r.points(), r.kpiRows(), r.linkRows(), r.diffRows(), reference,
        dir.resolve("collect").toAbsolutePath());
    if (!r.unfinished().isEmpty()) {
      out.println("not finished (left out): members " + SlurmBackend.arrayList(r.unfinished())
          + "; twin sweep resume " + dir + " runs them");
    }
    return r;
  }

  /** Prints finished / failed / not started members and, for SLURM, the queued jobs; returns the unfinished count. */
  public static int status(Path dir, PrintStream out) {
    SweepPlan plan = SweepPlan.read(dir);
    List<Integer> todo = unfinished(dir, plan);
    List<Integer> failed = new ArrayList<>();
    List<Integer> notStarted = new ArrayList<>();
    for (int n : todo) {
      (Files.exists(SweepPlan.logFile(dir, n)) ? failed : notStarted).add(n);
    }
    List<String> queued = Files.exists(dir.resolve(SlurmBackend.JOBS)) ? SlurmBackend.queued(dir) : List.of();
    out.printf("sweep '%s': %d members, %d points, %d finished%n", plan.name, plan.members.size(), plan.points,
        plan.members.size() - todo.size());
    if (!queued.isEmpty()) {
      out.println("queued or running (squeue): " + String.join("; ", queued));
    }
    if (!failed.isEmpty()) {
      out.println((queued.isEmpty() ? "failed or killed: " : "started, not finished: ") + SlurmBackend.arrayList(failed)
          + " (logs/member-N.out)");
    }
    if (!notStarted.isEmpty()) {
      out.println("not started: " + SlurmBackend.arrayList(notStarted));
    }
    if (Files.isDirectory(dir.resolve("collect"))) {
      out.println("collected: " + dir.resolve("collect").toAbsolutePath());
    }
    return todo.size();
  }
}
