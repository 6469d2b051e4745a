package de.bochumtwin.core.controller;

import de.bochumtwin.core.analysis.LegTable;
import de.bochumtwin.core.mobsim.MobsimResult;
import de.bochumtwin.core.population.Person;
import de.bochumtwin.core.population.Plan;
import de.bochumtwin.core.population.Population;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Computes {@link IterationStats} from the scored population and the iteration's legs. */
final class IterationStatistics {
  private IterationStatistics() {}

  static IterationStats of(int iteration, Population population, MobsimResult result, LegTable legs,
      double replanning_s, double routing_s, double mobsim_s, double scoring_s) {
    double exec = 0;
    double best = 0;
    double worst = 0;
    double avg = 0;
    int n = 0;
    for (Person p : population.persons()) {
      double pb = Double.NEGATIVE_INFINITY;
      double pw = Double.POSITIVE_INFINITY;
      double ps = 0;
      int pc = 0;
      for (Plan plan : p.plans()) {
        if (plan.hasScore()) {
          pb = Math.max(pb, plan.score());
          pw = Math.min(pw, plan.score());
          ps += plan.score();
          pc++;
        }
      }
      if (pc == 0) {
        continue;
      }
      exec += p.selectedPlan().hasScore() ? p.selectedPlan().score() : 0;
      best += pb;
      worst += pw;
      avg += ps / pc;
      n++;
    }
    Map<String, double[]> byMode = new TreeMap<>();
    for (int r = 0; r < legs.size(); r++) {
      double[] acc = byMode.computeIfAbsent(legs.modeName(r), m -> new double[3]);
      acc[0]++;
      acc[1] += legs.travTime_s(r);
      acc[2] += legs.distance_m(r);
    }
    List<ModeStats> modes = new ArrayList<>();
    for (Map.Entry<String, double[]> e : byMode.entrySet()) {
      double[] a = e.getValue();
      modes.add(new ModeStats(e.getKey(), (int) a[0], legs.size() == 0 ? 0 : a[0] / legs.size(), a[1] / a[0], a[2] / a[0]));
    }
    double d = Math.max(1, n);
    return new IterationStats(iteration, exec / d, best / d, worst / d, avg / d, result.stuckAborted(),
        result.departures(), result.arrivals(), result.linkEvents(), modes, replanning_s, routing_s, mobsim_s, scoring_s);
  }
}
