package de.bochumtwin.scenarios.osm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BochumAreaTest {
  private final TransverseMercator tm = TransverseMercator.forCrs("EPSG:25832");

  private boolean inside(BoundingPolygon p, double lat, double lon) {
    double[] xy = new double[2];
    tm.project(lat, lon, xy);
    return p.project(tm).contains(xy[0], xy[1]);
  }

  @Test
  void containsBochumPlacesAndNotItsNeighbours() {
    BoundingPolygon city = BochumArea.boundary(0);
    assertTrue(inside(city, 51.4787, 7.2232), "Bochum Hauptbahnhof");
    assertTrue(inside(city, 51.4452, 7.2616), "Ruhr-Universitaet");
    assertTrue(inside(city, 51.4816, 7.1390), "Wattenscheid");
    assertFalse(inside(city, 51.4514, 7.0142), "Essen Hauptbahnhof");
    assertFalse(inside(city, 51.5178, 7.4593), "Dortmund Hauptbahnhof");
    assertFalse(inside(city, 51.5395, 7.2258), "Herne Bahnhof");
  }

  @Test
  void bufferReachesJustBeyondTheBoundary() {
    // 0.009 degrees (1.0 km) north of the boundary vertex 7.2102963 E 51.5187857 N, where the
    // boundary runs east-west
    assertFalse(inside(BochumArea.boundary(500), 51.5277857, 7.2102963));
    assertTrue(inside(BochumArea.boundary(2000), 51.5277857, 7.2102963));
    // Herne station, 2.3 km north of the boundary, stays outside the default buffer
    assertFalse(inside(BochumArea.boundary(BochumArea.DEFAULT_BUFFER_M), 51.5395, 7.2258));
  }

  @Test
  void areaMatchesTheOfficialCityArea() {
    // official area 145.66 km² (Stadt Bochum / IT.NRW); the simplified ring must be within 1 %
    double[] ring = BochumArea.boundary(0).project(tm).outerRing(0);
    double twiceArea = 0;
    for (int i = 0, j = ring.length - 2; i < ring.length; j = i, i += 2) {
      twiceArea += ring[j] * ring[i + 1] - ring[i] * ring[j + 1];
    }
    double area_km2 = Math.abs(twiceArea) / 2 / 1e6 / (0.9998 * 0.9998); // grid -> ground: scale factor 0.9998 at 124 km from 9 E
    assertEquals(145.66, area_km2, 1.5);
  }
}
