package de.bochumtwin.core.replanning;

import de.bochumtwin.core.population.Person;
import de.bochumtwin.core.population.Plan;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * MATSim's plan selectors as functions of a person's plans and a random generator. Plans without a
 * score are chosen first by the score-based selectors (a new plan must be tried before it is judged).
 */
public final class PlanSelectors {
  /** MATSim's ChangeExpBeta switch probability scale. */
  static final double CHANGE_PROBABILITY = 0.01;

  private PlanSelectors() {}

  static int firstUnscored(List<Plan> plans) {
    for (int i = 0; i < plans.size(); i++) {
      if (!plans.get(i).hasScore()) {
        return i;
      }
    }
    return -1;
  }

  /**
   * ChangeExpBeta: compare the selected plan with one of the <em>other</em> plans, drawn uniformly, and
   * switch with probability {@code 0.01 x exp(beta/2 x (S_other - S_current))} (capped at 1). As in
   * MATSim's ExpBetaPlanChanger the other plan is never the selected one itself (MATSim redraws until it
   * differs); drawing among all plans would lower the switch rate by the factor (n-1)/n.
   */
  public static int changeExpBeta(Person p, double beta, RandomGenerator rnd) {
    List<Plan> plans = p.plans();
    int unscored = firstUnscored(plans);
    if (unscored >= 0) {
      return unscored;
    }
    int current = p.selectedIndex();
    if (plans.size() < 2) {
      return current;
    }
    int other = rnd.nextInt(plans.size() - 1);
    if (other >= current) {
      other++;
    }
    double weight = Math.exp(0.5 * beta * (plans.get(other).score() - plans.get(current).score()));
    return rnd.nextDouble() < CHANGE_PROBABILITY * weight ? other : current;
  }

  /** SelectExpBeta: a multinomial logit draw, probability proportional to {@code exp(beta x S)}. */
  public static int selectExpBeta(Person p, double beta, RandomGenerator rnd) {
    List<Plan> plans = p.plans();
    int unscored = firstUnscored(plans);
    if (unscored >= 0) {
      return unscored;
    }
    double max = Double.NEGATIVE_INFINITY;
    for (Plan plan : plans) {
      max = Math.max(max, plan.score());
    }
    double sum = 0;
    for (Plan plan : plans) {
      sum += Math.exp(beta * (plan.score() - max));
    }
    double u = rnd.nextDouble() * sum;
    for (int i = 0; i < plans.size(); i++) {
      u -= Math.exp(beta * (plans.get(i).score() - max));
      if (u < 0) {
        return i;
      }
    }
    return plans.size() - 1;
  }

  /** BestScore: the plan with the highest score (lowest index on ties). */
  public static int bestScore(Person p) {
    List<Plan> plans = p.plans();
    int unscored = firstUnscored(plans);
    if (unscored >= 0) {
      return unscored;
    }
    int best = 0;
    for (int i = 1; i < plans.size(); i++) {
      if (plans.get(i).score() > plans.get(best).score()) {
        best = i;
      }
    }
    return best;
  }

  public static int random(Person p, RandomGenerator rnd) {
    return rnd.nextInt(p.plans().size());
  }

  /** The plan to drop when memory is full: the lowest score; unscored plans are kept. Returns -1 if none. */
  public static int worstForRemoval(Person p) {
    List<Plan> plans = p.plans();
    int worst = -1;
    for (int i = 0; i < plans.size(); i++) {
      Plan plan = plans.get(i);
      if (plan.hasScore() && (worst < 0 || plan.score() < plans.get(worst).score())) {
        worst = i;
      }
    }
    return worst;
  }
}
