package de.bochumtwin.scenarios.osm;

import java.util.Locale;

/**
 * Forward transverse Mercator projection from geographic latitude/longitude (degrees) to grid metres,
 * using Krüger's series in the third flattening {@code n} to order n^4 (as given e.g. by Karney 2011,
 * "Transverse Mercator with an accuracy of a few nanometers", eqs. 7-10, and in the EPSG Guidance
 * Note 7-2 "JHS formula"). Within 1000 km of the central meridian the truncation error is below a
 * millimetre, far below what a road network needs.
 *
 * <p>Why our own code: the network importer only needs one forward projection, and a 60-line class
 * avoids a projection library and its EPSG database. Supported CRS codes: {@code EPSG:25832..25838}
 * (ETRS89 / UTM zones 32-38 N, GRS80) and {@code EPSG:32601..32660} (WGS 84 / UTM north, WGS84
 * ellipsoid). The datum shift between ETRS89 and WGS84 (decimetres) is ignored, as every OSM
 * importer does: OSM coordinates are taken as ETRS89 when projecting to EPSG:25832.
 *
 * <p>Instances are immutable and thread-safe. {@link #project} writes into a caller array, so the
 * importer's node loop allocates nothing.
 */
public final class TransverseMercator {
  /** GRS80 semi-major axis (m) and inverse flattening. */
  public static final double GRS80_A = 6378137.0;
  public static final double GRS80_INV_F = 298.257222101;
  /** WGS84 semi-major axis (m) and inverse flattening. */
  public static final double WGS84_A = 6378137.0;
  public static final double WGS84_INV_F = 298.257223563;

  private final String crs;
  private final double lon0_rad;
  private final double k0;
  private final double falseEasting_m;
  private final double falseNorthing_m;
  private final double e;
  private final double rectifyingRadius_m;
  private final double[] alpha;
  /** Unscaled northing of the natural origin (0 for UTM, whose origin is on the equator). */
  private final double originY_m;

  /**
   * @param crs the code written into the network (e.g. {@code EPSG:25832})
   * @param a_m semi-major axis of the ellipsoid in metres
   * @param inverseFlattening 1/f of the ellipsoid
   * @param lat0_deg latitude of natural origin (0 for UTM)
   * @param lon0_deg longitude of the central meridian
   * @param k0 scale factor on the central meridian
   */
  public TransverseMercator(String crs, double a_m, double inverseFlattening, double lat0_deg, double lon0_deg,
      double k0, double falseEasting_m, double falseNorthing_m) {
    this.crs = crs;
    double f = 1.0 / inverseFlattening;
    double n = f / (2 - f);
    double n2 = n * n;
    double n3 = n2 * n;
    double n4 = n3 * n;
    this.e = Math.sqrt(f * (2 - f));
    this.rectifyingRadius_m = a_m / (1 + n) * (1 + n2 / 4 + n4 / 64);
    this.alpha = new double[] {
        n / 2 - 2 * n2 / 3 + 5 * n3 / 16 + 41 * n4 / 180,
        13 * n2 / 48 - 3 * n3 / 5 + 557 * n4 / 1440,
        61 * n3 / 240 - 103 * n4 / 140,
        49561 * n4 / 161280};
    this.lon0_rad = Math.toRadians(lon0_deg);
    this.k0 = k0;
    this.falseEasting_m = falseEasting_m;
    this.falseNorthing_m = falseNorthing_m;
    double[] origin = new double[2];
    rawProject(Math.toRadians(lat0_deg), 0, origin);
    this.originY_m = origin[1];
  }

  /** ETRS89 / UTM zone {@code zone} north (EPSG:258zz), the official German grid for zones 32 and 33. */
  public static TransverseMercator etrs89Utm(int zone) {
    if (zone < 28 || zone > 38) {
      throw new IllegalArgumentException("ETRS89 / UTM zone must be 28..38, got " + zone);
    }
    return new TransverseMercator("EPSG:258" + zone, GRS80_A, GRS80_INV_F, 0, zone * 6 - 183, 0.9996, 500000, 0);
  }

  /** WGS 84 / UTM zone {@code zone} north (EPSG:326zz). */
  public static TransverseMercator wgs84Utm(int zone) {
    if (zone < 1 || zone > 60) {
      throw new IllegalArgumentException("UTM zone must be 1..60, got " + zone);
    }
    return new TransverseMercator(String.format(Locale.ROOT, "EPSG:326%02d", zone), WGS84_A, WGS84_INV_F, 0,
        zone * 6 - 183, 0.9996, 500000, 0);
  }

  /**
   * The projection for a CRS code such as {@code EPSG:25832} or {@code EPSG:32632}.
   *
   * @throws IllegalArgumentException naming the supported codes when the code is not one of them
   */
  public static TransverseMercator forCrs(String code) {
    String c = code.trim().toUpperCase(Locale.ROOT);
    if (c.startsWith("EPSG:")) {
      try {
        int n = Integer.parseInt(c.substring(5));
        if (n >= 25828 && n <= 25838) {
          return etrs89Utm(n - 25800);
        }
        if (n >= 32601 && n <= 32660) {
          return wgs84Utm(n - 32600);
        }
      } catch (NumberFormatException ignored) {
        // fall through to the error below
      }
    }
    throw new IllegalArgumentException("unsupported CRS '" + code + "': use EPSG:25828..25838 (ETRS89 / UTM north, "
        + "EPSG:25832 for Bochum) or EPSG:32601..32660 (WGS 84 / UTM north)");
  }

  public String crs() {
    return crs;
  }

  /**
   * Projects a WGS84/ETRS89 position.
   *
   * @param out receives {@code out[0] = easting_m, out[1] = northing_m}
   */
  public void project(double lat_deg, double lon_deg, double[] out) {
    rawProject(Math.toRadians(lat_deg), Math.toRadians(lon_deg) - lon0_rad, out);
    out[0] = falseEasting_m + k0 * out[0];
    out[1] = falseNorthing_m + k0 * (out[1] - originY_m);
  }

  /** Unscaled (k0 = 1) transverse Mercator x, y of a point {@code dLon} radians from the central meridian. */
  private void rawProject(double lat, double dLon, double[] out) {
    double sinLat = Math.sin(lat);
    // conformal latitude via t = tan(chi)
    double t = Math.sinh(atanh(sinLat) - e * atanh(e * sinLat));
    double xiP = Math.atan2(t, Math.cos(dLon));
    double etaP = atanh(Math.sin(dLon) / Math.sqrt(1 + t * t));
    double xi = xiP;
    double eta = etaP;
    for (int j = 1; j <= 4; j++) {
      double a = alpha[j - 1];
      xi += a * Math.sin(2 * j * xiP) * Math.cosh(2 * j * etaP);
      eta += a * Math.cos(2 * j * xiP) * Math.sinh(2 * j * etaP);
    }
    out[0] = rectifyingRadius_m * eta;
    out[1] = rectifyingRadius_m * xi;
  }

  private static double atanh(double x) {
    return 0.5 * Math.log((1 + x) / (1 - x));
  }
}
