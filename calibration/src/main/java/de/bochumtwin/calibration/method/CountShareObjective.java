package de.bochumtwin.calibration.method;

import de.bochumtwin.calibration.fit.CountComparison;
import java.util.Map;

/**
 * The objective of {@link GlobalParameterOptimizer} runs, from one step's measurements:
 *
 * <pre>
 *   J = wCounts * mean over counted station-hours of GEH^2  +  wShares * sum_g (100 (m_g - z_g))^2
 * </pre>
 *
 * GEH^2 = 2 (M - C)^2 / (M + C) is a chi-square-like squared error that does not let the busiest
 * stations dominate; share errors are in percentage points squared. Either part is dropped when its
 * data are absent (no counts, no targets).
 */
public record CountShareObjective(double wCounts, double wShares) {
  public double of(CountComparison fit, ModeSplitTargets targets, Map<String, Double> modeShares) {
    double j = 0;
    if (fit != null && wCounts > 0) {
      j += wCounts * fit.meanHourlyGehSquared();
    }
    if (targets != null && wShares > 0) {
      double[] sim = targets.groupShares(modeShares);
      for (int g = 0; g < sim.length; g++) {
        double e = 100 * (sim[g] - targets.groups().get(g).share());
        j += wShares * e * e;
      }
    }
    return j;
  }
}
