package de.bochumtwin.results.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Inverse UTM against known points of ETRS89 / UTM zone 32N (EPSG:25832). */
class InverseUtmTest {
  @Test
  void bochumPointMatchesReference() {
    double[] ll = new double[2];
    InverseUtm.ofEtrs89Epsg(25832).toLonLat(376136.7, 5704913.9, ll);
    assertEquals(7.2162, ll[0], 1e-6, "longitude");
    assertEquals(51.4818, ll[1], 1e-6, "latitude");
  }

  @Test
  void originOfZoneIsCentralMeridianOnEquator() {
    double[] ll = new double[2];
    InverseUtm.ofZone(32).toLonLat(500000, 0, ll);
    assertEquals(9.0, ll[0], 1e-12);
    assertEquals(0.0, ll[1], 1e-12);
  }

  @Test
  void centralMeridianNorthingIsScaledMeridianArc() {
    // on the central meridian x = 0, so the northing is k0 times the meridian arc; the GRS80 arc from the
    // equator to 45 deg N is 4984944.378 m (published value), so northing 0.9996 * that is latitude 45 deg
    double[] ll = new double[2];
    InverseUtm.ofZone(32).toLonLat(500000, 0.9996 * 4984944.378, ll);
    assertEquals(9.0, ll[0], 1e-12);
    assertEquals(45.0, ll[1], 1e-8);
  }

  @Test
  void rejectsNonUtmEpsg() {
    assertThrows(IllegalArgumentException.class, () -> InverseUtm.ofEtrs89Epsg(4326));
  }
}
