package de.bochumtwin.core.airquality;

import java.util.Arrays;

/**
 * A simplified OSPM-like street-canyon increment (after the recirculation component of the Operational
 * Street Pollution Model, Berkowicz 2000, "OSPM - a parameterised street pollution model",
 * Environmental Monitoring and Assessment 65, 323-331): pollution trapped by the vortex in a canyon of
 * width W is diluted by the ventilation velocity at roof level,
 *
 * <pre>
 *   dC = E_l |sin(theta)| / (W sigma_w),   sigma_w = sqrt((lambda u)^2 + sigma_wt^2)
 * </pre>
 *
 * with E_l the link's emission per metre (g/m/s), theta the angle between wind and street axis (no
 * vortex for wind along the street), lambda = 0.1 as in OSPM and sigma_wt a constant traffic-produced
 * turbulence (OSPM computes it from the traffic; here a setting). It applies to receptors inside the
 * street (perpendicular distance to the link at most W/2, foot point on the link) and is added to the
 * Gaussian (direct) part; both sides of the street get the same increment (OSPM gives the leeward side
 * more, the windward side less).
 */
final class StreetCanyon {
  private StreetCanyon() {}

  /** Canyon links that contain one receptor. */
  static final class Members {
    int count;
    int[] local = new int[8];
    double[] tx = new double[8];
    double[] ty = new double[8];
    double[] invLW = new double[8];

    void clear() {
      count = 0;
    }
  }

  /** Adds link {@code s} (local index {@code i}) to {@code out} when (px, py) lies inside its canyon. */
  static void collect(LineSources src, int s, int i, double px, double py, Members out) {
    double w = src.canyonWidth_m(s);
    if (w <= 0) {
      return;
    }
    double ax = src.x0(s);
    double ay = src.y0(s);
    double dx = src.x1(s) - ax;
    double dy = src.y1(s) - ay;
    double len = Math.hypot(dx, dy);
    if (len <= 0) {
      return;
    }
    double t = ((px - ax) * dx + (py - ay) * dy) / len;
    double perp = Math.abs(-(px - ax) * dy + (py - ay) * dx) / len;
    if (t < 0 || t > len || perp > 0.5 * w) {
      return;
    }
    if (out.count == out.local.length) {
      int c = out.count * 2;
      out.local = Arrays.copyOf(out.local, c);
      out.tx = Arrays.copyOf(out.tx, c);
      out.ty = Arrays.copyOf(out.ty, c);
      out.invLW = Arrays.copyOf(out.invLW, c);
    }
    out.local[out.count] = i;
    out.tx[out.count] = dx / len;
    out.ty[out.count] = dy / len;
    out.invLW[out.count] = 1 / (len * w);
    out.count++;
  }

  /** Adds the increment per g/s of each member link to {@code k} (g/m³ per g/s) for wind (ax, ay) at u. */
  static void add(Members m, double ax, double ay, double u, DispersionSettings st, double[] k) {
    if (m.count == 0) {
      return;
    }
    double lu = st.canyonLambda() * u;
    double sw = Math.sqrt(lu * lu + st.canyonTrafficSigmaW_mps() * st.canyonTrafficSigmaW_mps());
    for (int j = 0; j < m.count; j++) {
      double sin = Math.abs(m.tx[j] * ay - m.ty[j] * ax);
      k[m.local[j]] += sin * m.invLW[j] / sw;
    }
  }

  /** The increment (µg/m³) for a line emission {@code e_gpms} (g/m/s) in a canyon of width w; for tests and docs. */
  static double increment_ugm3(double e_gpms, double w_m, double sinTheta, double u_mps, DispersionSettings st) {
    double lu = st.canyonLambda() * u_mps;
    double sw = Math.sqrt(lu * lu + st.canyonTrafficSigmaW_mps() * st.canyonTrafficSigmaW_mps());
    return e_gpms * Math.abs(sinTheta) / (w_m * sw) * 1e6;
  }
}
