package de.bochumtwin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12 with the what-if comparison: closing Herner Straße to cars lowers NO2 at its station
 * (DENW204) and along the road, and {@code twin compare} reports both: air-quality KPIs per station in
 * kpis.csv and the grid difference in airquality_grid_diff.parquet (checked with DuckDB).
 */
class W09_AirQualityCompareTest {
  @TempDir
  Path tmp;

  @Test
  void closingHernerStrasseLowersNo2AtItsStationAndOnTheGrid() throws Exception {
    Path base = tmp.resolve("base");
    Path closed = tmp.resolve("closed");
    List<String> common = List.of("--iterations", "1", "--emissions", "--airquality", "--airquality-cell-m", "400",
        "--threads", "2");
    Path yaml = tmp.resolve("close-herner.yaml");
    Files.writeString(yaml, """
        name: close-herner
        measures:
          - type: road_closure
            roads: {names: ["Herner Straße"]}
            modes: [car]
        """);
    assertEquals(0, TestData.run(concat(List.of("run", "--out", base.toString()), common)));
    assertEquals(0, TestData.run(concat(List.of("run", "--scenario", yaml.toString(), "--out", closed.toString()), common)));
    Path cmp = tmp.resolve("cmp");
    assertEquals(0, TestData.run("compare", base.toString(), closed.toString(), "--out", cmp.toString()));

    List<String> kpis = Files.readAllLines(cmp.resolve("kpis.csv"));
    String row = kpis.stream().filter(l -> l.startsWith("airquality_DENW204_no2_mean,")).findFirst()
        .orElseThrow(() -> new AssertionError("no DENW204 NO2 KPI in " + kpis));
    String[] c = row.split(",");
    double before = Double.parseDouble(c[2]);
    double after = Double.parseDouble(c[3]);
    assertTrue(after < before - 1.0, "NO2 at Herner Straße falls by more than 1 ug/m3 without its traffic: " + row);
    assertEquals(Double.parseDouble(TestData.one("SELECT no2_mean_ugm3 FROM read_parquet('" + base.resolve("airquality_exceedances.parquet")
        + "') WHERE receptor = 'DENW204'")), before, 1e-3, "KPI = the base run's station table (kpis.csv has 4 decimals)");

    String diff = "read_parquet('" + cmp.resolve("airquality_grid_diff.parquet") + "')";
    String cells = "read_parquet('" + base.resolve("airquality_grid_mean.parquet") + "')";
    assertEquals(TestData.one("SELECT count(*) FROM " + cells), TestData.one("SELECT count(*) FROM " + diff), "one row per cell and pollutant");
    assertEquals("0", TestData.one("SELECT count(*) FROM " + diff + " d JOIN " + cells + " b USING (x_m, y_m, pollutant)"
        + " WHERE abs(d.concentration_base_ugm3 - b.concentration_ugm3) > 1e-9"
        + " OR abs(d.concentration_diff_ugm3 - (d.concentration_scenario_ugm3 - d.concentration_base_ugm3)) > 1e-9"));
    double minDiff = Double.parseDouble(TestData.one("SELECT min(concentration_diff_ugm3) FROM " + diff + " WHERE pollutant = 'NO2'"));
    assertTrue(minDiff < -1.0, "some cell loses more than 1 ug/m3 NO2: " + minDiff);
    assertTrue(Files.readString(cmp.resolve("report.html")).contains("airquality_DENW204_no2_mean"), "the report lists the station KPIs");
  }

  private static String[] concat(List<String> a, List<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toArray(String[]::new);
  }
}
