package de.bochumtwin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11: {@code twin run --warm-start-assignment} gives the car legs initial routes from the static
 * user equilibrium. Equil's plans2000 send all 2000 agents over the same route (link 15); assigned as
 * one peak hour (2000 veh/h against nine alternatives of 1000 veh/h, equal free-flow times) the
 * equilibrium spreads them, so iteration 0 already uses several alternatives, with a shorter mean car
 * travel time and a higher score than the free-flow routes.
 */
class W01_WarmStartTest {
  @TempDir
  Path tmp;

  static String base = "SELECT count(*) FROM (SELECT link_id FROM read_parquet('%s') WHERE link_id IN "
      + "('11','12','13','14','15','16','17','18','19') GROUP BY 1)";

  @Test
  void equilibriumRoutesSpreadTheFirstIteration() {
    Path cold = tmp.resolve("cold");
    Path warm = tmp.resolve("warm");
    String net = TestData.equil("network.xml").toString();
    String plans = TestData.equil("plans2000.xml.gz").toString();
    assertEquals(0, TestData.run("run", "--network", net, "--plans", plans, "--out", cold.toString()));
    assertEquals(0, TestData.run("run", "--network", net, "--plans", plans, "--warm-start-assignment",
        "--warm-start-peak-share", "1", "--out", warm.toString()));
    assertEquals("1", TestData.one(base.formatted(cold.resolve("link_volumes.parquet"))));
    int used = Integer.parseInt(TestData.one(base.formatted(warm.resolve("link_volumes.parquet"))));
    assertTrue(used >= 5, "warm start spreads over the alternatives: " + used);
    String q = "SELECT avg(trav_time_s) FROM read_parquet('%s') WHERE mode = 'car'";
    double coldTime = Double.parseDouble(TestData.one(q.formatted(cold.resolve("legs.parquet"))));
    double warmTime = Double.parseDouble(TestData.one(q.formatted(warm.resolve("legs.parquet"))));
    assertTrue(warmTime < 0.8 * coldTime, "mean car time " + warmTime + " vs " + coldTime);
    String s = "SELECT score_executed_avg FROM read_parquet('%s')";
    List<List<String>> c = TestData.duck(s.formatted(cold.resolve("iterations.parquet")));
    List<List<String>> w = TestData.duck(s.formatted(warm.resolve("iterations.parquet")));
    assertTrue(Double.parseDouble(w.get(0).get(0)) > Double.parseDouble(c.get(0).get(0)), "higher score with the warm start");
  }
}
