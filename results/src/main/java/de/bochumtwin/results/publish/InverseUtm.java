package de.bochumtwin.results.publish;

/**
 * Inverse Universal Transverse Mercator on the GRS 1980 ellipsoid (ETRS89 / UTM zone {@code N}, e.g.
 * EPSG:25832 for zone 32): easting/northing in metres to longitude/latitude in degrees.
 *
 * <p>Uses Krüger's series in the third flattening n to fourth order (the formulation of the Universal
 * Transverse Mercator article and Karney 2011), accurate to well below a millimetre inside a zone. ETRS89
 * and WGS84 differ by less than a metre in Europe, which GeoParquet's OGC:CRS84 users can ignore; the
 * result is therefore written as WGS84 lon/lat. Immutable and thread-safe.
 */
public final class InverseUtm {
  private static final double A = 6378137.0;
  private static final double INV_F = 298.257222101;
  private static final double K0 = 0.9996;
  private static final double FALSE_EASTING_M = 500000.0;

  private static final double N;
  private static final double RECT_A;
  private static final double[] BETA = new double[4];
  private static final double[] DELTA = new double[4];

  static {
    double f = 1.0 / INV_F;
    double n = f / (2 - f);
    double n2 = n * n;
    double n3 = n2 * n;
    double n4 = n3 * n;
    N = n;
    RECT_A = A / (1 + n) * (1 + n2 / 4 + n4 / 64);
    BETA[0] = n / 2 - 2.0 / 3 * n2 + 37.0 / 96 * n3 - 1.0 / 360 * n4;
    BETA[1] = 1.0 / 48 * n2 + 1.0 / 15 * n3 - 437.0 / 1440 * n4;
    BETA[2] = 17.0 / 480 * n3 - 37.0 / 840 * n4;
    BETA[3] = 4397.0 / 161280 * n4;
    DELTA[0] = 2 * n - 2.0 / 3 * n2 - 2 * n3 + 116.0 / 45 * n4;
    DELTA[1] = 7.0 / 3 * n2 - 8.0 / 5 * n3 - 227.0 / 45 * n4;
    DELTA[2] = 56.0 / 15 * n3 - 136.0 / 35 * n4;
    DELTA[3] = 4279.0 / 630 * n4;
  }

  private final int zone;
  private final double centralMeridian_rad;

  private InverseUtm(int zone) {
    this.zone = zone;
    this.centralMeridian_rad = Math.toRadians(zone * 6.0 - 183.0);
  }

  /** Northern-hemisphere UTM zone 1..60 (32 for Bochum). */
  public static InverseUtm ofZone(int zone) {
    if (zone < 1 || zone > 60) {
      throw new IllegalArgumentException("UTM zone must be 1..60, got " + zone);
    }
    return new InverseUtm(zone);
  }

  /** The zone of an ETRS89 / UTM EPSG code 25828..25838 (zones 28..38), e.g. 25832 -> 32. */
  public static InverseUtm ofEtrs89Epsg(int epsg) {
    if (epsg < 25828 || epsg > 25838) {
      throw new IllegalArgumentException("EPSG:" + epsg + " is not an ETRS89 / UTM zone CRS (EPSG:25828..25838)");
    }
    return ofZone(epsg - 25800);
  }

  public int zone() {
    return zone;
  }

  /**
   * Writes {@code [lon_deg, lat_deg]} of the point into {@code out} (no allocation, for loops over many
   * coordinates).
   */
  public void toLonLat(double easting_m, double northing_m, double[] out) {
    double xi = northing_m / (K0 * RECT_A);
    double eta = (easting_m - FALSE_EASTING_M) / (K0 * RECT_A);
    double xiP = xi;
    double etaP = eta;
    for (int j = 1; j <= 4; j++) {
      double b = BETA[j - 1];
      xiP -= b * Math.sin(2 * j * xi) * Math.cosh(2 * j * eta);
      etaP -= b * Math.cos(2 * j * xi) * Math.sinh(2 * j * eta);
    }
    double chi = Math.asin(Math.sin(xiP) / Math.cosh(etaP));
    double lat = chi;
    for (int j = 1; j <= 4; j++) {
      lat += DELTA[j - 1] * Math.sin(2 * j * chi);
    }
    double lon = centralMeridian_rad + Math.atan2(Math.sinh(etaP), Math.cos(xiP));
    out[0] = Math.toDegrees(lon);
    out[1] = Math.toDegrees(lat);
  }

  /** Third flattening n of GRS 1980 (for tests and documentation). */
  static double thirdFlattening() {
    return N;
  }
}
