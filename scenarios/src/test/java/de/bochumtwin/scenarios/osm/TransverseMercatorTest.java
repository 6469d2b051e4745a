package de.bochumtwin.scenarios.osm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TransverseMercatorTest {
  private final double[] xy = new double[2];

  @Test
  void bochumPointMatchesProj4j() {
    // measured with proj4j 1.4.1 (shared/notes/dependencies.md): WGS84 7.2162 E 51.4818 N -> EPSG:25832
    TransverseMercator tm = TransverseMercator.forCrs("EPSG:25832");
    tm.project(51.4818, 7.2162, xy);
    assertEquals(376136.7, xy[0], 0.1);
    assertEquals(5704913.9, xy[1], 0.1);
    assertEquals("EPSG:25832", tm.crs());
  }

  @Test
  void epsgGuidanceNoteExampleBritishNationalGrid() {
    // EPSG Guidance Note 7-2, Transverse Mercator worked example (OSGB 1936 / British National Grid,
    // Airy 1830 ellipsoid, origin 49 N 2 W, k0 0.9996012717, FE 400000, FN -100000):
    // 50°30'N 0°30'E -> E 577274.99 m, N 69740.50 m
    TransverseMercator bng = new TransverseMercator("EPSG:27700", 6377563.396, 299.3249646, 49, -2, 0.9996012717,
        400000, -100000);
    bng.project(50.5, 0.5, xy);
    assertEquals(577274.99, xy[0], 0.01);
    assertEquals(69740.50, xy[1], 0.01);
  }

  @Test
  void centralMeridianAndEquatorAreTheFalseOrigin() {
    // on the equator at the central meridian, UTM gives exactly the false easting and northing 0
    TransverseMercator tm = TransverseMercator.etrs89Utm(32);
    tm.project(0, 9, xy);
    assertEquals(500000.0, xy[0], 1e-6);
    assertEquals(0.0, xy[1], 1e-6);
    // along the central meridian, northing = k0 * meridian arc; GRS80 quarter meridian is 10001965.729 m
    tm.project(90, 9, xy);
    assertEquals(0.9996 * 10001965.729, xy[1], 0.001);
  }

  @Test
  void unsupportedCrsIsRejectedWithTheSupportedList() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TransverseMercator.forCrs("EPSG:4326"));
    assertEquals(true, e.getMessage().contains("EPSG:25832"));
    assertEquals("EPSG:32632", TransverseMercator.forCrs("epsg:32632").crs());
  }
}
