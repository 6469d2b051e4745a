package de.bochumtwin.core.airquality;

/**
 * The Gaussian line-source kernel. A link is cut into elements; each element is treated as a short
 * line source perpendicular to the wind (its crosswind projection, the CALINE3 approach of Benson
 * 1979/1984) at its midpoint's downwind distance x, with ground reflection:
 *
 * <pre>
 *   C = Q / (sqrt(2 pi) sigma_z u) * [exp(-(z-h)^2 / 2 sigma_z^2) + exp(-(z+h)^2 / 2 sigma_z^2)]
 *         * [erf((y + w) / (sqrt 2 sigma_y)) - erf((y - w) / (sqrt 2 sigma_y))] / (4 w)
 * </pre>
 *
 * with Q the element's emission (g/s), w half its crosswind extent, y the receptor's crosswind offset
 * from the element midpoint, sigma = sqrt(sigma_0^2 + sigma(x)^2) (Briggs urban, {@link StabilityClass}).
 * For w -> 0 the crosswind factor becomes the point-source term exp(-y^2 / 2 sigma_y^2) / (sqrt(2 pi) sigma_y);
 * for a long line perpendicular to the wind the erf terms give 2 and the sum is the classic infinite
 * line source C = 2 q exp(-h^2 / 2 sigma_z^2) / (sqrt(2 pi) sigma_z u) at z = 0 (Turner 1970, infinite line source).
 * Elements (and the parts of elements) downwind of the receptor (x <= 0) contribute nothing (no
 * meander or upwind diffusion).
 *
 * <p>Element lengths grow with the distance from the receptor ({@code elementFactor * distance}, at
 * least {@code minElement_m}) starting at the link point closest to the receptor, so near links are
 * resolved finely and far parts coarsely (CALINE3 also grows its elements downwind).
 */
final class LineSourceKernel {
  static final double SQRT_2PI = Math.sqrt(2 * Math.PI);
  static final double SQRT2 = Math.sqrt(2);
  /** Largest relative change of the downwind distance within one evaluated piece of an element. */
  static final double MAX_X_SPREAD = 0.03;
  static final int MAX_PIECES = 32;

  private LineSourceKernel() {}

  /** Elements of the links near one receptor, geometry only (independent of the hour). */
  static final class Elements {
    int count;
    double[] relX = new double[256];
    double[] relY = new double[256];
    double[] ex = new double[256];
    double[] ey = new double[256];
    double[] frac = new double[256];
    int[] local = new int[256];

    void add(double rx, double ry, double vx, double vy, double f, int localSource) {
      if (count == relX.length) {
        int c = count * 2;
        relX = java.util.Arrays.copyOf(relX, c);
        relY = java.util.Arrays.copyOf(relY, c);
        ex = java.util.Arrays.copyOf(ex, c);
        ey = java.util.Arrays.copyOf(ey, c);
        frac = java.util.Arrays.copyOf(frac, c);
        local = java.util.Arrays.copyOf(local, c);
      }
      relX[count] = rx;
      relY[count] = ry;
      ex[count] = vx;
      ey[count] = vy;
      frac[count] = f;
      local[count] = localSource;
      count++;
    }
  }

  /**
   * Appends the elements of segment (ax, ay) -> (bx, by) seen from receptor (px, py): {@code relX/relY}
   * is the vector from the element midpoint to the receptor, {@code ex/ey} the element vector and
   * {@code frac} its share of the link length.
   */
  static void cut(double px, double py, double ax, double ay, double bx, double by, int localSource,
      DispersionSettings st, Elements out) {
    double dx = bx - ax;
    double dy = by - ay;
    double len = Math.hypot(dx, dy);
    if (len <= 0) {
      return;
    }
    double ux = dx / len;
    double uy = dy / len;
    double tc = Math.max(0, Math.min(len, (px - ax) * ux + (py - ay) * uy));
    double cx = ax + tc * ux - px;
    double cy = ay + tc * uy - py;
    double d = Math.hypot(cx, cy);
    for (int side = 0; side < 2; side++) {
      double sideLen = side == 0 ? len - tc : tc;
      double dir = side == 0 ? 1 : -1;
      double s = 0;
      while (s < sideLen) {
        double ds = Math.max(st.minElement_m(), st.elementFactor() * Math.hypot(d, s));
        if (s + ds > sideLen || sideLen - (s + ds) < 0.5 * ds) {
          ds = sideLen - s;
        }
        double mid = tc + dir * (s + 0.5 * ds);
        double mx = ax + mid * ux;
        double my = ay + mid * uy;
        out.add(px - mx, py - my, ux * ds, uy * ds, ds / len, localSource);
        s += ds;
      }
    }
  }

  /**
   * Concentration (g/m³) at the receptor per g/s emitted by the element, for wind along the unit
   * vector (wx, wy) (the direction the air moves to) at speed u.
   */
  static double element(double relX, double relY, double ex, double ey, double wx, double wy, double u,
      StabilityClass cls, DispersionSettings st) {
    double x = relX * wx + relY * wy;
    double a = ex * wx + ey * wy; // along-wind extent of the element
    double b = -ex * wy + ey * wx; // crosswind extent
    double half = 0.5 * Math.abs(a);
    if (x + half <= 0) {
      return 0;
    }
    double y = -relX * wy + relY * wx;
    // keep only the part upwind of the receptor: points M + t e, t in [-1/2, 1/2], have downwind
    // distance x - t a > 0
    double tLo = -0.5;
    double tHi = 0.5;
    if (x - half < 0) {
      tLo = a > 0 ? -0.5 : Math.max(-0.5, x / a);
      tHi = a > 0 ? Math.min(0.5, x / a) : 0.5;
    }
    double p = tHi - tLo;
    if (p <= 0) {
      return 0;
    }
    // sub-divide so that x varies by at most +-10 % within a piece (sigma_z and sigma_y grow with x)
    double tm = 0.5 * (tLo + tHi);
    double xm = x - tm * a;
    double halfPiece = 0.5 * p * Math.abs(a);
    int k = halfPiece <= MAX_X_SPREAD * xm ? 1 : (int) Math.min(MAX_PIECES, Math.ceil(halfPiece / (MAX_X_SPREAD * xm)));
    double dt = p / k;
    double wPiece = 0.5 * dt * Math.abs(b);
    double c = 0;
    for (int i = 0; i < k; i++) {
      double t = tLo + (i + 0.5) * dt;
      c += crosswindLine(x - t * a, y - t * b, wPiece, u, cls, st);
    }
    return c * dt;
  }

  /** A crosswind line of half-width w at downwind distance x and crosswind offset y, per g/s (g/m³). */
  private static double crosswindLine(double x, double y, double w, double u, StabilityClass cls, DispersionSettings st) {
    if (x <= 0) {
      return 0;
    }
    double sy = Math.sqrt(st.sigmaY0_m() * st.sigmaY0_m() + sq(cls.sigmaY_m(x)));
    double ay = Math.abs(y);
    if (ay - w > 6 * sy) {
      return 0;
    }
    double sz = Math.sqrt(st.sigmaZ0_m() * st.sigmaZ0_m() + sq(cls.sigmaZ_m(x)));
    double zr = st.receptorHeight_m();
    double h = st.sourceHeight_m();
    double vz = Math.exp(-sq(zr - h) / (2 * sz * sz)) + Math.exp(-sq(zr + h) / (2 * sz * sz));
    double cy;
    if (w < 1e-3 * sy) {
      cy = Math.exp(-y * y / (2 * sy * sy)) / (SQRT_2PI * sy);
    } else {
      // clamp: in the far tail the two erf values cancel and their 1.5e-7 error could go negative
      cy = Math.max(0, (erf((y + w) / (SQRT2 * sy)) - erf((y - w) / (SQRT2 * sy))) / (4 * w));
    }
    return cy * vz / (SQRT_2PI * sz * u);
  }

  static double sq(double v) {
    return v * v;
  }

  /**
   * Error function, Abramowitz and Stegun 7.1.26 (absolute error below 1.5e-7), odd extension.
   */
  static double erf(double z) {
    double a = Math.abs(z);
    if (a > 6) {
      return z > 0 ? 1 : -1;
    }
    double t = 1 / (1 + 0.3275911 * a);
    double poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
    double r = 1 - poly * Math.exp(-a * a);
    return z >= 0 ? r : -r;
  }
}
