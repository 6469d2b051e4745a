package de.bochumtwin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code twin emissions} on MATSim's emission sample scenario; Parquet checked with DuckDB. */
class EmissionsCommandTest {
  static final Path DIR = Path.of(System.getProperty("twin.shared.data", "../../shared/data"),
      "matsim-examples", "emissions-sampleScenario");

  static int run(StringWriter out, StringWriter err, String... args) {
    CommandLine cl = TwinCommand.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    cl.getOut().flush();
    cl.getErr().flush();
    return code;
  }

  static String[] args(Path out, String... tables) {
    String[] base = {"emissions", "--events", DIR.resolve("5.events.xml.gz").toString(),
        "--network", DIR.resolve("sample_network.xml").toString(),
        "--vehicles", DIR.resolve("testv2_Vehv2/sample_emissionVehicles_v2.xml").toString(), "--out", out.toString()};
    String[] all = new String[base.length + tables.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(tables, 0, all, base.length, tables.length);
    return all;
  }

  @Test
  void sampleScenarioWritesThreeOutputsWithConsistentTotals(@TempDir Path tmp) throws Exception {
    Assumptions.assumeTrue(Files.isDirectory(DIR), "shared data not found at " + DIR + ": skipping");
    Path out = tmp.resolve("em");
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int code = run(o, e, args(out, "--warm-table", DIR.resolve("sample_41_EFA_HOT_vehcat_2020average.csv").toString(),
        "--cold-table", DIR.resolve("sample_41_EFA_ColdStart_vehcat_2020average.csv").toString(),
        "--pollutants", "CO2_TOTAL,NOx,PM,PM_non_exhaust"));
    assertEquals(0, code, e.toString());
    assertTrue(Files.size(out.resolve("emission_events.xml.gz")) > 0);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
      ResultSet r = s.executeQuery("SELECT sum(nox_g), min(nox_g), count(*) FROM read_parquet('"
          + out.resolve("emissions_link_hour.parquet") + "')");
      r.next();
      double linkNox = r.getDouble(1);
      assertTrue(r.getDouble(2) >= 0);
      ResultSet v = s.executeQuery("SELECT sum(nox_g), count(*) FROM read_parquet('"
          + out.resolve("emissions_vehicle.parquet") + "')");
      v.next();
      assertEquals(linkNox, v.getDouble(1), 1e-9);
      assertEquals(8, v.getInt(2)); // the 8 vehicles of the vehicles file all drive
      ResultSet pv = s.executeQuery("SELECT nox_g FROM read_parquet('" + out.resolve("emissions_vehicle.parquet")
          + "') WHERE vehicle_id = 'pv_car_5315_9162_1'");
      pv.next();
      // two trips, each: cold >12h 0.154378802 g + 0.8 km x 0.299246997 g/km (see SampleScenarioEmissionsTest)
      assertEquals(2 * (0.154378802 + 0.8 * 0.299246997), pv.getDouble(1), 1e-12);
    }
    assertTrue(o.toString().contains("cold-start events"), o.toString());
  }

  @Test
  void bundledDefaultsWorkWithoutTables(@TempDir Path tmp) {
    Assumptions.assumeTrue(Files.isDirectory(DIR), "shared data not found at " + DIR + ": skipping");
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    assertEquals(0, run(o, e, args(tmp.resolve("em"))), e.toString());
    assertTrue(o.toString().contains("PM_non_exhaust"), o.toString());
  }

  @Test
  void missingFactorsAreBadInputListedAtOnce(@TempDir Path tmp) {
    Assumptions.assumeTrue(Files.isDirectory(DIR), "shared data not found at " + DIR + ": skipping");
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    // the 2005 detailed table has no rows for the fleet-average car; onlyTryDetailedElseAbort must fail
    int code = run(o, e, args(tmp.resolve("em"),
        "--detailed-warm-table", DIR.resolve("sample_EFA_HOT_SubSegm_2005detailed.csv").toString(),
        "--lookup", "onlyTryDetailedElseAbort"));
    assertEquals(2, code);
    assertTrue(e.toString().contains("emission factor problem(s)"), e.toString());
    assertTrue(e.toString().contains("PASSENGER_CAR;average;average;average"), e.toString());
    assertFalse(Files.exists(tmp.resolve("em")));
  }
}
