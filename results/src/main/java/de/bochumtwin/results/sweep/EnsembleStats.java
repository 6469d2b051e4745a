package de.bochumtwin.results.sweep;

import java.util.Arrays;

/**
 * Summary of one quantity across the seeds of a sweep point, and Welch's interval for the difference of
 * two such summaries. Immutable.
 *
 * @param n number of values (finished members)
 * @param mean arithmetic mean
 * @param sd sample standard deviation with n - 1 in the denominator; NaN for n < 2
 * @param q05 5 % quantile, linear interpolation between order statistics (type 7)
 * @param q95 95 % quantile, same definition
 */
public record EnsembleStats(int n, double mean, double sd, double q05, double q95) {
  /** Statistics of {@code values} (not changed; at least one value). */
  public static EnsembleStats of(double[] values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("no values: a sweep point needs at least one finished member");
    }
    double[] x = values.clone();
    Arrays.sort(x);
    double sum = 0;
    for (double v : x) {
      sum += v;
    }
    double mean = sum / x.length;
    double ss = 0;
    for (double v : x) {
      ss += (v - mean) * (v - mean);
    }
    double sd = x.length < 2 ? Double.NaN : Math.sqrt(ss / (x.length - 1));
    return new EnsembleStats(x.length, mean, sd, quantile(x, 0.05), quantile(x, 0.95));
  }

  /** Quantile {@code p} of ascending {@code sorted} values: h = (n - 1) p, linear between x[floor h] and x[floor h + 1]. */
  static double quantile(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    if (lo >= sorted.length - 1) {
      return sorted[sorted.length - 1];
    }
    return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
  }

  /**
   * Welch's difference {@code b - a} with a two-sided confidence interval.
   *
   * @param se standard error sqrt(sd_a^2 / n_a + sd_b^2 / n_b)
   * @param df Welch-Satterthwaite degrees of freedom; NaN when se is 0 or a side has fewer than 2 values
   * @param low lower bound diff - t(1 - alpha/2, df) se; equal to diff when se is 0, NaN when undefined
   */
  public record Difference(double diff, double se, double df, double low, double high) {}

  /** The difference {@code b.mean - a.mean} with a {@code level} (e.g. 0.95) Welch t interval. */
  public static Difference welch(EnsembleStats a, EnsembleStats b, double level) {
    double diff = b.mean - a.mean;
    if (a.n < 2 || b.n < 2) {
      return new Difference(diff, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
    double va = a.sd * a.sd / a.n;
    double vb = b.sd * b.sd / b.n;
    double se = Math.sqrt(va + vb);
    if (se == 0) {
      return new Difference(diff, 0, Double.NaN, diff, diff);
    }
    double df = (va + vb) * (va + vb) / (va * va / (a.n - 1) + vb * vb / (b.n - 1));
    double t = StudentT.quantile(1 - (1 - level) / 2, df);
    return new Difference(diff, se, df, diff - t * se, diff + t * se);
  }
}
