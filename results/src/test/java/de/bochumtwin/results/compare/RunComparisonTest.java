package de.bochumtwin.results.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bochumtwin.results.testing.Duck;
import de.bochumtwin.results.testing.Equil;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two hand-written run folders on the equil network, with KPI differences computed by hand:
 * base = car 10 km/900 s, car 20 km/1800 s, walk, pt (30 veh-km, 0.75 veh-h, 40 km/h, car 50 %, 1 stuck);
 * scenario = car 10 km/1200 s, walk, walk, pt (10 veh-km, 1/3 veh-h, 30 km/h, car 25 %, 0 stuck).
 */
class RunComparisonTest {
  @TempDir
  Path tmp;

  @Test
  void kpisAndLinkDifferencesMatchTheHandCalculation() throws Exception {
    Path base = run("base", new String[] {"car", "car", "walk", "pt"}, new double[] {10000, 20000, 1000, 5000},
        new int[] {900, 1800, 900, 600}, 1,
        new String[] {"1", "1", "2"}, new int[] {6, 7, 8}, new int[] {2, 1, 1}, new double[] {20, 10, Double.NaN}, 1000, 5);
    Path scen = run("scen", new String[] {"car", "walk", "walk", "pt"}, new double[] {10000, 1000, 1000, 5000},
        new int[] {1200, 900, 900, 600}, 0,
        new String[] {"1", "3"}, new int[] {6, 6}, new int[] {1, 4}, new double[] {25, 12}, 800, 4.5);
    RunComparison.Result r = RunComparison.compare(base, scen, tmp.resolve("cmp"));
    KpiTable k = r.kpis();
    assertKpi(k, "trips", 4, 4, Double.NaN);
    assertKpi(k, "vehicle_km", 30, 10, -2.0 / 3);
    assertKpi(k, "vehicle_hours", 0.75, 1.0 / 3, (1.0 / 3 - 0.75) / 0.75);
    assertKpi(k, "mean_speed", 40, 30, -0.25);
    assertKpi(k, "mode_share_car", 50, 25, -0.5);
    assertKpi(k, "mode_share_walk", 25, 50, 1.0);
    assertKpi(k, "mode_share_pt", 25, 25, 0);
    assertKpi(k, "stuck_agents", 1, 0, -1);
    assertKpi(k, "emissions_co2_total_g", 1000, 800, -0.2);
    assertKpi(k, "emissions_nox_g", 5, 4.5, -0.1);
    assertEquals(4, k.get("trips").change() + 4, 1e-12);

    Path csv = tmp.resolve("cmp/kpis.csv");
    List<String> lines = Files.readAllLines(csv);
    assertEquals("kpi,unit,base,scenario,change,relative_change", lines.get(0));
    assertTrue(lines.contains("vehicle_km,km,30,10,-20,-0.666667"), lines.toString());
    assertTrue(lines.contains("trips,trips,4,4,0,0"), lines.toString());

    assertEquals(r.links(), Equil.network("EPSG:25832").linkCount());
    // geometry of link 3 (node 2 -> node 4) read back as WKB: the straight line of the base links.parquet
    var wkb = new org.locationtech.jts.io.WKBReader();
    double[] len = new double[1];
    ParquetRows.forEach(tmp.resolve("cmp/link_diff.parquet"), g -> {
      if (g.getString("link_id", 0).equals("3")) {
        try {
          len[0] = wkb.read(g.getBinary("geometry", 0).getBytes()).getLength();
        } catch (org.locationtech.jts.io.ParseException e) {
          throw new AssertionError(e);
        }
      }
    });
    assertEquals(Math.hypot(-15000 + 2498, 4331), len[0], 1e-6);
    try (Duck d = new Duck()) {
      String f = Duck.lit(tmp.resolve("cmp/link_diff.parquet"));
      List<Object> l1 = d.row("SELECT volume_base, volume_scenario, volume_diff, speed_base_mps, speed_scenario_mps,"
          + " speed_diff_mps FROM read_parquet(" + f + ") WHERE link_id = '1'");
      assertEquals(List.of(3.0, 1.0, -2.0), l1.subList(0, 3));
      assertEquals(50.0 / 3, (Double) l1.get(3), 1e-12); // (2 * 20 + 1 * 10) / 3
      assertEquals(25.0, (Double) l1.get(4), 0);
      assertEquals(25 - 50.0 / 3, (Double) l1.get(5), 1e-12);
      List<Object> l2 = d.row("SELECT volume_diff, speed_base_mps, speed_diff_mps FROM read_parquet(" + f + ") WHERE link_id = '2'");
      assertEquals(-1.0, l2.get(0));
      assertEquals(null, l2.get(1), "volume without a speed: null");
      List<Object> l3 = d.row("SELECT volume_diff, speed_diff_mps FROM read_parquet(" + f + ") WHERE link_id = '3'");
      assertEquals(4.0, l3.get(0));
      assertEquals(null, l3.get(1));
      assertTrue(String.valueOf(d.value("SELECT typeof(geometry) FROM read_parquet(" + f + ") LIMIT 1")).startsWith("GEOMETRY"),
          "GeoParquet geometry column");
      assertEquals(0L, ((Number) d.value("SELECT count(*) FROM read_parquet(" + f + ") WHERE volume_diff <> 0 AND link_id NOT IN ('1','2','3')")).longValue());
    }
  }

  @Test
  void runsWithDifferentSamplesAreRefused() throws Exception {
    Path a = run("a", new String[] {"car"}, new double[] {1}, new int[] {1}, 0, new String[0], new int[0], new int[0], new double[0], 1, 1);
    Path b = tmp.resolve("b");
    Files.createDirectories(b);
    for (String f : List.of("legs.parquet", "links.parquet", "link_volumes.parquet")) {
      Files.copy(a.resolve(f), b.resolve(f));
    }
    manifest(b, 0.5, 0);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RunComparison.compare(a, b, tmp.resolve("c")));
    assertTrue(e.getMessage().contains("different samples"), e.getMessage());
    assertTrue(!Files.exists(tmp.resolve("c")));
  }

  private static void assertKpi(KpiTable t, String name, double base, double scen, double rel) {
    KpiTable.Kpi k = t.get(name);
    assertEquals(base, k.base(), 1e-9, name);
    assertEquals(scen, k.scenario(), 1e-9, name);
    assertEquals(scen - base, k.change(), 1e-9, name);
    if (Double.isNaN(rel)) {
      assertEquals(0, k.change(), 1e-12, name);
    } else {
      assertEquals(rel, k.relativeChange(), 1e-9, name);
    }
  }

  private Path run(String name, String[] modes, double[] dist, int[] tt, long stuck, String[] volLinks, int[] hours,
      int[] volumes, double[] speeds, double co2, double nox) throws Exception {
    return RunFolders.run(tmp.resolve(name), modes, dist, tt, stuck, volLinks, hours, volumes, speeds, co2, nox, Map.of());
  }

  private static void manifest(Path dir, double sample, long stuck) {
    RunFolders.manifest(dir, sample, stuck, Map.of());
  }
}
