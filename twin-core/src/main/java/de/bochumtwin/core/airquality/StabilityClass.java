package de.bochumtwin.core.airquality;

/**
 * Pasquill stability classes A (very unstable) to F (stable) with the Briggs (1973) urban dispersion
 * coefficients (fitted to the St. Louis experiments of McElroy and Pooler 1968; as tabulated in Hanna,
 * Briggs and Hosker 1982, "Handbook on Atmospheric Diffusion", table 4.6, and used by ISC3's urban
 * option). x is the downwind distance in metres. The fits are stated for 100 m to 10 km; closer to
 * the road they are extrapolated, where the initial (traffic-induced) dispersion dominates anyway.
 *
 * <pre>
 * class  sigma_y                      sigma_z
 * A, B   0.32 x (1 + 0.0004 x)^-1/2   0.24 x (1 + 0.001 x)^1/2
 * C      0.22 x (1 + 0.0004 x)^-1/2   0.20 x
 * D      0.16 x (1 + 0.0004 x)^-1/2   0.14 x (1 + 0.0003 x)^-1/2
 * E, F   0.11 x (1 + 0.0004 x)^-1/2   0.08 x (1 + 0.0015 x)^-1/2
 * </pre>
 */
public enum StabilityClass {
  A(0.32, 0.24), B(0.32, 0.24), C(0.22, 0.20), D(0.16, 0.14), E(0.11, 0.08), F(0.11, 0.08);

  private final double ay;
  private final double az;

  StabilityClass(double ay, double az) {
    this.ay = ay;
    this.az = az;
  }

  /** Horizontal dispersion coefficient (m) at downwind distance {@code x_m} >= 0. */
  public double sigmaY_m(double x_m) {
    return ay * x_m / Math.sqrt(1 + 0.0004 * x_m);
  }

  /** Vertical dispersion coefficient (m) at downwind distance {@code x_m} >= 0. */
  public double sigmaZ_m(double x_m) {
    switch (this) {
      case A:
      case B:
        return az * x_m * Math.sqrt(1 + 0.001 * x_m);
      case C:
        return az * x_m;
      case D:
        return az * x_m / Math.sqrt(1 + 0.0003 * x_m);
      default:
        return az * x_m / Math.sqrt(1 + 0.0015 * x_m);
    }
  }

  /** Class from a letter A-F (case-insensitive) or the digits 1-6; null when not a class. */
  public static StabilityClass parse(String s) {
    String t = s.trim().toUpperCase(java.util.Locale.ROOT);
    if (t.length() == 1) {
      char c = t.charAt(0);
      if (c >= 'A' && c <= 'F') {
        return values()[c - 'A'];
      }
      if (c >= '1' && c <= '6') {
        return values()[c - '1'];
      }
    }
    return null;
  }
}
