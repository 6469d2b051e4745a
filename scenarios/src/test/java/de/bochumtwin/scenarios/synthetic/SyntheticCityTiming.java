package de.bochumtwin.scenarios.synthetic;

import java.util.Locale;

/**
 * Measures how long {@link SyntheticCity#generate} takes for the default city and how much heap the
 * result keeps. Not a test (wall time is not asserted); run by hand, see docs/synthetic-city.md:
 * {@code java -cp twin-core/target/classes:scenarios/target/classes:scenarios/target/test-classes
 * de.bochumtwin.scenarios.synthetic.SyntheticCityTiming [agents] [repeats]}.
 */
public final class SyntheticCityTiming {
  private SyntheticCityTiming() {}

  public static void main(String[] args) {
    int agents = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    SyntheticCitySpec spec = SyntheticCitySpec.defaults().toBuilder().withAgents(agents).build();
    System.out.println(spec);
    System.out.printf(Locale.ROOT, "java %s, %d cores, max heap %d MB%n", System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
    SyntheticCity kept = null;
    for (int r = 0; r < repeats; r++) {
      kept = null;
      long before = usedAfterGc();
      long t0 = System.nanoTime();
      kept = SyntheticCity.generate(spec, 42 + r);
      long t1 = System.nanoTime();
      long after = usedAfterGc();
      long carRouteLinks = 0;
      for (var p : kept.population().persons()) {
        for (int k = 0; k < 2; k++) {
          if (p.selectedPlan().leg(k).route() instanceof de.bochumtwin.core.population.NetworkRoute nr) {
            carRouteLinks += nr.size();
          }
        }
      }
      System.out.printf(Locale.ROOT, "run %d: %d links, %d agents, %d car-route links, %.0f ms, retained %.1f MB%n",
          r + 1, kept.network().linkCount(), kept.population().size(), carRouteLinks, (t1 - t0) / 1e6,
          (after - before) / 1048576.0);
    }
  }

  private static long usedAfterGc() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}
