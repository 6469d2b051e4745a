package de.bochumtwin.core.mobsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bochumtwin.core.network.Network;
import de.bochumtwin.core.network.NetworkBuilder;
import de.bochumtwin.core.population.Activity;
import de.bochumtwin.core.population.Leg;
import de.bochumtwin.core.population.NetworkRoute;
import de.bochumtwin.core.population.Person;
import de.bochumtwin.core.population.Plan;
import de.bochumtwin.core.population.Population;
import de.bochumtwin.core.testing.RecordingSink;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Property checks on random congested grids (seeds logged in messages): every departure ends in an
 * arrival or an abort, the same inputs give the same event stream, and only the node-transition seed
 * changes the order in which merging streams are served.
 */
class B01_ConservationAndDeterminismTest {
  static Network grid(int n, SplittableRandom rnd) {
    NetworkBuilder b = new NetworkBuilder();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        b.addNode(i + "_" + j, 100.0 * i, 100.0 * j);
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (i + 1 < n) {
          addPair(b, i + "_" + j, (i + 1) + "_" + j, rnd);
        }
        if (j + 1 < n) {
          addPair(b, i + "_" + j, i + "_" + (j + 1), rnd);
        }
      }
    }
    return b.build();
  }

  static void addPair(NetworkBuilder b, String u, String v, SplittableRandom rnd) {
    b.addLink(u + ">" + v, u, v, 100, 5 + rnd.nextInt(10), 200 + rnd.nextInt(1000), 1, List.of("car"), null, null);
    b.addLink(v + ">" + u, v, u, 100, 5 + rnd.nextInt(10), 200 + rnd.nextInt(1000), 1, List.of("car"), null, null);
  }

  /** Random walks as routes, all departing within 10 minutes: heavy congestion and gridlock. */
  static Population walkers(Network net, int agents, SplittableRandom rnd) {
    Population pop = new Population();
    for (int a = 0; a < agents; a++) {
      List<Integer> route = new ArrayList<>();
      int link = rnd.nextInt(net.linkCount());
      route.add(link);
      int steps = 2 + rnd.nextInt(12);
      for (int s = 0; s < steps; s++) {
        int node = net.toNode(link);
        int deg = net.outLinkEnd(node) - net.outLinkStart(node);
        link = net.outLinkAt(net.outLinkStart(node) + rnd.nextInt(deg));
        route.add(link);
      }
      int[] links = route.stream().mapToInt(Integer::intValue).toArray();
      Person p = Person.of("a" + a, Map.of());
      p.addPlan(Plan.of(List.of(Activity.atLink("h", links[0]).withEndTime(rnd.nextInt(600)),
          Leg.of("car").withRoute(NetworkRoute.of(links, 100.0 * (links.length - 1))),
          Activity.atLink("w", links[links.length - 1]).withMaxDuration(rnd.nextInt(1200)),
          Leg.of("walk"),
          Activity.atLink("h", links[0]))), true);
      pop.add(p);
    }
    return pop;
  }

  @Test
  void vehiclesAreConservedUnderGridlock() {
    for (long seed = 1; seed <= 20; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      Network net = grid(6, rnd);
      Population pop = walkers(net, 400, rnd);
      for (boolean remove : new boolean[] {false, true}) {
        RecordingSink rec = new RecordingSink();
        MobsimResult r = new QueueSimulation(net, MobsimSettings.builder().withRemoveStuckVehicles(remove).build())
            .run(pop, rec, MobsimProgress.NONE);
        assertTrue(r.isConserved(), "seed " + seed + ": " + r);
        long departures = rec.lines.stream().filter(l -> l.contains(" departure ")).count();
        long arrivals = rec.lines.stream().filter(l -> l.contains(" arrival ")).count();
        long stuck = rec.lines.stream().filter(l -> l.contains(" stuck ")).count();
        assertEquals(departures, arrivals + stuck, "seed " + seed);
        assertEquals(r.linkEvents(), rec.linkEvents.size(), "seed " + seed);
      }
    }
  }

  @Test
  void sameInputsSameEventsDifferentSeedDifferentMerging() {
    SplittableRandom rnd = new SplittableRandom(42);
    Network net = grid(6, rnd);
    Population pop = walkers(net, 600, rnd);
    List<String> first = run(net, pop, 1);
    assertEquals(first, run(net, pop, 1));
    assertNotEquals(first, run(net, pop, 2), "node transitions draw from the seed");
  }

  static List<String> run(Network net, Population pop, long seed) {
    RecordingSink rec = new RecordingSink();
    new QueueSimulation(net, MobsimSettings.builder().withSeed(seed).build()).run(pop, rec, MobsimProgress.NONE);
    return rec.lines;
  }
}
