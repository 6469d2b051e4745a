package de.bochumtwin.cli;

import de.bochumtwin.cli.sweep.MemberRunner;
import de.bochumtwin.cli.sweep.SweepPlanner;
import de.bochumtwin.cli.sweep.Sweeps;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code twin sweep}: parameter sweeps and ensembles on this machine or on SLURM (docs/sweeps.md). */
@Command(name = "sweep", mixinStandardHelpOptions = true,
    description = "Parameter sweeps and seed ensembles: plan, run (local or SLURM), resume, status, collect.",
    subcommands = {SweepCommand.Plan.class, SweepCommand.Run.class, SweepCommand.Resume.class, SweepCommand.Status.class,
        SweepCommand.Collect.class, SweepCommand.Member.class})
final class SweepCommand implements Runnable {
  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  private static Path sweepDir(Path dir) {
    if (!Files.isRegularFile(dir.resolve("plan.properties"))) {
      throw new UsageException(dir + " is not a sweep folder (no plan.properties); create one with twin sweep plan FILE --out " + dir);
    }
    return dir;
  }

  @Command(name = "plan", mixinStandardHelpOptions = true,
      description = "Expand a sweep file into numbered members (members.csv, members.parquet, scenarios/).")
  static final class Plan implements Callable<Integer> {
    @Parameters(paramLabel = "FILE.yaml", description = "Sweep file (docs/sweeps.md).")
    Path file;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Sweep folder (must not exist or be empty).")
    Path out;

    @Override
    public Integer call() {
      if (!Files.isRegularFile(file)) {
        throw new UsageException(file + ": file not found; check the path");
      }
      if (Files.exists(out) && !(Files.isDirectory(out) && empty(out))) {
        throw new UsageException("--out " + out + " exists and is not empty; choose a new folder for the sweep");
      }
      SweepPlanner.Summary s = SweepPlanner.plan(file, out);
      System.out.printf("sweep '%s': %d points x seeds = %d members, parameters %s; plan in %s (members.csv)%n", s.name(),
          s.points(), s.members(), s.parameters(), out.toAbsolutePath());
      return ExitCodes.OK;
    }
  }

  @Command(name = "run", mixinStandardHelpOptions = true, description = "Run every member of a planned sweep.")
  static final class Run implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "Sweep folder written by twin sweep plan.")
    Path dir;

    @Option(names = "--backend", defaultValue = "local", description = "local (default) or slurm.")
    Sweeps.Backend backend;

    @Option(names = "--parallel", paramLabel = "N", description = "local: at most N members at once (default: cores / member cpus).")
    Integer parallel;

    @Option(names = "--memory-gb", paramLabel = "GB", description = "local: memory budget for all members together (default: 75 % of RAM).")
    Double memoryGb;

    @Override
    public Integer call() {
      return Sweeps.run(sweepDir(dir), backend, parallel(parallel), memory(memoryGb), System.out);
    }
  }

  @Command(name = "resume", mixinStandardHelpOptions = true,
      description = "Run only the members that are not finished (failed, killed, never started).")
  static final class Resume implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "Sweep folder.")
    Path dir;

    @Option(names = "--backend", description = "local or slurm (default: the backend of the last run).")
    Sweeps.Backend backend;

    @Option(names = "--parallel", paramLabel = "N", description = "local: at most N members at once.")
    Integer parallel;

    @Option(names = "--memory-gb", paramLabel = "GB", description = "local: memory budget for all members together.")
    Double memoryGb;

    @Override
    public Integer call() {
      return Sweeps.resume(sweepDir(dir), backend, parallel(parallel), memory(memoryGb), System.out);
    }
  }

  @Command(name = "status", mixinStandardHelpOptions = true, description = "Finished, failed and queued members.")
  static final class Status implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "Sweep folder.")
    Path dir;

    @Override
    public Integer call() {
      Sweeps.status(sweepDir(dir), System.out);
      return ExitCodes.OK;
    }
  }

  @Command(name = "collect", mixinStandardHelpOptions = true,
      description = "Statistics across seeds per point and KPI/link, differences to a reference point, charts.")
  static final class Collect implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "Sweep folder.")
    Path dir;

    @Option(names = "--reference", paramLabel = "POINT", defaultValue = "0",
        description = "Point every other point is compared with (default ${DEFAULT-VALUE}).")
    int reference;

    @Override
    public Integer call() {
      Sweeps.collect(sweepDir(dir), reference, System.out);
      return ExitCodes.OK;
    }
  }

  @Command(name = "member", hidden = true, description = "Run one member (used by the backends).")
  static final class Member implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR")
    Path dir;

    @Parameters(index = "1", paramLabel = "N")
    int member;

    @Override
    public Integer call() {
      return MemberRunner.run(sweepDir(dir), member, TwinCommand::execute, System.out);
    }
  }

  private static boolean empty(Path dir) {
    try (var s = Files.list(dir)) {
      return s.findAny().isEmpty();
    } catch (java.io.IOException e) {
      return false;
    }
  }

  private static int parallel(Integer p) {
    if (p != null && p < 1) {
      throw new UsageException("--parallel must be >= 1, got " + p);
    }
    return p != null ? p : 0; // 0: cores / member cpus, decided with the plan
  }

  private static double memory(Double gb) {
    if (gb != null && !(gb > 0)) {
      throw new UsageException("--memory-gb must be > 0, got " + gb);
    }
    if (gb != null) {
      return gb;
    }
    var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
      return 0.75 * sun.getTotalMemorySize() / (1024.0 * 1024 * 1024);
    }
    return 4;
  }
}
