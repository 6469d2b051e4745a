package de.bochumtwin.cli.sweep;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * SLURM: writes {@code sweep.sbatch} (an array job, one member per task, resources from the sweep file,
 * a log per task {@code logs/member-%a.out}) and {@code collect.sbatch}, submits the array with
 * {@code sbatch --parsable --array=<members>} and the collect job with
 * {@code --dependency=afterany:<array job>} (it runs when every task has ended, also after failures, and
 * collects what finished). Submissions are appended to {@code jobs.csv}.
 */
final class SlurmBackend {
  static final String SCRIPT = "sweep.sbatch";
  static final String COLLECT_SCRIPT = "collect.sbatch";
  static final String JOBS = "jobs.csv";

  private SlurmBackend() {}

  /** Job ids of one submission. */
  record Submission(String arrayJob, String collectJob, String array) {}

  static String script(Path dir, SweepPlan plan) {
    Path d = dir.toAbsolutePath();
    StringBuilder sb = header(plan, "twin-" + jobName(plan.name), d.resolve("logs").resolve("member-%a.out"), d);
    sb.insert(sb.indexOf("#SBATCH --cpus"), "#SBATCH --array=" + arrayList(range(plan.members.size())) + "\n");
    sb.append("# one member per array task; a finished member (runs/member=N/_SUCCESS) is never run again\n");
    sb.append("exec \"$JAVA\" -Xmx").append(plan.resources.heapMb()).append("m -cp \"$TWIN_CP\" ").append(ChildJvm.MAIN)
        .append(" sweep member ").append(quote(d.toString())).append(" \"$SLURM_ARRAY_TASK_ID\"\n");
    return sb.toString();
  }

  static String collectScript(Path dir, SweepPlan plan) {
    Path d = dir.toAbsolutePath();
    StringBuilder sb = header(plan, "twin-" + jobName(plan.name) + "-collect", d.resolve("logs").resolve("collect-%j.out"), d);
    sb.append("exec \"$JAVA\" -Xmx").append(plan.resources.heapMb()).append("m -cp \"$TWIN_CP\" ").append(ChildJvm.MAIN)
        .append(" sweep collect ").append(quote(d.toString())).append('\n');
    return sb.toString();
  }

  private static StringBuilder header(SweepPlan plan, String job, Path log, Path dir) {
    StringBuilder sb = new StringBuilder("#!/bin/bash\n");
    sb.append("# written by twin sweep run --backend slurm for sweep '").append(plan.name).append("'\n");
    sb.append("#SBATCH --job-name=").append(job).append('\n');
    sb.append("#SBATCH --cpus-per-task=").append(plan.resources.cpus()).append('\n');
    sb.append("#SBATCH --mem=").append(plan.resources.memMb()).append("M\n");
    sb.append("#SBATCH --time=").append(plan.resources.time()).append('\n');
    if (plan.resources.partition() != null) {
      sb.append("#SBATCH --partition=").append(plan.resources.partition()).append('\n');
    }
    sb.append("#SBATCH --chdir=").append(dir).append('\n');
    sb.append("#SBATCH --output=").append(log).append('\n');
    sb.append("set -eu\n");
    sb.append("# override TWIN_JAVA / TWIN_CP when the cluster's nodes see Java or the jar elsewhere\n");
    sb.append("JAVA=\"${TWIN_JAVA:-").append(ChildJvm.java()).append("}\"\n");
    sb.append("TWIN_CP=\"${TWIN_CP:-").append(ChildJvm.classPath()).append("}\"\n");
    return sb;
  }

  /** Writes both scripts, submits the members and the collect job, and records the job ids. */
  static Submission submit(Path dir, SweepPlan plan, List<Integer> members, PrintStream out) {
    try {
      Files.createDirectories(dir.resolve("logs"));
      Files.writeString(dir.resolve(SCRIPT), script(dir, plan), StandardCharsets.UTF_8);
      Files.writeString(dir.resolve(COLLECT_SCRIPT), collectScript(dir, plan), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the sbatch scripts into " + dir + ": " + e.getMessage(), e);
    }
    String array = arrayList(members);
    String job = sbatch(dir, List.of("sbatch", "--parsable", "--array=" + array, dir.resolve(SCRIPT).toAbsolutePath().toString()));
    String collect = sbatch(dir, List.of("sbatch", "--parsable", "--dependency=afterany:" + job,
        dir.resolve(COLLECT_SCRIPT).toAbsolutePath().toString()));
    out.printf("slurm: submitted array job %s (members %s), collect job %s after it%n", job, array, collect);
    try {
      Path jobs = dir.resolve(JOBS);
      if (!Files.exists(jobs)) {
        Files.writeString(jobs, "submitted_utc,array_job,members,collect_job\n", StandardCharsets.UTF_8);
      }
      Files.writeString(jobs, Instant.now() + "," + job + "," + array.replace(',', ' ') + "," + collect + "\n",
          StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Submission(job, collect, array);
  }

  /** Job ids recorded in jobs.csv (array and collect jobs), oldest first. */
  static List<String> recordedJobs(Path dir) {
    List<String> out = new ArrayList<>();
    Path jobs = dir.resolve(JOBS);
    if (!Files.isRegularFile(jobs)) {
      return out;
    }
    try {
      List<String> lines = Files.readAllLines(jobs, StandardCharsets.UTF_8);
      for (String l : lines.subList(1, lines.size())) {
        String[] f = l.split(",");
        if (f.length == 4) {
          out.add(f[1]);
          out.add(f[3]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** squeue lines ("jobid state name") of the recorded jobs that are still queued or running; empty when none. */
  static List<String> queued(Path dir) {
    List<String> jobs = recordedJobs(dir);
    if (jobs.isEmpty()) {
      return List.of();
    }
    String text;
    try {
      text = exec(dir, List.of("squeue", "-h", "-o", "%i %T %j", "-j", String.join(",", jobs)), true);
    } catch (IllegalArgumentException e) {
      return List.of(); // no SLURM client here (e.g. resuming a SLURM sweep locally): nothing can be queued
    }
    List<String> out = new ArrayList<>();
    for (String l : text.split("\n")) {
      if (!l.isBlank()) {
        out.add(l.trim());
      }
    }
    return out;
  }

  private static String sbatch(Path dir, List<String> cmd) {
    String id = exec(dir, cmd, false).trim();
    int semi = id.indexOf(';'); // --parsable prints "id" or "id;cluster"
    id = semi >= 0 ? id.substring(0, semi) : id;
    if (!id.matches("\\d+")) {
      throw new IllegalStateException("sbatch did not print a job id: '" + id + "'");
    }
    return id;
  }

  /** Runs a SLURM client command and returns its stdout; failures name the command and its stderr. */
  private static String exec(Path dir, List<String> cmd, boolean lenient) {
    try {
      Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(false).start();
      byte[] outBytes = p.getInputStream().readAllBytes();
      String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException(cmd.get(0) + " did not answer within 60 s");
      }
      if (p.exitValue() != 0 && !lenient) {
        throw new IllegalArgumentException(String.join(" ", cmd) + " failed (exit " + p.exitValue() + "): " + err
            + "; check that SLURM runs (sinfo) and the resources fit the partition");
      }
      return new String(outBytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalArgumentException(cmd.get(0) + " not found (" + e.getMessage()
          + "); install the SLURM client tools or use --backend local");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for " + cmd.get(0), e);
    }
  }

  /** "0-3", "3", "1,3-5": consecutive members as ranges, in sbatch --array syntax. */
  static String arrayList(List<Integer> members) {
    StringBuilder sb = new StringBuilder();
    int i = 0;
    while (i < members.size()) {
      int j = i;
      while (j + 1 < members.size() && members.get(j + 1) == members.get(j) + 1) {
        j++;
      }
      if (sb.length() > 0) {
        sb.append(',');
      }
      sb.append(members.get(i));
      if (j > i) {
        sb.append('-').append(members.get(j));
      }
      i = j + 1;
    }
    return sb.toString();
  }

  private static List<Integer> range(int n) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(i);
    }
    return out;
  }

  private static String jobName(String name) {
    return name.replaceAll("[^A-Za-z0-9_.-]+", "_");
  }

  private static String quote(String s) {
    return "'" + s.replace("'", "'\\''") + "'";
  }
}
