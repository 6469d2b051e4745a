package de.bochumtwin.scenarios.airquality;

/**
 * Forward transverse Mercator on the GRS80 ellipsoid (ETRS89 / UTM, e.g. EPSG:25832 = zone 32), with
 * the series of Snyder (1987, "Map Projections - A Working Manual", USGS PP 1395, eqs. 8-9 to 8-11);
 * accurate to well below a metre within the zone, enough to place receptors.
 */
public final class Utm {
  private static final double A = 6378137.0;
  private static final double F = 1 / 298.257222101;
  private static final double K0 = 0.9996;

  private Utm() {}

  /** {easting_m, northing_m} in UTM zone {@code zone} (northern hemisphere) for WGS84/ETRS89 lon/lat in degrees. */
  public static double[] forward(double lon_deg, double lat_deg, int zone) {
    double e2 = 2 * F - F * F;
    double ep2 = e2 / (1 - e2);
    double phi = Math.toRadians(lat_deg);
    double lam0 = Math.toRadians(6 * zone - 183);
    double sin = Math.sin(phi);
    double cos = Math.cos(phi);
    double n = A / Math.sqrt(1 - e2 * sin * sin);
    double t = Math.tan(phi) * Math.tan(phi);
    double c = ep2 * cos * cos;
    double a = (Math.toRadians(lon_deg) - lam0) * cos;
    double e4 = e2 * e2;
    double e6 = e4 * e2;
    double m = A * ((1 - e2 / 4 - 3 * e4 / 64 - 5 * e6 / 256) * phi
        - (3 * e2 / 8 + 3 * e4 / 32 + 45 * e6 / 1024) * Math.sin(2 * phi)
        + (15 * e4 / 256 + 45 * e6 / 1024) * Math.sin(4 * phi)
        - (35 * e6 / 3072) * Math.sin(6 * phi));
    double x = K0 * n * (a + (1 - t + c) * Math.pow(a, 3) / 6
        + (5 - 18 * t + t * t + 72 * c - 58 * ep2) * Math.pow(a, 5) / 120) + 500000;
    double y = K0 * (m + n * Math.tan(phi) * (a * a / 2 + (5 - t + 9 * c + 4 * c * c) * Math.pow(a, 4) / 24
        + (61 - 58 * t + t * t + 600 * c - 330 * ep2) * Math.pow(a, 6) / 720));
    return new double[] {x, y};
  }
}
