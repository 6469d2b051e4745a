package de.bochumtwin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bochumtwin.cli.configure.DefaultScenario;
import de.bochumtwin.scenarios.matsim.NetworkWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5, must show 3: {@code twin run --emissions} (online, last iteration) and {@code twin emissions}
 * on the run's events file (offline) with the same fleet give identical totals, on equil and on the
 * Bochum default; no emission is negative. The files are compared with DuckDB, row by row.
 */
class E01_OnlineOfflineEmissionsTest {
  static final String POLLUTANTS = "co2_total_g, fc_g, nox_g, no2_g, pm_g, pm2_5_g, pm2_5_non_exhaust_g, pm_non_exhaust_g";

  @TempDir
  Path tmp;

  @Test
  void equilOnlineEqualsOffline() throws Exception {
    Path run = tmp.resolve("run");
    Path net = TestData.equil("network.xml");
    assertEquals(0, TestData.run("run", "--network", net.toString(), "--plans", TestData.equil("plans100.xml").toString(),
        "--iterations", "2", "--events", "--emissions", "--threads", "1", "--out", run.toString()));
    Path off = tmp.resolve("offline");
    assertEquals(0, TestData.run("emissions", "--events", run.resolve("events.xml.gz").toString(), "--network", net.toString(),
        "--out", off.toString()));
    assertSame(run, off, false);
  }

  @Test
  void bochumDefaultOnlineEqualsOffline() throws Exception {
    Path run = tmp.resolve("run");
    assertEquals(0, TestData.run("run", "--iterations", "2", "--events", "--emissions", "--threads", "2", "--out", run.toString()));
    Path net = tmp.resolve("bochum_network.xml");
    NetworkWriter.write(DefaultScenario.load(4711).network(), net);
    Path off = tmp.resolve("offline");
    assertEquals(0, TestData.run("emissions", "--events", run.resolve("events.xml.gz").toString(), "--network", net.toString(),
        "--districts", "bochum", "--out", off.toString()));
    assertSame(run, off, true);
    // six Stadtbezirke plus n/a; district rows add up to the total
    assertEquals("7", TestData.one("SELECT count(*) FROM read_parquet('" + run.resolve("emissions_totals.parquet")
        + "') WHERE scope = 'stadtbezirk'"));
    double total = Double.parseDouble(TestData.one("SELECT co2_total_g FROM read_parquet('" + run.resolve("emissions_totals.parquet")
        + "') WHERE scope = 'total'"));
    double districts = Double.parseDouble(TestData.one("SELECT sum(co2_total_g) FROM read_parquet('"
        + run.resolve("emissions_totals.parquet") + "') WHERE scope = 'stadtbezirk'"));
    double raster = Double.parseDouble(TestData.one("SELECT sum(co2_total_g) FROM read_parquet('"
        + run.resolve("emissions_raster.parquet") + "')"));
    assertTrue(total > 0);
    assertEquals(total, districts, 1e-9 * total);
    assertEquals(total, raster, 1e-9 * total);
    // battery-electric cars: no exhaust, but tyre/brake/road wear
    List<List<String>> bev = TestData.duck("SELECT count(*), max(co2_total_g + nox_g + pm_g), min(pm_non_exhaust_g) FROM read_parquet('"
        + run.resolve("emissions_vehicle.parquet") + "') WHERE emission_class LIKE '%;electricity;%'");
    assertTrue(Long.parseLong(bev.get(0).get(0)) > 0, "some BEVs drive: " + bev);
    assertEquals(0.0, Double.parseDouble(bev.get(0).get(1)));
    String json = Files.readString(run.resolve("run.json"));
    assertTrue(json.contains("\"emissions_co2_total_g\""), json);
    assertTrue(Files.size(run.resolve("emissions_by_hour.png")) > 1000);
  }

  /** Online and offline tables agree exactly; nothing is negative. */
  static void assertSame(Path run, Path off, boolean districts) {
    for (String f : List.of("emissions_totals", "emissions_link_hour", "emissions_raster")) {
      String a = "read_parquet('" + run.resolve(f + ".parquet") + "')";
      String b = "read_parquet('" + off.resolve(f + ".parquet") + "')";
      assertEquals("0", TestData.one("SELECT count(*) FROM (SELECT * FROM " + a + " EXCEPT SELECT * FROM " + b
          + " UNION ALL SELECT * FROM " + b + " EXCEPT SELECT * FROM " + a + ")"), f + " differs online vs offline");
      assertEquals(TestData.one("SELECT count(*) FROM " + a), TestData.one("SELECT count(*) FROM " + b), f);
      assertEquals("0", TestData.one("SELECT count(*) FROM " + a + " WHERE least(" + POLLUTANTS + ") < 0"), f + " has negatives");
    }
    String tot = "read_parquet('" + run.resolve("emissions_totals.parquet") + "')";
    assertEquals(districts ? "1" : "0", TestData.one("SELECT count(DISTINCT scope) FROM " + tot + " WHERE scope = 'stadtbezirk'"));
    // per-vehicle sums equal the total (vehicle ids are person ids online and offline)
    double veh = Double.parseDouble(TestData.one("SELECT sum(nox_g) FROM read_parquet('" + off.resolve("emissions_vehicle.parquet") + "')"));
    double total = Double.parseDouble(TestData.one("SELECT nox_g FROM " + tot + " WHERE scope = 'total'"));
    assertTrue(total > 0);
    assertEquals(total, veh, 1e-9 * total);
    assertEquals("0", TestData.one("SELECT count(*) FROM (SELECT vehicle_id, emission_class, nox_g FROM read_parquet('"
        + run.resolve("emissions_vehicle.parquet") + "') EXCEPT SELECT vehicle_id, emission_class, nox_g FROM read_parquet('"
        + off.resolve("emissions_vehicle.parquet") + "'))"));
  }
}
