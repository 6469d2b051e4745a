package de.bochumtwin.cli.sweep;

import static de.bochumtwin.cli.sweep.SweepFixtures.duck;
import static de.bochumtwin.cli.sweep.SweepFixtures.lit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bochumtwin.results.sweep.MemberKpis;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, must shows 1 and 2, against a real single-node SLURM (slurm-wlm started by the fixture): the
 * tiny four-member sweep goes through sbatch as an array job; one member is cancelled on purpose right
 * after submission; the afterany collect job runs after the array and collects the three finished
 * members; resume resubmits the cancelled member alone; finished members are not touched. Then the
 * local backend runs the same sweep and every member's KPIs and link volumes are identical.
 */
class S03_SlurmSweepTest {
  @TempDir
  static Path shared;

  private static SlurmCluster cluster;

  @TempDir
  Path tmp;

  @BeforeAll
  static void startSlurm() throws Exception {
    long t0 = System.nanoTime();
    cluster = SlurmCluster.startOrSkip(shared.resolve("slurm"));
    System.err.printf("SLURM started in %.1f s%n", (System.nanoTime() - t0) / 1e9);
  }

  @AfterAll
  static void stopSlurm() throws Exception {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void arrayJobKillResumeAndSameResultsAsLocal() throws Exception {
    Path file = SweepFixtures.tinySweep(tmp, 1, 1);
    Path dir = tmp.resolve("slurm-sweep");
    SweepPlanner.plan(file, dir);
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8);
    long t0 = System.nanoTime();
    assertEquals(0, Sweeps.run(dir, Sweeps.Backend.slurm, 0, 0, out));
    String arrayJob = Files.readAllLines(dir.resolve("jobs.csv")).get(1).split(",")[1];
    SlurmCluster.exec("scancel", arrayJob + "_3"); // the member killed on purpose
    System.err.println(Files.readString(dir.resolve("sweep.sbatch")));
    waitForQueue(dir);
    System.err.printf("SLURM array (3 of 4 members) + collect: %.1f s%n", (System.nanoTime() - t0) / 1e9);
    for (int m = 0; m < 3; m++) {
      assertTrue(MemberKpis.isFinished(SweepPlan.runDir(dir, m)), "member " + m + " finished; log:\n" + log(dir, m));
    }
    assertFalse(MemberKpis.isFinished(SweepPlan.runDir(dir, 3)), "member 3 was cancelled");
    // the collect job ran after the array (afterany) and collected what finished
    String collectJob = Files.readAllLines(dir.resolve("jobs.csv")).get(1).split(",")[3];
    String collectLog = Files.readString(dir.resolve("logs/collect-" + collectJob + ".out"));
    assertTrue(collectLog.contains("collected 3 of 4 members (2 points)"), collectLog);
    assertTrue(collectLog.contains("not finished (left out): members 3"), collectLog);
    assertEquals(List.of(List.of("1")), duck("SELECT DISTINCT n FROM read_parquet(" + lit(dir.resolve("collect/kpi_stats.parquet"))
        + ") WHERE point = 1"));
    buf.reset();
    assertEquals(1, Sweeps.status(dir, out));
    assertTrue(buf.toString(StandardCharsets.UTF_8).contains(": 3"), buf.toString(StandardCharsets.UTF_8));

    // resume resubmits member 3 alone; finished members keep their marker untouched
    List<FileTime> markers = new ArrayList<>();
    for (int m = 0; m < 3; m++) {
      markers.add(Files.getLastModifiedTime(SweepPlan.runDir(dir, m).resolve(MemberKpis.MARKER)));
    }
    long t1 = System.nanoTime();
    buf.reset();
    assertEquals(0, Sweeps.resume(dir, null, 0, 0, out));
    assertTrue(buf.toString(StandardCharsets.UTF_8).contains("(members 3)"), buf.toString(StandardCharsets.UTF_8));
    List<String> jobs = Files.readAllLines(dir.resolve("jobs.csv"));
    assertEquals("3", jobs.get(2).split(",")[2]);
    waitForQueue(dir);
    System.err.printf("SLURM resume of member 3 + collect: %.1f s%n", (System.nanoTime() - t1) / 1e9);
    assertTrue(MemberKpis.isFinished(SweepPlan.runDir(dir, 3)), "member 3 finished after resume; log:\n" + log(dir, 3));
    for (int m = 0; m < 3; m++) {
      assertEquals(markers.get(m), Files.getLastModifiedTime(SweepPlan.runDir(dir, m).resolve(MemberKpis.MARKER)));
    }
    String collect2 = Files.readString(dir.resolve("logs/collect-" + jobs.get(2).split(",")[3] + ".out"));
    assertTrue(collect2.contains("collected 4 of 4 members (2 points)"), collect2);

    // must show 2: the local backend gives the same per-member results
    Path local = tmp.resolve("local-sweep");
    SweepPlanner.plan(file, local);
    long t2 = System.nanoTime();
    assertEquals(0, Sweeps.run(local, Sweeps.Backend.local, 2, 4, out));
    System.err.printf("local backend, same sweep: %.1f s%n", (System.nanoTime() - t2) / 1e9);
    for (int m = 0; m < 4; m++) {
      assertEquals(S02_LocalSweepTest.memberKpis(dir, m), S02_LocalSweepTest.memberKpis(local, m), "member " + m + " KPIs");
    }
    String a = lit(dir.resolve("runs")).replace("runs'", "runs/member=*/link_volumes.parquet'");
    String b = lit(local.resolve("runs")).replace("runs'", "runs/member=*/link_volumes.parquet'");
    List<List<String>> cmp = duck("SELECT count(*), count(a.volume), count(b.volume),"
        + " count(*) FILTER (WHERE a.volume IS DISTINCT FROM b.volume OR a.mean_speed_mps IS DISTINCT FROM b.mean_speed_mps)"
        + " FROM read_parquet(" + a + ", hive_partitioning = true) a FULL JOIN read_parquet(" + b + ", hive_partitioning = true) b"
        + " USING (member, link_id, hour, mode)");
    assertEquals("0", cmp.get(0).get(3), "link volume rows that differ: " + cmp);
    assertEquals(cmp.get(0).get(0), cmp.get(0).get(1));
    assertEquals(cmp.get(0).get(0), cmp.get(0).get(2));
    assertTrue(Long.parseLong(cmp.get(0).get(0)) > 20, cmp.toString());
    // and the same collected statistics
    assertEquals(duck("SELECT point, kpi, n, mean, sd, q05, q95 FROM read_parquet(" + lit(dir.resolve("collect/kpi_stats.parquet"))
            + ") ORDER BY ALL"),
        duck("SELECT point, kpi, n, mean, sd, q05, q95 FROM read_parquet(" + lit(local.resolve("collect/kpi_stats.parquet"))
            + ") ORDER BY ALL"));
  }

  private static void waitForQueue(Path dir) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(600);
    while (!SlurmBackend.queued(dir).isEmpty()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("SLURM jobs still queued after 600 s: " + SlurmBackend.queued(dir));
      }
      Thread.sleep(500);
    }
  }

  private static String log(Path dir, int m) throws java.io.IOException {
    Path f = SweepPlan.logFile(dir, m);
    return Files.exists(f) ? Files.readString(f) : "(no log)";
  }
}
