package de.bochumtwin.cli.sweep;

import static de.bochumtwin.cli.sweep.SweepFixtures.duck;
import static de.bochumtwin.cli.sweep.SweepFixtures.lit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9: the local backend runs the four members of the tiny equil sweep as child JVMs, two at a
 * time; DuckDB reads all member folders in one statement; collect's statistics agree with DuckDB's own
 * aggregates; resume reruns only an unfinished member (and gets the same numbers again).
 */
class S02_LocalSweepTest {
  @TempDir
  Path tmp;

  @Test
  void localRunCollectAndResume() throws Exception {
    Path dir = tmp.resolve("sweep");
    SweepPlanner.plan(SweepFixtures.tinySweep(tmp, 1, 1), dir);
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8);
    long t0 = System.nanoTime();
    assertEquals(0, Sweeps.run(dir, Sweeps.Backend.local, 2, 4, out), buf.toString(StandardCharsets.UTF_8));
    System.err.printf("local sweep, 4 members: %.1f s%n", (System.nanoTime() - t0) / 1e9);
    String log = buf.toString(StandardCharsets.UTF_8);
    assertTrue(log.contains("local: 4 member(s), 2 at a time (1 GB each, budget 4 GB)"), log);
    assertTrue(log.contains("collected 4 of 4 members (2 points)"), log);

    // one statement over every member (hive partitioning gives the member column)
    String vols = lit(dir.resolve("runs")).replace("runs'", "runs/member=*/link_volumes.parquet'");
    String kpis = lit(dir.resolve("runs")).replace("runs'", "runs/member=*/kpis.parquet'");
    assertEquals(List.of(List.of("0"), List.of("1"), List.of("2"), List.of("3")),
        duck("SELECT DISTINCT member FROM read_parquet(" + vols + ", hive_partitioning = true) ORDER BY member"));
    // 30 km/h everywhere (point 0) takes longer than 80 km/h (point 1), for every seed
    List<List<String>> vh = duck("SELECT member, point, seed, value FROM read_parquet(" + kpis
        + ", hive_partitioning = true) WHERE kpi = 'vehicle_hours' ORDER BY member");
    assertEquals(4, vh.size());
    for (int s = 0; s < 2; s++) {
      assertTrue(Double.parseDouble(vh.get(s).get(3)) > Double.parseDouble(vh.get(2 + s).get(3)), vh.toString());
    }
    // seeds differ (sample 0.5 draws different persons), so the ensemble has a spread
    assertTrue(!vh.get(0).get(3).equals(vh.get(1).get(3)), vh.toString());

    // collect agrees with DuckDB's aggregates over the member tables
    Path stats = dir.resolve("collect/kpi_stats.parquet");
    List<List<String>> check = duck("SELECT s.point, s.kpi, s.n, abs(s.mean - d.m) < 1e-9, abs(coalesce(s.sd, 0) - coalesce(d.sd, 0)) < 1e-9,"
        + " abs(s.q95 - d.q95) < 1e-9 FROM read_parquet(" + lit(stats) + ") s JOIN (SELECT point, kpi, avg(value) m,"
        + " stddev_samp(value) sd, quantile_cont(value, 0.95) q95 FROM read_parquet(" + kpis + ", hive_partitioning = true)"
        + " GROUP BY point, kpi) d USING (point, kpi) ORDER BY s.point, s.kpi");
    assertEquals(12, check.size()); // 6 KPIs x 2 points
    for (List<String> r : check) {
      assertEquals(List.of("2", "true", "true", "true"), r.subList(2, 6), r.toString());
    }
    List<List<String>> diff = duck("SELECT diff < 0, ci95_low <= diff AND diff <= ci95_high, n_a, n_b FROM read_parquet("
        + lit(dir.resolve("collect/kpi_diff.parquet")) + ") WHERE kpi = 'vehicle_hours'");
    assertEquals(List.of(List.of("true", "true", "2", "2")), diff);
    assertTrue(Files.size(dir.resolve("collect/charts/kpi_vehicle_hours.png")) > 1000);
    assertTrue(duck("SELECT count(*) FROM read_parquet(" + lit(dir.resolve("collect/link_stats.parquet")) + ")").get(0).get(0)
        .equals("46"), "23 links x 2 points");

    // a member whose marker is missing (as if killed after its outputs) is the only one resume runs
    String before = memberKpis(dir, 2);
    Files.delete(SweepPlan.runDir(dir, 2).resolve("_SUCCESS"));
    List<FileTime> markers = new ArrayList<>();
    for (int m : new int[] {0, 1, 3}) {
      markers.add(Files.getLastModifiedTime(SweepPlan.runDir(dir, m).resolve("_SUCCESS")));
    }
    buf.reset();
    assertEquals(1, Sweeps.status(dir, out));
    assertTrue(buf.toString(StandardCharsets.UTF_8).contains("failed or killed: 2"), buf.toString(StandardCharsets.UTF_8));
    buf.reset();
    assertEquals(0, Sweeps.resume(dir, null, 2, 4, out));
    assertTrue(buf.toString(StandardCharsets.UTF_8).contains("resuming 1 of 4 members: 2"), buf.toString(StandardCharsets.UTF_8));
    int i = 0;
    for (int m : new int[] {0, 1, 3}) {
      assertEquals(markers.get(i++), Files.getLastModifiedTime(SweepPlan.runDir(dir, m).resolve("_SUCCESS")), "member " + m + " not rerun");
    }
    assertEquals(before, memberKpis(dir, 2), "the rerun gives the same numbers");
    buf.reset();
    assertEquals(0, Sweeps.resume(dir, null, 2, 4, out));
    assertTrue(buf.toString(StandardCharsets.UTF_8).contains("all 4 members are finished; nothing to run"));
  }

  static String memberKpis(Path dir, int m) {
    return duck("SELECT kpi, value FROM read_parquet(" + lit(SweepPlan.runDir(dir, m).resolve("kpis.parquet")) + ") ORDER BY kpi").toString();
  }
}
