package de.bochumtwin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bochumtwin.cli.configure.DefaultScenario;
import de.bochumtwin.cli.configure.EvRunExtension;
import de.bochumtwin.core.ev.EvFleet;
import de.bochumtwin.core.ev.EvSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run with EVs resumed from a checkpoint equals the uninterrupted run: the checkpoint holds the fleet
 * with the state of charge the next iteration starts with ({@code ev_fleet.tsv}). The uninterrupted run
 * (Bochum default, 4 iterations, 30 % EVs, checkpoint after iteration 1) is the reference; its checkpoint
 * is copied as soon as it is complete, pointed at another output folder and resumed to iteration 3.
 */
class E02_EvResumeTest {
  @TempDir
  Path tmp;

  @Test
  void resumedEvRunEqualsUninterruptedRun() throws Exception {
    Path full = tmp.resolve("full");
    Path live = tmp.resolve(".full.checkpoint");
    Path copy = tmp.resolve("copy");
    AtomicReference<Exception> copyFailure = new AtomicReference<>();
    Thread watcher = new Thread(() -> {
      try {
        while (!Files.exists(live.resolve("iteration"))) {
          Thread.sleep(2);
        }
        Files.createDirectories(copy);
        for (String f : List.of("args", "plans.xml.gz", "traveltimes.bin", "stats.tsv", EvRunExtension.CHECKPOINT_FILE,
            "iteration")) {
          Files.copy(live.resolve(f), copy.resolve(f), StandardCopyOption.REPLACE_EXISTING);
        }
      } catch (Exception e) {
        copyFailure.set(e);
      }
    });
    watcher.setDaemon(true);
    watcher.start();
    assertEquals(0, TestData.run("run", "--iterations", "4", "--ev-share", "0.3", "--checkpoint-interval", "2",
        "--out", full.toString()));
    watcher.join(10_000);
    assertEquals(null, copyFailure.get());
    assertEquals("1", Files.readString(copy.resolve("iteration")).trim(), "checkpoint after iteration 1 (k = 2 of 4)");

    // the copied checkpoint becomes the checkpoint of another output folder
    Path resumed = tmp.resolve("resumed");
    Path ck = tmp.resolve(".resumed.checkpoint");
    Files.move(copy, ck);
    List<String> args = new ArrayList<>(Files.readAllLines(ck.resolve("args")));
    assertTrue(args.remove(full.toString()));
    args.add(args.indexOf("--out") + 1, resumed.toString());
    Files.write(ck.resolve("args"), args);
    assertEquals(0, TestData.run("run", "--resume", resumed.toString()));

    String sessions = "SELECT * FROM read_parquet('%s') ORDER BY ALL";
    List<List<String>> a = TestData.duck(sessions.formatted(full.resolve("charging_sessions.parquet")));
    List<List<String>> b = TestData.duck(sessions.formatted(resumed.resolve("charging_sessions.parquet")));
    assertTrue(a.size() > 100, "sessions in the last iteration: " + a.size());
    assertEquals(a, b, "charging_sessions.parquet (incl. SoC at start and end of every session)");
    for (String c : List.of("ev_vehicles", "ev_energy_charged_Wh", "ev_energy_consumed_Wh", "ev_stranded_vehicles",
        "ev_queueing_s", "ev_reactive_charging_attempts", "ev_access_walk_s")) {
      assertEquals(E01_EvRunTest.counter(full, c), E01_EvRunTest.counter(resumed, c), c);
    }
    String it = "SELECT iteration, score_executed_avg, score_best_avg, score_avg FROM read_parquet('%s') ORDER BY iteration";
    assertEquals(TestData.duck(it.formatted(full.resolve("iterations.parquet"))),
        TestData.duck(it.formatted(resumed.resolve("iterations.parquet"))));
  }

  @Test
  void fleetStateRoundTripsBitExactAndDiffersFromTheInitialDraw(@TempDir Path dir) throws IOException {
    var sc = DefaultScenario.load(4711);
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
    EvFleet drawn = EvRunExtension.drawFleet(sc.population(), 0.3, EvSettings.defaults(), 4711);
    // a fleet as after a day: every SoC changed by a non-representable amount
    double[] soc = new double[drawn.vehicleCount()];
    for (int v = 0; v < soc.length; v++) {
      soc[v] = drawn.isEv(v) ? drawn.initialSoc_kWh(v) * 0.7 + 0.1 : 0;
    }
    EvRunExtension a = ext(sc, quiet);
    EvRunExtension b = ext(sc, quiet);
    assertEquals(drawn.evCount(), a.fleet().evCount());
    a.saveCheckpoint(dir);
    // the day's SoC in place of the drawn one, written as the extension writes it (Double.toString)
    Path file = dir.resolve(EvRunExtension.CHECKPOINT_FILE);
    List<String> written = Files.readAllLines(file);
    assertEquals(drawn.evCount() + 1, written.size());
    for (int i = 1; i < written.size(); i++) {
      String[] f = written.get(i).split("\t");
      int v = Integer.parseInt(f[0]);
      assertEquals(drawn.initialSoc_kWh(v), Double.parseDouble(f[2]), 0.0);
      written.set(i, f[0] + "\t" + f[1] + "\t" + soc[v] + "\t" + f[3]);
    }
    Files.write(file, written);
    b.restoreCheckpoint(dir);
    EvFleet r = b.fleet();
    int differs = 0;
    for (int v = 0; v < soc.length; v++) {
      assertEquals(drawn.typeIndex(v), r.typeIndex(v));
      assertEquals(drawn.hasHomeCharging(v), r.hasHomeCharging(v));
      if (drawn.isEv(v)) {
        assertEquals(Double.doubleToLongBits(soc[v]), Double.doubleToLongBits(r.initialSoc_kWh(v)), "vehicle " + v);
        differs += soc[v] != drawn.initialSoc_kWh(v) ? 1 : 0;
      }
    }
    assertEquals(drawn.evCount(), differs);
    assertNotEquals(0, differs);
    // a checkpoint of another population size is refused with the file and line
    List<String> lines = new ArrayList<>(Files.readAllLines(dir.resolve(EvRunExtension.CHECKPOINT_FILE)));
    lines.set(0, "# vehicles\t3");
    Files.write(dir.resolve(EvRunExtension.CHECKPOINT_FILE), lines);
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> b.restoreCheckpoint(dir));
    assertTrue(e.getMessage().contains("ev_fleet.tsv, line 1"), e.getMessage());
  }

  private static EvRunExtension ext(de.bochumtwin.cli.configure.Scenario sc, PrintStream log) {
    return new EvRunExtension(sc.network(), sc.population(), de.bochumtwin.core.ev.Chargers.builder().build(), "none", 0.3,
        0.01, EvSettings.defaults(), java.util.Map.of(), 4711, log);
  }
}
