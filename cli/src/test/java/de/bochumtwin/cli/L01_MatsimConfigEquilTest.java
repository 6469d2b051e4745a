package de.bochumtwin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 3, must show 2: MATSim's equil runs unchanged from its config.xml (BestScore 0.9, ReRoute 0.1,
 * scoring h/w) with 1, 10 and 100 iterations. All 100 agents start on the same route (2 7 12 = links
 * 6, 15); as in MATSim's equil, they spread over the nine alternative routes (links 11-19), the
 * counts100.xml file's equilibrium being 100/9 = 11.1 vehicles per route, and the score chart is written.
 */
class L01_MatsimConfigEquilTest {
  @TempDir
  Path tmp;

  Path run(int iterations) throws java.io.IOException {
    Path out = tmp.resolve("it" + iterations);
    assertEquals(0, TestData.run("run", "--matsim-config", TestData.equil("config.xml").toString(), "--iterations",
        Integer.toString(iterations), "--checkpoint-interval", "0", "--out", out.toString()));
    assertTrue(Files.size(out.resolve("scorestats.png")) > 5_000, "score chart written");
    assertEquals(Integer.toString(iterations), TestData.one("SELECT count(*) FROM read_parquet('" + out.resolve("iterations.parquet") + "')"));
    return out;
  }

  @Test
  void oneTenAndHundredIterations() throws java.io.IOException {
    run(1);
    Path ten = run(10);
    Path hundred = run(100);
    String q = "SELECT link_id, sum(volume) FROM read_parquet('%s') WHERE link_id IN ('11','12','13','14','15','16','17','18','19') GROUP BY 1";
    List<List<String>> spread = TestData.duck(q.formatted(hundred.resolve("link_volumes.parquet")));
    int total = spread.stream().mapToInt(r -> Integer.parseInt(r.get(1))).sum();
    int max = spread.stream().mapToInt(r -> Integer.parseInt(r.get(1))).max().orElseThrow();
    assertEquals(100, total, "every agent drives one of the nine alternatives once");
    assertTrue(spread.size() >= 8, "agents use at least 8 of the 9 alternatives: " + spread);
    assertTrue(max <= 25, "no alternative carries more than a quarter: " + spread);
    assertTrue(TestData.duck(q.formatted(ten.resolve("link_volumes.parquet"))).size() >= 3, "spreading after 10 iterations");
    String scores = "SELECT score_executed_avg FROM read_parquet('%s') ORDER BY iteration";
    List<List<String>> s = TestData.duck(scores.formatted(hundred.resolve("iterations.parquet")));
    double first = Double.parseDouble(s.get(0).get(0));
    double last = Double.parseDouble(s.get(99).get(0));
    assertTrue(last > first, "scores rise: " + first + " -> " + last);
  }
}
