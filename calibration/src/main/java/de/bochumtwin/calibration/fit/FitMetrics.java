package de.bochumtwin.calibration.fit;

/**
 * Goodness of fit of simulated against observed volumes over a set of pairs (station-hours or
 * stations). Definitions (M simulated, C observed, n pairs):
 *
 * <ul>
 *   <li>GEH = sqrt(2 (M - C)^2 / (M + C)), 0 when M + C = 0 (UK DMRB; MATSim's count comparison);
 *   <li>mean error = sum(M - C) / n; mean absolute error = sum|M - C| / n;
 *   <li>mean relative error = mean of (M - C) / C over pairs with C > 0;
 *   <li>RMSE = sqrt(sum (M - C)^2 / n);
 *   <li>R^2 = 1 - sum (M - C)^2 / sum (C - mean C)^2 (coefficient of determination of M as a
 *       predictor of C; NaN when all C are equal);
 *   <li>share GEH &lt; 5 over all pairs.
 * </ul>
 */
public record FitMetrics(int n, double meanError, double meanAbsError, double meanRelError, double rmse, double r2,
    double shareGehBelow5) {

  public static double geh(double sim, double obs) {
    double s = sim + obs;
    return s <= 0 ? 0 : Math.sqrt(2 * (sim - obs) * (sim - obs) / s);
  }

  /** Metrics over the pairs {@code (sim[i], obs[i])}, i < n; NaN pairs must not be passed. */
  public static FitMetrics of(double[] sim, double[] obs, int n) {
    if (n == 0) {
      return new FitMetrics(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
    double se = 0;
    double sae = 0;
    double sse = 0;
    double sre = 0;
    int nre = 0;
    int geh5 = 0;
    double meanObs = 0;
    for (int i = 0; i < n; i++) {
      double d = sim[i] - obs[i];
      se += d;
      sae += Math.abs(d);
      sse += d * d;
      if (obs[i] > 0) {
        sre += d / obs[i];
        nre++;
      }
      if (geh(sim[i], obs[i]) < 5) {
        geh5++;
      }
      meanObs += obs[i];
    }
    meanObs /= n;
    double sst = 0;
    for (int i = 0; i < n; i++) {
      sst += (obs[i] - meanObs) * (obs[i] - meanObs);
    }
    return new FitMetrics(n, se / n, sae / n, nre == 0 ? Double.NaN : sre / nre, Math.sqrt(sse / n),
        sst > 0 ? 1 - sse / sst : Double.NaN, (double) geh5 / n);
  }
}
