package de.bochumtwin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8, must-show 2 for {@code pt_change}: on MATSim's equil scenario (100 agents, home at x = -25 km,
 * work at x = +10 km) with SubtourModeChoice between car and pt (our --config with the scenario file's
 * plans base), faster pt raises the pt share and a dearer pt fare lowers it.
 *
 * <p>Hand estimate: 35 km beeline = 45.5 km by pt, 1.8 h at 25 km/h against about 25 min by car; a car
 * cost of 0.0002 EUR/m is about 10 EUR per trip, close to the pt time penalty (2 x 1.4 h x 12 utils/h =
 * 34 utils per day against 2 x 10 utils of car money plus the car's own travel time), so the base splits
 * (observed pt share 0.52 in the last iteration). speed_factor 2 saves 2 x 0.9 h x 12 = 22 utils per
 * day for pt, so most agents switch; fare_delta_eur 10 costs pt 20 utils per day, so pt nearly
 * disappears (observed: 0.87 and 0.02 with 15 iterations).
 */
class W07_PtChangeModeChoiceTest {
  static final int LAST = 14;

  @TempDir
  Path tmp;

  /** Our run configuration; its network and plans are the same files as the scenario file's base (the base wins). */
  Path config(Path eq) throws IOException {
    String xml = TestData.equilModeChoiceConfig(eq, String.valueOf(LAST), "-0.0002");
    Path f = tmp.resolve("config.xml");
    Files.writeString(f, xml);
    return f;
  }

  double ptShare(String name, String measures) throws IOException {
    Path eq = TestData.equil("network.xml").toAbsolutePath().getParent();
    Path yaml = tmp.resolve(name + ".yaml");
    Files.writeString(yaml, "base: {network: '" + eq.resolve("network.xml") + "', plans: '" + eq.resolve("plans100.xml")
        + "'}\nmeasures:" + measures + "\n");
    Path out = tmp.resolve(name);
    Path cfg = Files.exists(tmp.resolve("config.xml")) ? tmp.resolve("config.xml") : config(eq);
    assertEquals(0, TestData.run("run", "--config", cfg.toString(), "--scenario", yaml.toString(), "--checkpoint-interval", "0",
        "--threads", "2", "--out", out.toString()));
    return Double.parseDouble(TestData.one("SELECT coalesce(sum(share), 0) FROM read_parquet('"
        + out.resolve("iteration_modes.parquet") + "') WHERE mode = 'pt' AND iteration = " + LAST));
  }

  @Test
  void fasterPtRaisesAndDearerPtLowersThePtShare() throws IOException {
    double base = ptShare("base", " []");
    double faster = ptShare("faster", "\n  - {type: pt_change, speed_factor: 2}");
    double dearer = ptShare("dearer", "\n  - {type: pt_change, fare_delta_eur: 10}");
    System.out.printf("pt share: base %.3f, pt x2 speed %.3f, pt +10 EUR/trip %.3f%n", base, faster, dearer);
    assertTrue(faster > base + 0.2, "faster pt must gain clearly: " + base + " -> " + faster);
    assertTrue(faster > 0.5, "with pt at 50 km/h most agents take it: " + faster);
    assertTrue(dearer < base, "dearer pt must lose: " + base + " -> " + dearer);
    assertTrue(dearer < 0.1, "at +10 EUR per trip almost nobody takes pt: " + dearer);
  }
}
