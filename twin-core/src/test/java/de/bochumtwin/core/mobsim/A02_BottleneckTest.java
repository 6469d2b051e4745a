package de.bochumtwin.core.mobsim;

import static de.bochumtwin.core.testing.TestScenarios.carCommuter;
import static de.bochumtwin.core.testing.TestScenarios.network;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bochumtwin.core.network.Network;
import de.bochumtwin.core.population.Population;
import de.bochumtwin.core.testing.RecordingSink;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * N vehicles released at once through a bottleneck of capacity C. Hand calculation: every vehicle
 * enters the bottleneck b at t=1 (source a is wide), the first leaves b after floor(1000 m / 10 m/s) = 100 s
 * in the queue plus 1 s via buffer and node, i.e. at t = 102; then one vehicle every 3600/C s, so the
 * last leaves at 102 + (N-1) x 3600/C.
 */
class A02_BottleneckTest {
  static final Network NET = network("""
      a 1 2 100 10 1000000 1
      b 2 3 1000 10 %s 10
      c 3 4 100 10 1000000 1
      """.formatted(1800));

  static Population released(int n, int every) {
    Population pop = new Population();
    for (int i = 0; i < n; i += every) {
      pop.add(carCommuter(NET, "p" + i, 0, "a b c"));
    }
    return pop;
  }

  static List<Integer> exits(MobsimSettings s, Population pop) {
    RecordingSink rec = new RecordingSink();
    MobsimResult r = new QueueSimulation(NET, s).run(pop, rec, MobsimProgress.NONE);
    assertTrue(r.isConserved());
    assertEquals(pop.size(), r.arrivals());
    return rec.leaveTimes("b");
  }

  @Test
  void lastExitIsFreeFlowPlusQueueDischarge() {
    int n = 100;
    double c = 1800;
    List<Integer> exits = exits(MobsimSettings.builder().build(), released(n, 1));
    assertEquals(n, exits.size());
    assertEquals(102, exits.get(0));
    double expectedLast = 102 + (n - 1) * 3600.0 / c;
    assertEquals(expectedLast, exits.get(n - 1), 1.0, "last exit");
    for (int i = 1; i < n; i++) {
      assertEquals(2, exits.get(i) - exits.get(i - 1), "headway 3600/C between vehicle " + (i - 1) + " and " + i);
    }
  }

  @Test
  void fractionalCapacityIsAccumulated() {
    // C = 1000 veh/h: 3.6 s per vehicle on average, i.e. 3 or 4 whole seconds
    Network net = network("""
        a 1 2 100 10 1000000 1
        b 2 3 1000 10 1000 10
        c 3 4 100 10 1000000 1
        """);
    Population pop = new Population();
    for (int i = 0; i < 51; i++) {
      pop.add(carCommuter(net, "p" + i, 0, "a b c"));
    }
    RecordingSink rec = new RecordingSink();
    new QueueSimulation(net, MobsimSettings.builder().build()).run(pop, rec, MobsimProgress.NONE);
    List<Integer> exits = rec.leaveTimes("b");
    assertEquals(102 + 50 * 3.6, exits.get(50), 1.0);
  }

  @Test
  void tenPercentSampleWithFactorsHasSameQueueingTimes() {
    int n = 100;
    List<Integer> full = exits(MobsimSettings.builder().build(), released(n, 1));
    List<Integer> sample = exits(MobsimSettings.builder().withSample(0.1).build(), released(n, 10));
    assertEquals(10, sample.size());
    double meanDelayFull = full.stream().mapToInt(t -> t - 102).average().orElseThrow();
    double meanDelaySample = sample.stream().mapToInt(t -> t - 102).average().orElseThrow();
    // full: mean of 2k, k=0..99 = 99 s; sample: mean of 20k, k=0..9 = 90 s; they differ by less than
    // one sample headway (3600 / (0.1 x 1800) = 20 s), the discretisation of a 10 % sample
    assertEquals(99.0, meanDelayFull, 1e-9);
    assertEquals(90.0, meanDelaySample, 1e-9);
    assertEquals(full.get(n - 1), sample.get(9), 20.0, "last exit, within one sample headway");
  }
}
