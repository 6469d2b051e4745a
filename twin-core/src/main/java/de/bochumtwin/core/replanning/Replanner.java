package de.bochumtwin.core.replanning;

import de.bochumtwin.core.population.Person;
import de.bochumtwin.core.population.Plan;
import de.bochumtwin.core.replanning.StrategySettings.Strategy;
import de.bochumtwin.core.router.PlanRouter;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Replans one person: drops the worst plans beyond the memory size, draws a strategy by weight, and
 * either selects among the existing plans or copies a random plan, changes it and selects the copy
 * (MATSim's order). Not thread-safe: it owns two routers; use one instance per thread.
 */
public final class Replanner {
  private final ReplanningSettings settings;
  private final PlanRouter reRouter;
  private final PlanRouter missingRouter;

  /**
   * @param reRouter a router that routes every leg again (ReRoute)
   * @param missingRouter a router that routes only legs without a route (after a mode change)
   */
  public Replanner(ReplanningSettings settings, PlanRouter reRouter, PlanRouter missingRouter) {
    this.settings = settings;
    this.reRouter = reRouter;
    this.missingRouter = missingRouter;
  }

  /**
   * @param innovationShare share of persons that innovate in this iteration when annealing (see
   *     {@link ReplanningSettings#annealStartShare}); NaN = the configured weights apply unchanged;
   *     0 after the innovation switch-off iteration
   * @param iteration used for per-strategy {@code disableAfterIteration}
   * @param rnd this person's generator for this iteration
   * @return the strategy applied, or null when there was none
   */
  public Strategy replan(Person person, int iteration, double innovationShare, SplittableRandom rnd) {
    while (person.plans().size() > settings.maxAgentPlanMemorySize()) {
      int worst = PlanSelectors.worstForRemoval(person);
      if (worst < 0) {
        break;
      }
      boolean wasSelected = worst == person.selectedIndex();
      person.removePlan(worst);
      if (wasSelected) {
        // as MATSim: a random remaining plan becomes the selected one (not always the first)
        person.select(rnd.nextInt(person.plans().size()));
      }
    }
    Strategy s = draw(iteration, innovationShare, rnd);
    if (s == null) {
      return null;
    }
    switch (s) {
      case ChangeExpBeta -> person.select(PlanSelectors.changeExpBeta(person, settings.brainExpBeta(), rnd));
      case SelectExpBeta -> person.select(PlanSelectors.selectExpBeta(person, settings.brainExpBeta(), rnd));
      case BestScore -> person.select(PlanSelectors.bestScore(person));
      case SelectRandom -> person.select(PlanSelectors.random(person, rnd));
      case KeepLastSelected -> { }
      case ReRoute -> innovate(person, reRouter.route(person.id(), randomPlan(person, rnd)));
      case TimeAllocationMutator -> innovate(person,
          TimeAllocationMutator.mutate(randomPlan(person, rnd), settings.mutationRange_s(), rnd));
      case SubtourModeChoice -> {
        boolean car = !"never".equals(person.attributes().get("carAvail"));
        Plan changed = SubtourModeChoice.mutate(randomPlan(person, rnd), settings.subtourModes(),
            settings.chainBasedModes(), car, rnd);
        innovate(person, missingRouter.route(person.id(), changed));
      }
      default -> throw new IllegalStateException("unhandled strategy " + s);
    }
    return s;
  }

  private static Plan randomPlan(Person p, SplittableRandom rnd) {
    return p.plans().get(rnd.nextInt(p.plans().size()));
  }

  private static void innovate(Person p, Plan plan) {
    p.addPlan(plan.withScore(Double.NaN), true);
  }

  private Strategy draw(int iteration, double innovationShare, SplittableRandom rnd) {
    if (Double.isNaN(innovationShare)) {
      return drawAmong(iteration, true, true, rnd);
    }
    boolean innovate = innovationShare > 0 && rnd.nextDouble() < innovationShare;
    Strategy s = drawAmong(iteration, innovate, !innovate, rnd);
    return s != null ? s : drawAmong(iteration, !innovate, innovate, rnd);
  }

  /** Draws by weight among the active strategies of the allowed kinds, or null when there is none. */
  private Strategy drawAmong(int iteration, boolean innovative, boolean selecting, SplittableRandom rnd) {
    List<StrategySettings> all = settings.strategies();
    double total = 0;
    for (StrategySettings s : all) {
      total += active(s, iteration, innovative, selecting) ? s.weight() : 0;
    }
    if (!(total > 0)) {
      return null;
    }
    double u = rnd.nextDouble() * total;
    Strategy last = null;
    for (StrategySettings s : all) {
      if (active(s, iteration, innovative, selecting)) {
        last = s.strategy();
        u -= s.weight();
        if (u < 0) {
          return last;
        }
      }
    }
    return last;
  }

  private static boolean active(StrategySettings s, int iteration, boolean innovative, boolean selecting) {
    if (s.strategy().isInnovative() ? !innovative : !selecting) {
      return false;
    }
    return s.weight() > 0 && (s.disableAfterIteration() < 0 || iteration <= s.disableAfterIteration());
  }
}
