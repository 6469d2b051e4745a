package de.bochumtwin.scenarios.ev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.bochumtwin.core.ev.Chargers;
import de.bochumtwin.core.network.Network;
import de.bochumtwin.core.network.NetworkBuilder;
import de.bochumtwin.scenarios.osm.TransverseMercator;
import de.bochumtwin.scenarios.synthetic.SyntheticCity;
import de.bochumtwin.scenarios.synthetic.SyntheticCitySpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Bundesnetzagentur register imports from /work/shared/data/ev-charging (skipped without the data). */
class RegisterImportTest {
  static final Path DIR = Path.of(System.getProperty("twin.shared.data", "../../shared/data"), "ev-charging");
  static final Path BOCHUM = DIR.resolve("bnetza-ladesaeulenregister-2019-06/ladesaeulenregister_bochum_2019-06-09.csv");
  static final Path BERLIN = DIR.resolve("bnetza-berlin-2025-11/ladesaeulenregister_berlin.csv");

  @Test
  void bochum2019SitesLandOnLinksOfTheSyntheticBochumGrid() {
    assumeTrue(Files.isRegularFile(BOCHUM), "shared data not found at " + BOCHUM + ": skipping");
    List<RegisterEntry> rows = BnetzaRegister.read(BOCHUM);
    // README: the 26 rows whose 'Postleitzahl Ort' contains Bochum, 50 charge points
    assertEquals(26, rows.size());
    assertEquals(50, rows.stream().mapToInt(RegisterEntry::chargePoints).sum());
    // A 100 x 100 grid at 200 m centred on 376,000 E / 5,705,000 N (EPSG:25832) spans 366,100..385,900 E and
    // 5,695,100..5,714,900 N; Bochum's sites lie within 7.18-7.34 E, 51.45-51.51 N, i.e. inside it.
    // Any point inside a 200 m grid cell is at most 100 m (half the spacing) from one of the cell's sides.
    SyntheticCitySpec spec = SyntheticCitySpec.builder().withGridSize(100).withSpacing_m(200).withAgents(0).build();
    Network net = SyntheticCity.generate(spec, 1L).network();
    RegisterImport.Result r = RegisterImport.toChargers(rows, net, 100.0);
    assertEquals(0, r.unmatched().size(), () -> "unmatched: " + r.unmatched());
    Chargers c = r.chargers();
    assertEquals(26, c.size());
    for (int i = 0; i < c.size(); i++) {
      assertTrue(c.x_m(i) > 366_100 && c.x_m(i) < 385_900 && c.y_m(i) > 5_695_100 && c.y_m(i) < 5_714_900, c.id(i));
      assertTrue(r.distance_m()[i] <= 100.0, c.id(i) + " is " + r.distance_m()[i] + " m from its link");
      // the link really is that far: recompute the point-segment distance by hand
      int l = c.link(i);
      double d = segmentDistance(c.x_m(i), c.y_m(i), net.nodeX_m(net.fromNode(l)), net.nodeY_m(net.fromNode(l)),
          net.nodeX_m(net.toNode(l)), net.nodeY_m(net.toNode(l)));
      assertEquals(d, r.distance_m()[i], 1e-6, c.id(i));
    }
    // Westring (first row, 7.213156 E, 51.482613 N): the osm helper's projection puts 7.2162 E, 51.4818 N at
    // 376,136.7 E, 5,704,913.9 N (proj4j); 0.003044 deg further west at 51.48 N is 0.003044 x 111,320 m x
    // cos(51.48 deg) = 211.0 m; west of the central meridian (9 E) true north points east of grid north by the
    // convergence (9 - 7.21) x sin(51.48 deg) = 1.4 deg, so the 0.000813 deg (90 m) further north adds
    // 90 m x sin(1.4 deg) = 2.2 m: 376,136.7 - 211.0 + 2.2 = 375,927.9 (+- 1 m for the rounded inputs)
    assertEquals(375_927.9, c.x_m(0), 1.0);
    assertEquals("Stadtwerke Bochum", c.operator(0));
    assertEquals(11.0, c.plugPower_kW(0), 0);
    assertEquals(3, c.plugCount(0));
    // row 19 of the file (18th data row): BP Castroper Hellweg 111, a 160 kW fast charger with one point
    assertEquals("BP Europa SE", c.operator(17));
    assertEquals(160.0, c.plugPower_kW(17), 0);
    assertEquals(1, c.plugCount(17));
  }

  @Test
  void berlin2025ImportsWithCountsByPowerClass() throws Exception {
    assumeTrue(Files.isRegularFile(BERLIN), "shared data not found at " + BERLIN + ": skipping");
    List<RegisterEntry> rows = BnetzaRegister.read(BERLIN);
    // independent count: join physical lines while a quote is open, split on ';' outside quotes
    List<List<String>> records = scan(Files.readString(BERLIN, StandardCharsets.UTF_8));
    List<String> header = records.get(0);
    int powerCol = header.indexOf("Nennleistung Ladeeinrichtung [kW]");
    int pointsCol = header.indexOf("Anzahl Ladepunkte");
    Map<PowerClass, Integer> expected = new EnumMap<>(PowerClass.class);
    int points = 0;
    for (List<String> rec : records.subList(1, records.size())) {
      double p = Double.parseDouble(rec.get(powerCol).replace(',', '.'));
      PowerClass k = p <= 11 ? PowerClass.UP_TO_11_KW : p <= 22 ? PowerClass.UP_TO_22_KW
          : p < 50 ? PowerClass.BELOW_50_KW : p < 150 ? PowerClass.KW_50_TO_149 : PowerClass.FROM_150_KW;
      expected.merge(k, 1, Integer::sum);
      points += Integer.parseInt(rec.get(pointsCol));
    }
    assertEquals(records.size() - 1, rows.size());
    assertEquals(4528, rows.size(), "4,840 physical lines, 116 records span several lines");
    assertEquals(points, rows.stream().mapToInt(RegisterEntry::chargePoints).sum());

    // a 500 m grid over the projected bounding box of the sites: every site is within 250 m of a link
    Network net = gridOver(rows, 500.0);
    RegisterImport.Result r = RegisterImport.toChargers(rows, net, 250.0);
    assertEquals(0, r.unmatched().size());
    for (PowerClass k : PowerClass.values()) {
      assertEquals(expected.getOrDefault(k, 0), r.byPowerClass().get(k), k.label());
    }
    // spot check against the file: 22 kW devices are the largest class (1,419 of them by a separate count)
    assertEquals(1419, rows.stream().filter(e -> e.devicePower_kW() == 22.0).count());
  }

  static List<List<String>> scan(String text) {
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<List<String>> out = new ArrayList<>();
    StringBuilder rec = new StringBuilder();
    for (String line : text.split("\r?\n", -1)) {
      rec.append(rec.length() > 0 ? "\n" : "").append(line);
      if (rec.chars().filter(ch -> ch == '"').count() % 2 == 1) {
        continue;
      }
      if (rec.length() > 0) {
        List<String> fields = new ArrayList<>();
        boolean q = false;
        StringBuilder f = new StringBuilder();
        for (char ch : rec.toString().toCharArray()) {
          if (ch == '"') {
            q = !q;
          } else if (ch == ';' && !q) {
            fields.add(f.toString());
            f.setLength(0);
          } else {
            f.append(ch);
          }
        }
        fields.add(f.toString());
        out.add(fields);
      }
      rec.setLength(0);
    }
    return out;
  }

  static Network gridOver(List<RegisterEntry> rows, double spacing) {
    TransverseMercator tm = TransverseMercator.forCrs("EPSG:25832");
    double[] xy = new double[2];
    double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
    for (RegisterEntry e : rows) {
      tm.project(e.lat_deg(), e.lon_deg(), xy);
      minX = Math.min(minX, xy[0]);
      maxX = Math.max(maxX, xy[0]);
      minY = Math.min(minY, xy[1]);
      maxY = Math.max(maxY, xy[1]);
    }
    int nx = (int) Math.ceil((maxX - minX) / spacing) + 1;
    int ny = (int) Math.ceil((maxY - minY) / spacing) + 1;
    NetworkBuilder b = new NetworkBuilder().withName("berlin-grid").withCrs("EPSG:25832");
    for (int i = 0; i < ny; i++) {
      for (int j = 0; j < nx; j++) {
        b.addNode(i + "_" + j, minX + j * spacing, minY + i * spacing);
      }
    }
    for (int i = 0; i < ny; i++) {
      for (int j = 0; j < nx; j++) {
        if (j + 1 < nx) {
          b.addLink(i + "_" + j + "e", i + "_" + j, i + "_" + (j + 1), spacing, 13.9, 600, 1, List.of("car"), null, null);
        }
        if (i + 1 < ny) {
          b.addLink(i + "_" + j + "n", i + "_" + j, (i + 1) + "_" + j, spacing, 13.9, 600, 1, List.of("car"), null, null);
        }
      }
    }
    return b.build();
  }

  static double segmentDistance(double px, double py, double ax, double ay, double bx, double by) {
    double dx = bx - ax;
    double dy = by - ay;
    double t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
    return Math.hypot(px - ax - t * dx, py - ay - t * dy);
  }
}
