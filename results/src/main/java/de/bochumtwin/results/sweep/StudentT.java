package de.bochumtwin.results.sweep;

/**
 * Student's t distribution: cumulative distribution and quantiles for real degrees of freedom (Welch's
 * test gives non-integer ones). The CDF uses the regularized incomplete beta function
 * {@code F(t) = 1 - I_x(df/2, 1/2) / 2} with {@code x = df / (df + t^2)} for t >= 0, evaluated by its
 * continued fraction; the quantile inverts the CDF by bisection to about 1e-12. Accurate to well below
 * the 3 decimals of printed t tables; not a hot path.
 */
public final class StudentT {
  private StudentT() {}

  /** P(T <= t) for T ~ t(df). */
  public static double cdf(double t, double df) {
    if (!(df > 0)) {
      throw new IllegalArgumentException("degrees of freedom must be > 0, got " + df);
    }
    double x = df / (df + t * t);
    double tail = 0.5 * regularizedBeta(x, df / 2, 0.5);
    return t >= 0 ? 1 - tail : tail;
  }

  /** The t with P(T <= t) = p, for 0 < p < 1. */
  public static double quantile(double p, double df) {
    if (!(p > 0 && p < 1)) {
      throw new IllegalArgumentException("probability must be in (0, 1), got " + p);
    }
    if (p < 0.5) {
      return -quantile(1 - p, df);
    }
    double lo = 0;
    double hi = 1;
    while (cdf(hi, df) < p) {
      hi *= 2;
    }
    for (int i = 0; i < 200 && hi - lo > 1e-13 * Math.max(1, hi); i++) {
      double mid = 0.5 * (lo + hi);
      if (cdf(mid, df) < p) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return 0.5 * (lo + hi);
  }

  /** I_x(a, b), the regularized incomplete beta function. */
  static double regularizedBeta(double x, double a, double b) {
    if (x <= 0) {
      return 0;
    }
    if (x >= 1) {
      return 1;
    }
    double logFront = logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x);
    // the continued fraction converges fast for x < (a + 1) / (a + b + 2); use the symmetry otherwise
    if (x < (a + 1) / (a + b + 2)) {
      return Math.exp(logFront) * betaFraction(x, a, b) / a;
    }
    return 1 - Math.exp(logFront) * betaFraction(1 - x, b, a) / b;
  }

  /** Continued fraction of the incomplete beta function, evaluated with the modified Lentz method. */
  private static double betaFraction(double x, double a, double b) {
    final double tiny = 1e-300;
    double c = 1;
    double d = 1 - (a + b) * x / (a + 1);
    d = 1 / (Math.abs(d) < tiny ? tiny : d);
    double f = d;
    for (int m = 1; m <= 500; m++) {
      int m2 = 2 * m;
      double even = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
      d = 1 + even * d;
      d = 1 / (Math.abs(d) < tiny ? tiny : d);
      c = 1 + even / c;
      c = Math.abs(c) < tiny ? tiny : c;
      f *= d * c;
      double odd = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
      d = 1 + odd * d;
      d = 1 / (Math.abs(d) < tiny ? tiny : d);
      c = 1 + odd / c;
      c = Math.abs(c) < tiny ? tiny : c;
      double delta = d * c;
      f *= delta;
      if (Math.abs(delta - 1) < 1e-15) {
        break;
      }
    }
    return f;
  }

  /** ln Gamma(z) for z > 0 (Lanczos approximation, g = 7, 9 coefficients; relative error about 1e-15). */
  static double logGamma(double z) {
    if (z < 0.5) {
      // reflection: Gamma(z) Gamma(1 - z) = pi / sin(pi z)
      return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * z))) - logGamma(1 - z);
    }
    double[] c = {0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
        -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7};
    double zz = z - 1;
    double s = c[0];
    for (int i = 1; i < c.length; i++) {
      s += c[i] / (zz + i);
    }
    double t = zz + 7.5;
    return 0.5 * Math.log(2 * Math.PI) + (zz + 0.5) * Math.log(t) - t + Math.log(s);
  }
}
