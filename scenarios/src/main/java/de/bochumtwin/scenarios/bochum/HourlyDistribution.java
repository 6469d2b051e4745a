package de.bochumtwin.scenarios.bochum;

import java.util.HashMap;
import java.util.Map;

/**
 * Departure times by trip purpose: a piecewise-uniform density over the 24 clock hours read from
 * departure-hours.csv (derived from the Ruhr reference; see the file header). Draws are inverse-CDF
 * from a given uniform number, so callers control the random stream.
 */
final class HourlyDistribution {
  private final Map<String, double[]> cumulative = new HashMap<>();

  private HourlyDistribution() {}

  static HourlyDistribution load() {
    CsvTable t = CsvTable.load("departure-hours.csv");
    HourlyDistribution d = new HourlyDistribution();
    for (int r = 0; r < t.rowCount(); r++) {
      double[] cum = new double[25];
      for (int h = 0; h < 24; h++) {
        double p = t.getDouble(r, "h" + h);
        if (p < 0) {
          throw t.error(r, "negative share in column h" + h);
        }
        cum[h + 1] = cum[h] + p;
      }
      if (!(cum[24] > 0)) {
        throw t.error(r, "purpose '" + t.get(r, "purpose") + "' has no departures");
      }
      for (int h = 0; h <= 24; h++) {
        cum[h] /= cum[24];
      }
      d.cumulative.put(t.get(r, "purpose"), cum);
    }
    return d;
  }

  private double[] cum(String purpose) {
    double[] c = cumulative.get(purpose);
    if (c == null) {
      throw new IllegalArgumentException("departure-hours.csv has no purpose '" + purpose + "'");
    }
    return c;
  }

  /** Share of departures in clock hour {@code h} (0..23). */
  double share(String purpose, int h) {
    double[] c = cum(purpose);
    return c[h + 1] - c[h];
  }

  /** A departure time in seconds after midnight for the uniform number {@code u} in [0, 1). */
  int sample(String purpose, double u) {
    return invert(cum(purpose), u);
  }

  /**
   * A departure time not before {@code earliest_s}, drawn from the distribution truncated there, or -1
   * when less than {@code minRemaining} of the distribution lies after it (e.g. shopping after 21:00).
   */
  int sampleAfter(String purpose, int earliest_s, double minRemaining, double u) {
    double[] c = cum(purpose);
    if (earliest_s >= 24 * 3600) {
      return -1;
    }
    int h = Math.max(0, earliest_s / 3600);
    double lo = c[h] + (c[h + 1] - c[h]) * (Math.max(0, earliest_s) - h * 3600) / 3600.0;
    if (1.0 - lo < Math.max(1e-9, minRemaining)) {
      return -1;
    }
    return Math.max(earliest_s, invert(c, lo + u * (1.0 - lo)));
  }

  private static int invert(double[] c, double v) {
    int h = 0;
    while (h < 23 && c[h + 1] <= v) {
      h++;
    }
    double p = c[h + 1] - c[h];
    double frac = p > 0 ? (v - c[h]) / p : 0;
    return h * 3600 + (int) Math.min(3599, Math.max(0, frac * 3600));
  }
}
