package de.bochumtwin.results.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bochumtwin.results.report.NetworkMap;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The comparison report on the hand-written runs of {@link RunComparisonTest}, where the scenario
 * also ran the EV model (the base did not) and has a name that needs escaping. Volume changes per
 * link: 1: 3 -> 1 (-2), 2: 1 -> 0 (-1), 3: 0 -> 4 (+4); the largest class ends at niceCeil(4) = 5, so
 * link 3 (+4 = 80 %) is drawn in the strongest red and link 1 (-2 = 40 %) in the middle blue.
 */
class ComparisonReportTest {
  static final String NAME = "tempo<30> & \"co\"";

  @TempDir
  Path tmp;
  Path base;
  Path scen;

  @BeforeEach
  void runs() throws Exception {
    base = RunFolders.run(tmp.resolve("base"), new String[] {"car", "car", "walk", "pt"}, new double[] {10000, 20000, 1000, 5000},
        new int[] {900, 1800, 900, 600}, 1, new String[] {"1", "1", "2"}, new int[] {6, 7, 8}, new int[] {2, 1, 1},
        new double[] {20, 10, Double.NaN}, 1000, 5, Map.of());
    scen = RunFolders.run(tmp.resolve("scen"), new String[] {"car", "walk", "walk", "pt"}, new double[] {10000, 1000, 1000, 5000},
        new int[] {1200, 900, 900, 600}, 0, new String[] {"1", "3"}, new int[] {6, 6}, new int[] {1, 4}, new double[] {25, 12},
        800, 4.5, Map.of());
    RunFolders.manifest(scen, 1.0, 0, Map.of("ev_energy_charged_Wh", 12500L, "ev_queueing_s", 5400L),
        Map.of("whatif_name", NAME));
  }

  @Test
  void kpiTableInTheReportEqualsKpisCsvAndAbsentKpisAreNotZero() throws Exception {
    Path cmp = tmp.resolve("cmp");
    RunComparison.compare(base, scen, cmp);
    List<String> csv = Files.readAllLines(cmp.resolve("kpis.csv"));
    assertTrue(csv.contains("ev_energy_charged_kwh,kWh,,12.5,,"), "absent in the base, not 0: " + csv);
    assertTrue(csv.contains("ev_charger_waiting_h,h,,1.5,,"), csv.toString());
    Map<String, List<String>> html = ReportHtml.table(Files.readString(cmp.resolve("report.html")), "kpis");
    assertEquals(csv.size() - 1, html.size(), "one HTML row per CSV row");
    for (String line : csv.subList(1, csv.size())) {
      String[] f = line.split(",", -1);
      List<String> row = html.get(f[0]);
      assertEquals(f[1], row.get(1), f[0] + " unit");
      for (int c = 2; c <= 4; c++) {
        assertEquals(f[c].isEmpty() ? "absent" : f[c], row.get(c), f[0] + " column " + c);
      }
      if (f[5].isEmpty()) {
        assertEquals("", row.get(5), f[0]);
      } else {
        assertEquals(100 * Double.parseDouble(f[5]), Double.parseDouble(row.get(5)), 1e-3, f[0]);
      }
    }
    assertEquals(List.of("vehicle_km", "km", "30", "10", "-20", "-66.6667"), html.get("vehicle_km"));
  }

  @Test
  void reportIsSelfContainedEscapedAndEveryImageDecodes() throws Exception {
    Path cmp = tmp.resolve("cmp");
    RunComparison.compare(base, scen, cmp);
    String html = Files.readString(cmp.resolve("report.html"));
    assertFalse(html.matches("(?s).*(src|href)=\"(?!data:)[^\"]*\".*"), "no reference outside the page");
    assertFalse(html.contains("<script"), "no script");
    assertFalse(html.contains(NAME), "the name is escaped");
    assertTrue(html.contains("tempo&lt;30&gt; &amp; &quot;co&quot;"), "escaped name in the title");
    Map<String, BufferedImage> img = ReportHtml.images(html);
    assertEquals(List.of("kpi-changes", "mode-shares", "hourly-volume", "hourly-speed", "hourly-co2", "change-map"),
        List.copyOf(img.keySet()));
    for (String png : ComparisonReport.PNGS) {
      assertTrue(Files.isRegularFile(cmp.resolve(png)), png);
    }
    assertTrue(Files.isRegularFile(cmp.resolve(ComparisonReport.EMISSIONS_PNG)), "both runs have emissions: hourly CO2");
    // hourly CO2 read back: base 600 g at 07:00 and 400 g at 08:00 (60 % / 40 % of 1000 g)
    RunOutputs b = RunOutputs.read(base);
    assertEquals(600, b.hourCo2_g[7], 1e-9);
    assertEquals(400, b.hourCo2_g[8], 1e-9);
    // hourly volume read back: link 1 at 06:00 (2) and 07:00 (1), link 2 at 08:00 (1)
    assertEquals(2, b.hourlyVolume(24)[6]);
    assertEquals(1, b.hourlyVolume(24)[8]);
    assertEquals(3.6 * (2 * 20 + 1 * 0) / 2, b.hourlySpeed_kmh(24)[6], 1e-9);
    assertEquals(NetworkMap.WIDTH, img.get("change-map").getWidth());
    // both manifests, with their counters
    assertTrue(html.contains("the complete run.json (base)") && html.contains("the complete run.json (scenario)"));
    assertTrue(html.contains("&quot;ev_queueing_s&quot;: 5400"), "scenario manifest shown");
    // top changed links: link 3 first (+4), then 1 (-2), then 2 (-1)
    assertEquals(List.of("3", "1", "2"), List.copyOf(ReportHtml.table(html, "top-links").keySet()));
  }

  @Test
  void changeMapShowsTheChangeColoursAScaleBarAndIsDeterministic() throws Exception {
    RunComparison.compare(base, scen, tmp.resolve("a"));
    RunComparison.compare(base, scen, tmp.resolve("b"));
    byte[] a = Files.readAllBytes(tmp.resolve("a/change_map.png"));
    assertArrayEquals(a, Files.readAllBytes(tmp.resolve("b/change_map.png")), "same inputs, same PNG bytes");
    BufferedImage map = ImageIO.read(tmp.resolve("a/change_map.png").toFile());
    int red = ReportHtml.count(map, NetworkMap.DIVERGING[6]);
    int blue = ReportHtml.count(map, NetworkMap.DIVERGING[1]);
    int legendSwatch = 34 * 14;
    assertTrue(red > legendSwatch + 200, "link 3 (+4 veh) drawn in the strongest red: " + red);
    assertTrue(blue > legendSwatch + 200, "link 1 (-2 veh) drawn in the middle blue: " + blue);
    assertEquals(legendSwatch, ReportHtml.count(map, NetworkMap.DIVERGING[0]), "strongest blue only in the legend");
    assertEquals(0, NetworkMap.changeClass(-5, 5));
    assertEquals(3, NetworkMap.changeClass(0, 5));
    // the scale bar: a black bar in the lower left of the map frame
    int black = 0;
    for (int y = 640; y < 700; y++) {
      for (int x = 20; x < 300; x++) {
        black += (map.getRGB(x, y) & 0xffffff) == 0 ? 1 : 0;
      }
    }
    assertTrue(black > 100, "scale bar drawn: " + black);
  }

  @Test
  void runReportShowsTheRunKpisAndAVolumeMap() throws Exception {
    RunKpis kpis = RunReport.write(base);
    String html = Files.readString(base.resolve("report.html"));
    Map<String, List<String>> rows = ReportHtml.table(html, "kpis");
    assertEquals(kpis.values().size(), rows.size());
    assertEquals(List.of("vehicle_km", "km", "30"), rows.get("vehicle_km"));
    assertEquals(List.of("mean_speed", "km/h", "40"), rows.get("mean_speed"));
    assertEquals(List.of("emissions_co2_total_g", "g", "1000"), rows.get("emissions_co2_total_g"));
    assertFalse(rows.containsKey("ev_energy_charged_kwh"), "no EV model: not listed");
    BufferedImage map = ReportHtml.images(html).get("volume-map");
    // link 1 carries 3 of at most niceCeil(3) = 5 veh: sqrt(0.6) * 5 = 3.87 -> class 3; link 2: sqrt(0.2) * 5 = 2.24 -> class 2
    assertTrue(ReportHtml.count(map, NetworkMap.SEQUENTIAL[3]) > 34 * 14 + 200);
    assertTrue(ReportHtml.count(map, NetworkMap.SEQUENTIAL[2]) > 34 * 14 + 100);
    assertArrayEquals(Files.readAllBytes(base.resolve("volume_map.png")), ReportHtml.pngBytes(html, "volume-map"),
        "the page inlines the volume_map.png of the folder");
  }
}
