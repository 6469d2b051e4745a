package de.bochumtwin.core.replanning;

import de.bochumtwin.core.population.Activity;
import de.bochumtwin.core.population.Plan;
import de.bochumtwin.core.population.Time;
import java.util.random.RandomGenerator;

/**
 * MATSim's TimeAllocationMutator: every activity but the last gets its end time (or, without one, its
 * maximum duration) moved by a uniform draw in [-range, +range] seconds, never below zero. Routes are
 * kept: the mobsim drives them at the new times.
 */
public final class TimeAllocationMutator {
  private TimeAllocationMutator() {}

  public static Plan mutate(Plan plan, int range_s, RandomGenerator rnd) {
    Plan out = plan;
    for (int i = 0; i < plan.activityCount() - 1; i++) {
      Activity a = plan.activity(i);
      int delta = range_s == 0 ? 0 : rnd.nextInt(-range_s, range_s + 1);
      if (Time.isDefined(a.endTime_s())) {
        out = out.withActivity(i, a.withEndTime(Math.max(0, a.endTime_s() + delta)));
      } else if (Time.isDefined(a.maxDuration_s())) {
        out = out.withActivity(i, a.withMaxDuration(Math.max(0, a.maxDuration_s() + delta)));
      }
    }
    return out;
  }
}
