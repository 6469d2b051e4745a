package de.bochumtwin.core.replanning;

import de.bochumtwin.core.population.Leg;
import de.bochumtwin.core.population.Plan;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Changes the mode of one home-based tour of a plan: the legs from leaving home to coming back home.
 * Every leg of the tour gets the same new mode, so a car or bike taken from home comes back home with
 * the person (the constraint of MATSim's chain-based modes). Legs after the last return home (an open
 * day) form a tour that may only take non-chain-based modes. Persons with attribute
 * {@code carAvail=never} never get a car.
 *
 * <p>Simplification against MATSim's SubtourModeChoice: MATSim also mutates nested sub-tours (e.g.
 * work-lunch-work) separately; we change whole home tours, which keeps the chain-based constraint
 * trivially true. Documented in docs/decisions.md.
 */
public final class SubtourModeChoice {
  private SubtourModeChoice() {}

  /**
   * @return the changed plan (legs of the chosen tour without routes), or the same plan when no
   *     other mode is possible
   */
  public static Plan mutate(Plan plan, List<String> modes, Set<String> chainBased, boolean carAvailable,
      RandomGenerator rnd) {
    if (plan.legCount() == 0) {
      return plan;
    }
    int home = plan.activity(0).linkIndex();
    List<int[]> tours = new ArrayList<>();
    int start = 0;
    for (int a = 1; a < plan.activityCount(); a++) {
      if (plan.activity(a).linkIndex() == home) {
        tours.add(new int[] {start, a - 1, 1});
        start = a;
      }
    }
    if (start < plan.legCount()) {
      tours.add(new int[] {start, plan.legCount() - 1, 0});
    }
    int[] tour = tours.get(rnd.nextInt(tours.size()));
    boolean closed = tour[2] == 1;
    String current = plan.leg(tour[0]).mode();
    List<String> options = new ArrayList<>();
    for (String m : modes) {
      if (m.equals(current) && allSame(plan, tour, current)) {
        continue;
      }
      if (!closed && chainBased.contains(m)) {
        continue;
      }
      if (m.equals("car") && !carAvailable) {
        continue;
      }
      options.add(m);
    }
    if (options.isEmpty()) {
      return plan;
    }
    String mode = options.get(rnd.nextInt(options.size()));
    Plan out = plan;
    for (int l = tour[0]; l <= tour[1]; l++) {
      Leg leg = plan.leg(l);
      out = out.withLeg(l, Leg.of(mode).withDepartureTime(leg.departureTime_s()).withRoutingMode(mode));
    }
    return out;
  }

  private static boolean allSame(Plan plan, int[] tour, String mode) {
    for (int l = tour[0]; l <= tour[1]; l++) {
      if (!plan.leg(l).mode().equals(mode)) {
        return false;
      }
    }
    return true;
  }
}
