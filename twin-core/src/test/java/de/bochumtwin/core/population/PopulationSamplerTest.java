package de.bochumtwin.core.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PopulationSamplerTest {
  static Population people(int n) {
    Population pop = new Population();
    for (int i = 0; i < n; i++) {
      Person p = Person.of("p" + i, Map.of());
      p.addPlan(Plan.of(List.of(Activity.atLink("h", 0))), true);
      pop.add(p);
    }
    return pop;
  }

  @Test
  void shareIsHitWithinBinomialNoiseAndSamplesNest() {
    Population pop = people(20_000);
    Population ten = PopulationSampler.sample(pop, 0.1, 7);
    Population one = PopulationSampler.sample(pop, 0.01, 7);
    // binomial sd for n=20000, p=0.1: sqrt(20000*0.1*0.9) = 42.4; allow 4 sd
    assertEquals(2000, ten.size(), 4 * 42.4);
    assertEquals(200, one.size(), 4 * 14.1);
    Set<String> tenIds = new HashSet<>();
    ten.persons().forEach(p -> tenIds.add(p.id()));
    one.persons().forEach(p -> assertTrue(tenIds.contains(p.id()), "1 % sample is inside the 10 % sample"));
    assertEquals(ten.size(), PopulationSampler.sample(pop, 0.1, 7).size());
    assertEquals(pop.size(), PopulationSampler.sample(pop, 1.0, 7).size());
  }

  @Test
  void rejectsInvalidShare() {
    assertThrows(IllegalArgumentException.class, () -> PopulationSampler.sample(people(1), 0, 1));
    assertThrows(IllegalArgumentException.class, () -> PopulationSampler.sample(people(1), 1.5, 1));
  }
}
