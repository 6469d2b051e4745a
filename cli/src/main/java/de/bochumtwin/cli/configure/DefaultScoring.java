package de.bochumtwin.cli.configure;

import de.bochumtwin.core.population.Person;
import de.bochumtwin.core.population.Plan;
import de.bochumtwin.core.population.Population;
import de.bochumtwin.core.scoring.ActivityParams;
import de.bochumtwin.core.scoring.ScoringParameters;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scoring parameters for a run without a config: MATSim's defaults plus activity parameters for every
 * activity type in the plans. Typical durations: home 12 h, work 8 h, education 6 h, shopping 1 h,
 * leisure 2 h, other 1 h (common MATSim scenario values); any other type gets 1 h. Fixed values (not
 * estimated from the plans) keep a resumed run's scoring identical. The chosen values go into run.json.
 */
public final class DefaultScoring {
  private static final Map<String, Integer> KNOWN = Map.ofEntries(
      Map.entry("h", 12 * 3600), Map.entry("home", 12 * 3600),
      Map.entry("w", 8 * 3600), Map.entry("work", 8 * 3600),
      Map.entry("education", 6 * 3600), Map.entry("edu", 6 * 3600),
      Map.entry("shopping", 3600), Map.entry("shop", 3600),
      Map.entry("leisure", 2 * 3600), Map.entry("other", 3600));

  private DefaultScoring() {}

  /** Typical duration per activity type found in the selected plans. */
  public static Map<String, Integer> typicalDurations(Population pop) {
    Map<String, Integer> out = new TreeMap<>();
    for (Person p : pop.persons()) {
      for (Plan plan : p.plans()) {
        for (int i = 0; i < plan.activityCount(); i++) {
          String type = plan.activity(i).type();
          out.putIfAbsent(type, KNOWN.getOrDefault(type, 3600));
        }
      }
    }
    return out;
  }

  public static ScoringParameters forPopulation(Population pop) {
    ScoringParameters.Builder b = ScoringParameters.builder();
    for (Map.Entry<String, Integer> e : typicalDurations(pop).entrySet()) {
      b.withActivityParams(ActivityParams.builder(e.getKey()).withTypicalDuration_s(e.getValue()).build());
    }
    return b.build();
  }
}
