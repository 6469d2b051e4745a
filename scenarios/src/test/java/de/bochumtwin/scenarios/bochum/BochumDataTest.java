package de.bochumtwin.scenarios.bochum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The committed figures: projected coordinates, zone totals, Stadtbezirke, commuter directions. */
class BochumDataTest {
  static final BochumScenario S = BochumScenario.load();

  /** Transverse Mercator (GRS80, lon0 9 E, k0 0.9996, FE 500 km): the series of Snyder, USGS PP 1395. */
  static double[] utm32(double lon, double lat) {
    double a = 6378137.0;
    double f = 1 / 298.257222101;
    double k0 = 0.9996;
    double e2 = f * (2 - f);
    double ep2 = e2 / (1 - e2);
    double phi = Math.toRadians(lat);
    double n = a / Math.sqrt(1 - e2 * Math.sin(phi) * Math.sin(phi));
    double t = Math.tan(phi) * Math.tan(phi);
    double c = ep2 * Math.cos(phi) * Math.cos(phi);
    double aa = (Math.toRadians(lon) - Math.toRadians(9.0)) * Math.cos(phi);
    double m = a * ((1 - e2 / 4 - 3 * e2 * e2 / 64 - 5 * e2 * e2 * e2 / 256) * phi
        - (3 * e2 / 8 + 3 * e2 * e2 / 32 + 45 * e2 * e2 * e2 / 1024) * Math.sin(2 * phi)
        + (15 * e2 * e2 / 256 + 45 * e2 * e2 * e2 / 1024) * Math.sin(4 * phi)
        - (35 * e2 * e2 * e2 / 3072) * Math.sin(6 * phi));
    double x = k0 * n * (aa + (1 - t + c) * Math.pow(aa, 3) / 6
        + (5 - 18 * t + t * t + 72 * c - 58 * ep2) * Math.pow(aa, 5) / 120) + 500000;
    double y = k0 * (m + n * Math.tan(phi) * (aa * aa / 2 + (5 - t + 9 * c + 4 * c * c) * Math.pow(aa, 4) / 24
        + (61 - 58 * t + t * t + 600 * c - 330 * ep2) * Math.pow(aa, 6) / 720));
    return new double[] {x, y};
  }

  @Test
  void projectionReproducesTheReferencePoint() {
    double[] p = utm32(7.2162, 51.4818);
    assertEquals(376136.7, p[0], 0.1);
    assertEquals(5704913.9, p[1], 0.1);
  }

  @Test
  void committedCoordinatesAreTheProjectedLatLon() {
    for (String file : new String[] {"nodes.csv", "zones.csv"}) {
      CsvTable t = CsvTable.load(file);
      for (int r = 0; r < t.rowCount(); r++) {
        double[] p = utm32(t.getDouble(r, "lon"), t.getDouble(r, "lat"));
        assertEquals(p[0], t.getDouble(r, "x_m"), 0.5, file + " line " + t.line(r));
        assertEquals(p[1], t.getDouble(r, "y_m"), 0.5, file + " line " + t.line(r));
      }
    }
  }

  @Test
  void knownInterchangeIsWhereWikipediaSaysIt() {
    // Autobahnkreuz Bochum 51°29'48"N 7°16'16"E
    int ak = S.network().nodeIndexOrMinusOne("AK_bochum");
    double[] p = utm32(7 + 16 / 60.0 + 16 / 3600.0, 51 + 29 / 60.0 + 48 / 3600.0);
    assertEquals(p[0], S.network().nodeX_m(ak), 0.5);
    assertEquals(p[1], S.network().nodeY_m(ak), 0.5);
  }

  @Test
  void zoneTotalsEqualTheFacts() {
    assertEquals(30, S.zones().size());
    int residents = 0;
    int jobs = 0;
    for (Zone z : S.zones()) {
      residents += z.residents();
      jobs += z.jobs();
      assertTrue(z.residents() > 2000 && z.jobs() > 500, z.toString());
    }
    assertEquals((int) S.fact("residents_total"), residents);
    assertEquals(365_742, residents);
    assertEquals(197_681, jobs);
  }

  @Test
  void residentsAreTheSourceFiguresScaledToTheBaseYear() {
    CsvTable t = CsvTable.load("zones.csv");
    double raw = 0;
    for (int r = 0; r < t.rowCount(); r++) {
      raw += t.getDouble(r, "residents_raw");
    }
    assertEquals(371_097, raw, 1.0, "raw figures add up to the 2016 city total of the Stadtgliederung page");
    for (int r = 0; r < t.rowCount(); r++) {
      double expected = t.getDouble(r, "residents_raw") * 365_742 / raw;
      assertEquals(expected, t.getInt(r, "residents"), 1.0, t.get(r, "id"));
    }
  }

  @Test
  void mitteAndWattenscheidMatchTheirPublishedTotals() {
    Map<String, Integer> byDistrict = S.residentsByDistrict();
    assertEquals(6, byDistrict.size());
    double scale = 365_742 / 371_097.0;
    assertEquals(102_790 * scale, byDistrict.get("Mitte"), 5);
    assertEquals(72_736 * scale, byDistrict.get("Wattenscheid"), 5);
    assertEquals(54_000 * scale, byDistrict.get("Ost"), 5);
  }

  @Test
  void districtPolygonsHoldTheirZonesAndTheCityHoldsTheNetwork() {
    assertEquals(6, S.districts().size());
    for (Zone z : S.zones()) {
      Polygon2d d = S.districts().stream().filter(p -> p.name().equals(z.district())).findFirst().orElseThrow();
      assertTrue(d.contains(z.x_m(), z.y_m()), z.id() + " outside " + d.name());
    }
    double area_km2 = S.cityOutline().area_m2() / 1e6;
    assertTrue(area_km2 > 120 && area_km2 < 250, "city outline " + area_km2 + " km² (real: 145.66 km²)");
    for (int v = 0; v < S.network().nodeCount(); v++) {
      String id = S.network().nodeId(v);
      if (!id.startsWith("GW_")) {
        assertTrue(S.cityOutline().contains(S.network().nodeX_m(v), S.network().nodeY_m(v)), id);
      }
    }
  }

  @Test
  void gatewaysCarryTheCommuterFacts() {
    int in = 0;
    int out = 0;
    for (Gateway g : S.gateways()) {
      in += g.inCommuters();
      out += g.outCommuters();
    }
    assertEquals(89_000, in);
    assertEquals(80_000, out);
    Gateway herne = S.gateways().stream().filter(g -> g.id().equals("GW_A43_N")).findFirst().orElseThrow();
    assertTrue(herne.inCommuters() >= 12_300, "Herne alone sends 12,300 in-commuters");
    Gateway west = S.gateways().stream().filter(g -> g.id().equals("GW_A40_W")).findFirst().orElseThrow();
    assertTrue(west.outCommuters() >= 13_500 + 3_800, "Essen and Düsseldorf take 17,300 out-commuters");
  }

  @Test
  void brokenFileNamesFileAndLine() {
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> CsvTable.load("zones.csv").getDouble(0, "name"));
    assertTrue(e.getMessage().startsWith("zones.csv line "), e.getMessage());
  }
}
