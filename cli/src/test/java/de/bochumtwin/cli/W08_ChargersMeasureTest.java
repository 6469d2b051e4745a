package de.bochumtwin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8, must-show 2 for {@code chargers} and {@code ev_share}: the Bochum default (25 % of the 1 %
 * sample, 3 iterations) at 30 % EVs, once with the 26 bundled public chargers and once with 200 more
 * placed where the activities are. The added chargers are used, more energy is charged in public, and
 * fewer BEVs end a day stranded; the EV count is the same in both (the ev_share draw does not depend on
 * the chargers). Seeded, so the numbers are exact for this code; the assertions only ask for the direction.
 */
class W08_ChargersMeasureTest {
  @TempDir
  Path tmp;

  Path run(String name, String measures) throws IOException {
    Path yaml = tmp.resolve(name + ".yaml");
    Files.writeString(yaml, "measures:\n  - {type: ev_share, share: 0.3}\n" + measures);
    Path out = tmp.resolve(name);
    assertEquals(0, TestData.run("run", "--scenario", yaml.toString(), "--sample", "0.25", "--iterations", "3",
        "--checkpoint-interval", "0", "--threads", "2", "--out", out.toString()));
    return out;
  }

  static double publicEnergy_kWh(Path run, String prefix) {
    return Double.parseDouble(TestData.one("SELECT coalesce(sum(energy_kwh), 0) FROM read_parquet('"
        + run.resolve("charging_sessions.parquet") + "') WHERE charger_id LIKE '" + prefix + "%'"));
  }

  @Test
  void moreChargersChargeMoreInPublicAndStrandFewer() throws IOException {
    Path base = run("ev30", "");
    Path more = run("ev30-chargers", """
          - type: chargers
            add: {count: 200, area: {wkt: "POLYGON ((367000 5696500, 385000 5696500, 385000 5710500, 367000 5710500, 367000 5696500))"}, power_kW: 11, plugs: 2}
        """);
    assertEquals(E01_EvRunTest.counter(base, "ev_vehicles"), E01_EvRunTest.counter(more, "ev_vehicles"), "same EVs");
    assertEquals(E01_EvRunTest.counter(base, "ev_charger_count") + 200, E01_EvRunTest.counter(more, "ev_charger_count"));
    double added = publicEnergy_kWh(more, "whatif-L3-");
    double pubBase = publicEnergy_kWh(base, "bnetza");
    double pubMore = publicEnergy_kWh(more, "bnetza") + added;
    long strandedBase = E01_EvRunTest.counter(base, "ev_stranded_vehicles");
    long strandedMore = E01_EvRunTest.counter(more, "ev_stranded_vehicles");
    System.out.printf("public charging %.0f -> %.0f kWh (%.0f at the new chargers); stranded %d -> %d%n", pubBase, pubMore,
        added, strandedBase, strandedMore);
    assertTrue(added > 0, "the new chargers are used");
    assertTrue(pubMore > pubBase, "more public charging: " + pubBase + " -> " + pubMore);
    assertTrue(strandedMore < strandedBase, "fewer stranded BEVs: " + strandedBase + " -> " + strandedMore);
  }
}
