package de.bochumtwin.core.population;

import de.bochumtwin.core.util.SplitMix64;
import java.nio.charset.StandardCharsets;

/**
 * Draws a sample of a population: a person is kept when a seeded hash of its id falls below the
 * share. The choice of each person depends only on (seed, id), so the same person is in the sample
 * whatever the file order, and a 10 % sample contains the 1 % sample of the same seed.
 */
public final class PopulationSampler {
  private PopulationSampler() {}

  /**
   * Returns a new population with the sampled persons (the same {@link Person} objects, in input order).
   *
   * @throws IllegalArgumentException unless {@code 0 < share <= 1}
   */
  public static Population sample(Population population, double share, long seed) {
    if (!(share > 0 && share <= 1)) {
      throw new IllegalArgumentException("sample share must be in (0, 1], got " + share);
    }
    Population out = new Population();
    out.attributes().putAll(population.attributes());
    for (Person p : population.persons()) {
      if (share >= 1.0 || keep(p.id(), share, seed)) {
        out.add(p);
      }
    }
    return out;
  }

  static boolean keep(String id, double share, long seed) {
    long h = seed;
    for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
      h = SplitMix64.mix(h ^ (b & 0xff));
    }
    return SplitMix64.toUnit(SplitMix64.mix(h)) < share;
  }
}
