package de.bochumtwin.scenarios.bochum;

import org.junit.jupiter.api.Test;

class BochumProbeTest {
  @Test
  void probe() {
    BochumScenario s = BochumScenario.load();
    long t0 = System.nanoTime();
    var pop = BochumPopulationGenerator.generate(s, 0.1, 42);
    long t1 = System.nanoTime();
    PopulationStats st = PopulationStats.of(pop);
    System.out.println("links " + s.network().linkCount() + " nodes " + s.network().nodeCount());
    System.out.println("persons " + pop.size() + " res " + st.residents + " in " + st.inCommuters + " out " + st.outCommuters
        + " trips/res " + st.tripsPerResident() + " ms " + (t1 - t0) / 1e6);
    System.out.println(st.residentLegsByMode);
    for (String m : ModeChoice.MODES) System.out.printf("%s %.3f%n", m, st.residentModeShare(m));
    for (String p : new String[] {"work", "education", "shopping", "leisure", "other", "home"}) {
      double[] d = st.departureShares(p);
      StringBuilder b = new StringBuilder(p + ":");
      for (int h = 4; h < 24; h++) b.append(String.format(" %d:%.0f", h, d[h] * 1000));
      System.out.println(b);
    }
    System.out.println(st.outByGateway + " " + st.inByGateway);
  }
}
