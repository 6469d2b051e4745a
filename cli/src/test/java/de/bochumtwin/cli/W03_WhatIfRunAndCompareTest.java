package de.bochumtwin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8 end to end on the Bochum default (1 %, one iteration each): a closure of four A40 links
 * sends their volume to zero; Tempo 30 in Mitte caps the simulated speeds on the changed links and
 * lowers their mean; {@code twin compare} writes the KPI table and link_diff; a bad scenario file
 * lists all its problems with line numbers and runs nothing.
 */
class W03_WhatIfRunAndCompareTest {
  @TempDir
  static Path tmp;
  static Path base;

  static final String CLOSED = "'A40_e_5','A40_w_5','A40_e_6','A40_w_6'";

  @BeforeAll
  static void baseRun() {
    base = tmp.resolve("base");
    assertEquals(0, TestData.run("run", "--iterations", "1", "--out", base.toString()));
  }

  @Test
  void closureSendsTheVolumeToZeroAndCompareShowsIt() throws Exception {
    Path yaml = write("closure.yaml", """
        name: a40-closure
        base: bochum-default
        measures:
          - type: road_closure
            roads: {links: [A40_e_5, A40_w_5, A40_e_6, A40_w_6]}
        """);
    Path scen = tmp.resolve("closure");
    assertEquals(0, TestData.run("run", "--scenario", yaml.toString(), "--iterations", "1", "--out", scen.toString()));
    double before = Double.parseDouble(TestData.one("SELECT coalesce(sum(volume), 0) FROM read_parquet('"
        + base.resolve("link_volumes.parquet") + "') WHERE link_id IN (" + CLOSED + ")"));
    double after = Double.parseDouble(TestData.one("SELECT coalesce(sum(volume), 0) FROM read_parquet('"
        + scen.resolve("link_volumes.parquet") + "') WHERE link_id IN (" + CLOSED + ")"));
    assertTrue(before > 50, "the A40 links carry traffic in the base: " + before);
    assertEquals(0, after, "no vehicle enters a closed link");
    String json = Files.readString(scen.resolve("run.json"));
    assertTrue(json.contains("\"whatif_measures\": \"road_closure of links A40_e_5,A40_w_5,A40_e_6,A40_w_6 (all modes) (4 links)\""), json);

    Path cmp = tmp.resolve("cmp");
    assertEquals(0, TestData.run("compare", base.toString(), scen.toString(), "--out", cmp.toString()));
    List<String> csv = Files.readAllLines(cmp.resolve("kpis.csv"));
    assertEquals("kpi,unit,base,scenario,change,relative_change", csv.get(0));
    assertTrue(csv.stream().anyMatch(l -> l.startsWith("vehicle_km,km,")), csv.toString());
    // link_diff: the closed links lose exactly their base volume; the KPI table agrees with legs.parquet
    assertEquals(-before, Double.parseDouble(TestData.one("SELECT sum(volume_diff) FROM read_parquet('"
        + cmp.resolve("link_diff.parquet") + "') WHERE link_id IN (" + CLOSED + ")")), 0);
    double carKmBase = Double.parseDouble(TestData.one("SELECT sum(distance_m) / 1000 FROM read_parquet('"
        + base.resolve("legs.parquet") + "') WHERE mode = 'car'"));
    assertEquals(carKmBase, Double.parseDouble(TestData.one("SELECT base FROM read_parquet('" + cmp.resolve("kpis.parquet")
        + "') WHERE kpi = 'vehicle_km'")), 1e-6);
    assertEquals(2, TestData.run("compare", base.toString(), scen.toString(), "--out", cmp.toString()), "out exists: usage error");
  }

  @Test
  void emptyMeasureListReproducesTheBaseRun() throws Exception {
    Path yaml = write("empty.yaml", "measures: []\n");
    Path scen = tmp.resolve("empty");
    assertEquals(0, TestData.run("run", "--scenario", yaml.toString(), "--iterations", "1", "--out", scen.toString()));
    for (String table : List.of("legs", "link_volumes", "links")) {
      String a = "read_parquet('" + base.resolve(table + ".parquet") + "')";
      String b = "read_parquet('" + scen.resolve(table + ".parquet") + "')";
      assertEquals("0", TestData.one("SELECT count(*) FROM ((SELECT * FROM " + a + " EXCEPT ALL SELECT * FROM " + b
          + ") UNION ALL (SELECT * FROM " + b + " EXCEPT ALL SELECT * FROM " + a + "))"), table + " identical");
      assertEquals(TestData.one("SELECT count(*) FROM " + a), TestData.one("SELECT count(*) FROM " + b), table);
    }
  }

  @Test
  void tempo30InMitteLowersTheSpeedsInside() throws Exception {
    Path yaml = write("tempo30.yaml", """
        measures:
          - type: speed_limit
            area: {district: Mitte}
            limit_kmh: 30
            except_types: [motorway]
        """);
    Path scen = tmp.resolve("tempo30");
    assertEquals(0, TestData.run("run", "--scenario", yaml.toString(), "--iterations", "1", "--out", scen.toString()));
    // changed links = those whose free speed differs between the two runs' links.parquet
    String changed = "SELECT s.link_id FROM read_parquet('" + scen.resolve("links.parquet") + "') s JOIN read_parquet('"
        + base.resolve("links.parquet") + "') b USING (link_id) WHERE s.freespeed_mps <> b.freespeed_mps";
    long n = Long.parseLong(TestData.one("SELECT count(*) FROM (" + changed + ")"));
    assertTrue(n > 10, "links slowed to 30 km/h: " + n);
    String speed = "SELECT sum(volume * mean_speed_mps) / sum(volume) FROM read_parquet('%s') WHERE mean_speed_mps IS NOT NULL"
        + " AND link_id IN (" + changed + ")";
    double vBase = Double.parseDouble(TestData.one(String.format(speed, base.resolve("link_volumes.parquet"))));
    double vScen = Double.parseDouble(TestData.one(String.format(speed, scen.resolve("link_volumes.parquet"))));
    assertTrue(vScen <= 30 / 3.6 + 1e-6, "mean speed inside at most 30 km/h: " + vScen * 3.6);
    assertTrue(vScen < vBase, "mean speed inside drops: " + vBase * 3.6 + " -> " + vScen * 3.6 + " km/h");
  }

  @Test
  void badScenarioFileListsAllProblemsAndRunsNothing() throws Exception {
    Path yaml = write("bad.yaml", """
        measures:
          - type: road_closure
            roads: {links: [A40_e_5, no_such_link]}
          - type: speed_limit
            area: {district: Atlantis}
            limit_kmh: 30
          - type: capacity_change
            roads: {link_prefixes: [A43_]}
            lanes_delta: one
        """);
    Path out = tmp.resolve("bad-out");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream old = System.err;
    int code;
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      code = TestData.run("run", "--scenario", yaml.toString(), "--out", out.toString());
    } finally {
      System.setErr(old);
    }
    String msg = err.toString(StandardCharsets.UTF_8);
    assertEquals(2, code, msg);
    assertTrue(msg.contains("3 problems, nothing was run"), msg);
    assertTrue(msg.contains("bad.yaml:3:20: link id(s) not in the network: no_such_link"), msg);
    assertTrue(msg.contains("bad.yaml:5:22: unknown district 'Atlantis'"), msg);
    assertTrue(msg.contains("bad.yaml:9:18: lanes_delta must be a number in lanes, got 'one'"), msg);
    assertFalse(Files.exists(out), "no output folder");
  }

  private static Path write(String name, String text) throws Exception {
    Path p = tmp.resolve(name);
    Files.writeString(p, text);
    return p;
  }
}
