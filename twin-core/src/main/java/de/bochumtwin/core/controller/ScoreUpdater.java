package de.bochumtwin.core.controller;

import de.bochumtwin.core.population.Person;
import de.bochumtwin.core.population.Plan;
import de.bochumtwin.core.population.Population;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Writes the executed scores into the selected plans, as MATSim's score assignment does: a plan
 * without a score takes the executed score; otherwise, before the MSA start iteration, {@code S = (1 -
 * alpha) S_old + alpha S_exec} with the learning rate alpha; from the MSA start iteration on, the n-th
 * executed score of a plan since that iteration enters with weight {@code 1/n}, so the first replaces
 * the old score and the plan's score becomes the mean of its executed scores since the start. As in
 * MATSim (NewScoreAssignerImpl), the score that a plan without a score takes is not counted, so its next
 * execution is its first MSA contribution and replaces it.
 *
 * <p>The MSA counts belong to plan objects (plans are immutable, so a plan keeps its identity until it
 * is replaced); a plan replaced by a re-routed copy of itself keeps its count through
 * {@link #carryOver}. Counts of plans no longer in any person's memory are dropped after each update.
 * A resumed run starts counting again. Not thread-safe; one instance per loop.
 */
final class ScoreUpdater {
  private final double learningRate;
  private final int msaStartIteration;
  private Map<Plan, Integer> msaCounts = new IdentityHashMap<>();

  /**
   * @param learningRate weight of the newest score before MSA, in (0, 1]
   * @param msaStartIteration first iteration with MSA; {@code Integer.MAX_VALUE} = never
   */
  ScoreUpdater(double learningRate, int msaStartIteration) {
    this.learningRate = learningRate;
    this.msaStartIteration = msaStartIteration;
  }

  /** Updates the selected plan of every person with its executed score of {@code iteration} (by person index). */
  void apply(Population population, double[] executedScores, int iteration) {
    boolean msa = iteration >= msaStartIteration;
    Map<Plan, Integer> next = msa ? new IdentityHashMap<>() : msaCounts;
    for (int p = 0; p < population.size(); p++) {
      Person person = population.get(p);
      Plan plan = person.selectedPlan();
      double s = executedScores[p];
      double updated;
      if (!plan.hasScore()) {
        updated = s;
      } else if (msa) {
        int n = msaCounts.getOrDefault(plan, 0) + 1;
        double w = 1.0 / n;
        updated = (1 - w) * plan.score() + w * s;
      } else {
        updated = (1 - learningRate) * plan.score() + learningRate * s;
      }
      Plan scored = plan.withScore(updated);
      person.replacePlan(person.selectedIndex(), scored);
      if (msa && plan.hasScore()) {
        next.put(scored, msaCounts.getOrDefault(plan, 0) + 1);
      }
    }
    if (msa) {
      // keep the counts of plans that were not executed this time but are still remembered
      for (int p = 0; p < population.size(); p++) {
        Person person = population.get(p);
        for (int i = 0; i < person.plans().size(); i++) {
          Plan plan = person.plans().get(i);
          Integer c = msaCounts.get(plan);
          if (c != null && i != person.selectedIndex()) {
            next.put(plan, c);
          }
        }
      }
      msaCounts = next;
    }
  }

  /** {@code replacement} (e.g. the same plan with missing routes filled in) continues the count of {@code plan}. */
  void carryOver(Plan plan, Plan replacement) {
    Integer c = msaCounts.get(plan);
    if (c != null) {
      msaCounts.put(replacement, c);
    }
  }

  /** The number of executed scores averaged into {@code plan} since the MSA start (0 before). */
  int msaCount(Plan plan) {
    return msaCounts.getOrDefault(plan, 0);
  }
}
