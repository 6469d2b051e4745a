package de.bochumtwin.calibration.method;

import de.bochumtwin.core.population.Person;
import de.bochumtwin.core.population.Plan;
import de.bochumtwin.core.population.Population;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fits the alternative-specific constants (ASC, utils per leg) so that the simulated mode shares
 * reach the targets. Per step and group g (z target, m simulated share, 0 the reference group):
 * {@code ASC_g += lr * [ln z_g - ln m_g - (ln z_0 - ln m_0)]}, the step clamped to +-{@code maxStep_utils}
 * (damping against overshooting with few agents); all modes of a group move together. This is the
 * update of the MATSim/VSP Python calibration tools (notes/matsim-semantics.md section 6). Simulated
 * shares below {@code 1e-4} are taken as {@code 1e-4}, so a mode nobody uses still gets a finite push.
 */
public final class ModeConstantCalibrator {
  /**
   * @param learningRate lr of the update (VSP uses 0.3 falling to 1; 0.5-1 work for the twin)
   * @param maxStep_utils largest change of one constant per step
   */
  public record Settings(double learningRate, double maxStep_utils) {
    public Settings {
      if (!(learningRate > 0) || !(maxStep_utils > 0)) {
        throw new IllegalArgumentException("learning rate and max step must be > 0, got " + learningRate + ", " + maxStep_utils);
      }
    }

    public static Settings defaults() {
      return new Settings(0.8, 1.0);
    }
  }

  private final ModeSplitTargets targets;
  private final Settings settings;

  public ModeConstantCalibrator(ModeSplitTargets targets, Settings settings) {
    this.targets = targets;
    this.settings = settings;
  }

  /** The change of each mode's constant for the simulated per-mode shares. */
  public Map<String, Double> step(Map<String, Double> simulatedModeShares) {
    double[] sim = targets.groupShares(simulatedModeShares);
    List<ModeSplitTargets.Group> g = targets.groups();
    int ref = targets.referenceIndex();
    double refTerm = Math.log(g.get(ref).share()) - Math.log(Math.max(1e-4, sim[ref]));
    Map<String, Double> delta = new LinkedHashMap<>();
    for (int i = 0; i < g.size(); i++) {
      double d = i == ref ? 0
          : settings.learningRate() * (Math.log(g.get(i).share()) - Math.log(Math.max(1e-4, sim[i])) - refTerm);
      d = Math.max(-settings.maxStep_utils(), Math.min(settings.maxStep_utils(), d));
      for (String m : g.get(i).modes()) {
        delta.put(m, d);
      }
    }
    return delta;
  }

  /**
   * Shifts the stored score of every plan by the constant changes of its legs, so that plans not
   * executed again are compared with the new constants (the constant enters a score once per leg).
   */
  public static void rescore(Population population, Map<String, Double> delta) {
    for (Person p : population.persons()) {
      List<Plan> plans = p.plans();
      for (int i = 0; i < plans.size(); i++) {
        Plan plan = plans.get(i);
        if (!plan.hasScore()) {
          continue;
        }
        double s = 0;
        for (int l = 0; l < plan.legCount(); l++) {
          s += delta.getOrDefault(plan.leg(l).mode(), 0.0);
        }
        if (s != 0) {
          p.replacePlan(i, plan.withScore(plan.score() + s));
        }
      }
    }
  }
}
