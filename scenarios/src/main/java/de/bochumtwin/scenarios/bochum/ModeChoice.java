package de.bochumtwin.scenarios.bochum;

import java.util.Arrays;

/**
 * Initial mode of a home-based tour from its longest leg's distance: the Ruhr reference share of each
 * mode within the distance band (mode-by-distance.csv) times one factor per mode. The factors are
 * fitted ({@link #calibrate}) so that the expected trip shares of the synthetic residents equal the
 * Bochum SrV 2018 split (walk 24.4 %, bike 6.7 %, pt 15.1 %, car + ride 53.7 %, car/ride divided by
 * the Ruhr ratio). Car is only available to persons with {@code carAvail=always}.
 */
final class ModeChoice {
  static final String[] MODES = {"walk", "bike", "pt", "car", "ride"};
  static final int WALK = 0;
  static final int BIKE = 1;
  static final int PT = 2;
  static final int CAR = 3;
  static final int RIDE = 4;

  private final double[] bandMax_m;
  private final double[][] shape;
  private final double[] factor;

  private ModeChoice(double[] bandMax_m, double[][] shape, double[] factor) {
    this.bandMax_m = bandMax_m;
    this.shape = shape;
    this.factor = factor;
  }

  static ModeChoice loadUncalibrated() {
    CsvTable t = CsvTable.load("mode-by-distance.csv");
    double[] max = new double[t.rowCount()];
    double[][] shape = new double[t.rowCount()][MODES.length];
    for (int r = 0; r < t.rowCount(); r++) {
      max[r] = t.getDouble(r, "max_m");
      if (r > 0 && max[r] <= max[r - 1]) {
        throw t.error(r, "distance bands must be in increasing order");
      }
      for (int m = 0; m < MODES.length; m++) {
        shape[r][m] = t.getDouble(r, MODES[m]);
      }
    }
    double[] one = new double[MODES.length];
    Arrays.fill(one, 1.0);
    return new ModeChoice(max, shape, one);
  }

  int bandCount() {
    return bandMax_m.length;
  }

  int band(double distance_m) {
    for (int b = 0; b < bandMax_m.length; b++) {
      if (distance_m < bandMax_m[b]) {
        return b;
      }
    }
    return bandMax_m.length - 1;
  }

  /** Mode index for a tour whose longest leg is {@code distance_m} long, from the uniform number {@code u}. */
  int choose(double distance_m, boolean carAvailable, double u) {
    double[] s = shape[band(distance_m)];
    double sum = 0;
    for (int m = 0; m < MODES.length; m++) {
      sum += weight(s, m, carAvailable);
    }
    double v = u * sum;
    for (int m = 0; m < MODES.length; m++) {
      v -= weight(s, m, carAvailable);
      if (v < 0) {
        return m;
      }
    }
    return WALK;
  }

  private double weight(double[] s, int m, boolean carAvailable) {
    return m == CAR && !carAvailable ? 0 : s[m] * factor[m];
  }

  /**
   * Returns a copy whose factors make the expected trip shares equal {@code target} (walk, bike, pt,
   * car, ride; normalised here) for trips weighted by {@code legs[band][carAvail ? 1 : 0]}: iterative
   * proportional fitting on the single margin, 200 rounds (converges to 1e-9 in fewer than 50).
   */
  ModeChoice calibrate(double[][] legs, double[] target) {
    double tsum = 0;
    for (double t : target) {
      tsum += t;
    }
    double[] f = factor.clone();
    ModeChoice mc = new ModeChoice(bandMax_m, shape, f);
    for (int it = 0; it < 200; it++) {
      double[] e = mc.expectedShares(legs);
      for (int m = 0; m < MODES.length; m++) {
        if (e[m] > 0) {
          f[m] *= (target[m] / tsum) / e[m];
        }
      }
    }
    return mc;
  }

  /** Expected trip shares for trips weighted by {@code legs[band][carAvail]}. */
  double[] expectedShares(double[][] legs) {
    double[] e = new double[MODES.length];
    double total = 0;
    for (int b = 0; b < bandMax_m.length; b++) {
      for (int a = 0; a < 2; a++) {
        double w = legs[b][a];
        if (w == 0) {
          continue;
        }
        double sum = 0;
        for (int m = 0; m < MODES.length; m++) {
          sum += weight(shape[b], m, a == 1);
        }
        for (int m = 0; m < MODES.length; m++) {
          e[m] += w * weight(shape[b], m, a == 1) / sum;
        }
        total += w;
      }
    }
    for (int m = 0; m < MODES.length; m++) {
      e[m] /= total;
    }
    return e;
  }

  double factor(int mode) {
    return factor[mode];
  }
}
