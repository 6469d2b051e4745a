package de.bochumtwin.cli.sweep;

import java.util.random.RandomGenerator;

/**
 * Latin hypercube draws: each of the d ranges is cut into n equal strata, every stratum is used exactly
 * once per dimension (a random permutation per dimension), and the value is drawn uniformly inside its
 * stratum. The same generator state gives the same design.
 */
final class LatinHypercube {
  private LatinHypercube() {}

  /**
   * @param min lower bounds per dimension
   * @param max upper bounds per dimension
   * @return {@code [draw][dimension]} values, {@code min <= v < max}
   */
  static double[][] draw(int n, double[] min, double[] max, RandomGenerator random) {
    int d = min.length;
    double[][] out = new double[n][d];
    int[] perm = new int[n];
    for (int j = 0; j < d; j++) {
      for (int i = 0; i < n; i++) {
        perm[i] = i;
      }
      for (int i = n - 1; i > 0; i--) { // Fisher-Yates shuffle
        int k = random.nextInt(i + 1);
        int t = perm[i];
        perm[i] = perm[k];
        perm[k] = t;
      }
      for (int i = 0; i < n; i++) {
        double u = (perm[i] + random.nextDouble()) / n;
        out[i][j] = min[j] + u * (max[j] - min[j]);
      }
    }
    return out;
  }
}
