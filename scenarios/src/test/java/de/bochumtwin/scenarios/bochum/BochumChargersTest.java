package de.bochumtwin.scenarios.bochum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.bochumtwin.core.ev.Chargers;
import de.bochumtwin.core.network.Network;
import de.bochumtwin.scenarios.ev.BnetzaRegister;
import de.bochumtwin.scenarios.ev.ChargersCsv;
import de.bochumtwin.scenarios.ev.RegisterImport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled Bochum chargers: loadable without shared data, and equal to a fresh register import. */
class BochumChargersTest {
  static final Path REGISTER = Path.of(System.getProperty("twin.shared.data", "../../shared/data"), "ev-charging",
      "bnetza-ladesaeulenregister-2019-06", "ladesaeulenregister_bochum_2019-06-09.csv");

  @TempDir
  Path tmp;

  @Test
  void bundledFileHasTheRegistersChargePoints() {
    Network net = BochumScenario.load().network();
    Chargers c = BochumChargers.load(net);
    // the README of the 2019 extract: 26 rows, 50 charge points
    assertEquals(26, c.size());
    int plugs = 0;
    for (int i = 0; i < c.size(); i++) {
      plugs += c.plugCount(i);
      assertTrue(c.isPublic(i));
      assertTrue(c.plugPower_kW(i) > 0 && c.plugPower_kW(i) <= 350, c.id(i) + ": " + c.plugPower_kW(i) + " kW");
    }
    assertEquals(50, plugs);
  }

  /** Re-derives the file from the register; on a difference the fresh file is left in target/ to copy. */
  @Test
  void bundledFileEqualsAFreshImport() throws IOException {
    assumeTrue(Files.isRegularFile(REGISTER), "shared data not found at " + REGISTER + ": skipping");
    Network net = BochumScenario.load().network();
    // 2 km: every register row inside the city; the strategic network is coarse
    RegisterImport.Result r = RegisterImport.toChargers(BnetzaRegister.read(REGISTER), net, 2000);
    assertEquals(0, r.unmatched().size(), "unmatched register rows: " + r.unmatched());
    Path fresh = tmp.resolve("chargers.csv");
    ChargersCsv.write(r.chargers(), net, fresh);
    Path bundled = Path.of("bochum", "chargers.csv");
    if (!Files.isRegularFile(bundled) || !Files.readString(bundled).equals(Files.readString(fresh))) {
      Path keep = Path.of("target", "chargers.csv");
      Files.createDirectories(keep.getParent());
      Files.copy(fresh, keep, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      throw new AssertionError(bundled + " differs from a fresh import of " + REGISTER
          + "; the fresh file is scenarios/" + keep + " (copy it over if the change is intended)");
    }
    double max = 0;
    for (double d : r.distance_m()) {
      max = Math.max(max, d);
    }
    System.out.printf("bochum chargers: max distance to the link %.0f m%n", max);
  }
}
