package de.bochumtwin.calibration.method;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Mode constants fitted to per-distance-class targets. The constants are per mode, not per class;
 * with a logit choice the log-likelihood of the target trips {@code n_d z_gd} has the gradient
 * {@code sum_d n_d (z_gd - m_gd)} in {@code ASC_g} and the diagonal of its Fisher information is
 * {@code sum_d n_d m_gd (1 - m_gd)}; the update is the damped diagonal Newton step
 *
 * <pre>
 *   dASC_g = lr * sum_d n_d (z_gd - m_gd) / max(sum_d n_d m_gd (1 - m_gd), 1),  minus dASC_0,  clamped to +-maxStep
 * </pre>
 *
 * ({@code n_d} = simulated trips in class d, which do not depend on the mode because classes are by
 * beeline; 0 = reference group, whose constant stays fixed). Unlike the per-class log ratio this
 * needs no reference trips in every class: in a real split (walk only below 1 km, car rare there)
 * the log ratio against the reference is undefined in most classes, while cells with a target or a
 * simulated share of 0 are ordinary terms here. Its fixed point matches the overall shares rebased
 * on the simulated distance mix; the class structure enters through the weights, so groups are
 * pushed by the classes where they compete.
 */
public final class DistanceClassCalibrator {
  private final DistanceClassTargets targets;
  private final ModeConstantCalibrator.Settings settings;

  public DistanceClassCalibrator(DistanceClassTargets targets, ModeConstantCalibrator.Settings settings) {
    this.targets = targets;
    this.settings = settings;
  }

  /**
   * @param simulatedTrips per class the simulated trips per mode (same class order as the targets)
   * @return the change of each mode's constant
   */
  public Map<String, Double> step(List<Map<String, Double>> simulatedTrips) {
    int classes = targets.classCount();
    List<ModeSplitTargets.Group> groups = targets.targets(0).groups();
    int ref = targets.targets(0).referenceIndex();
    double[] grad = new double[groups.size()];
    double[] info = new double[groups.size()];
    for (int d = 0; d < classes; d++) {
      ModeSplitTargets t = targets.targets(d);
      double[] sim = t.groupShares(simulatedTrips.get(d));
      double n = 0;
      for (double v : sim) {
        n += v;
      }
      if (n <= 0) {
        continue;
      }
      for (int g = 0; g < groups.size(); g++) {
        double m = sim[g] / n;
        grad[g] += n * (t.groups().get(g).share() - m);
        info[g] += n * m * (1 - m);
      }
    }
    double refStep = settings.learningRate() * grad[ref] / Math.max(info[ref], 1);
    Map<String, Double> delta = new LinkedHashMap<>();
    for (int g = 0; g < groups.size(); g++) {
      double d = g == ref ? 0 : settings.learningRate() * grad[g] / Math.max(info[g], 1) - refStep;
      d = Math.max(-settings.maxStep_utils(), Math.min(settings.maxStep_utils(), d));
      for (String m : groups.get(g).modes()) {
        delta.put(m, d);
      }
    }
    return delta;
  }
}
