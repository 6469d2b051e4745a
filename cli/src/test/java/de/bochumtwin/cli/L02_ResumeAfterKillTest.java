package de.bochumtwin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 3, must show 4: a run killed (SIGKILL) after a checkpoint and resumed with {@code --resume}
 * ends with the same iterations.parquet (all columns but wall times) and the same legs as an
 * uninterrupted run. The killed run is a real separate JVM.
 */
class L02_ResumeAfterKillTest {
  @TempDir
  Path tmp;

  static final String[] ARGS = {"run", "--iterations", "8", "--seed", "11", "--threads", "2", "--checkpoint-interval", "2"};

  @Test
  void resumedRunEqualsUninterruptedRun() throws Exception {
    Path full = tmp.resolve("full");
    List<String> a = new ArrayList<>(List.of(ARGS));
    a.addAll(List.of("--out", full.toString()));
    assertEquals(0, TwinCommand.execute(a.toArray(String[]::new)));

    Path killed = tmp.resolve("killed");
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx2g", "-cp", System.getProperty("java.class.path"), TwinCommand.class.getName()));
    cmd.addAll(List.of(ARGS));
    cmd.addAll(List.of("--out", killed.toString()));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("killed.log").toFile()).start();
    Path marker = tmp.resolve(".killed.checkpoint").resolve("iteration");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (!(Files.exists(marker) && Integer.parseInt(Files.readString(marker).trim()) >= 3)) {
      assertTrue(p.isAlive(), "the run ended before its checkpoint after iteration 3: " + Files.readString(tmp.resolve("killed.log")));
      assertTrue(System.nanoTime() < deadline, "no checkpoint after 120 s");
      Thread.sleep(20);
    }
    p.destroyForcibly();
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    assertFalse(Files.exists(killed), "a killed run has no output folder");

    assertEquals(0, TwinCommand.execute("run", "--resume", killed.toString()));
    assertFalse(Files.exists(tmp.resolve(".killed.checkpoint")), "checkpoint removed after the run committed");
    String q = "SELECT iteration, score_executed_avg, score_best_avg, score_worst_avg, score_avg, stuck_agents, departures,"
        + " arrivals, link_events FROM read_parquet('%s') ORDER BY iteration";
    List<List<String>> expected = TestData.duck(q.formatted(full.resolve("iterations.parquet")));
    assertEquals(8, expected.size());
    assertEquals(expected, TestData.duck(q.formatted(killed.resolve("iterations.parquet"))));
    String legs = "SELECT * FROM read_parquet('%s') ORDER BY person_id, leg_index";
    assertEquals(TestData.duck(legs.formatted(full.resolve("legs.parquet"))), TestData.duck(legs.formatted(killed.resolve("legs.parquet"))));
    String modes = "SELECT * FROM read_parquet('%s') ORDER BY iteration, mode";
    assertEquals(TestData.duck(modes.formatted(full.resolve("iteration_modes.parquet"))),
        TestData.duck(modes.formatted(killed.resolve("iteration_modes.parquet"))));
    assertTrue(new File(killed.resolve("output_plans.xml.gz").toString()).length() > 0);
  }
}
