package de.bochumtwin.core.events;

import static de.bochumtwin.core.testing.TestScenarios.carCommuter;
import static de.bochumtwin.core.testing.TestScenarios.network;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bochumtwin.core.mobsim.MobsimProgress;
import de.bochumtwin.core.mobsim.MobsimSettings;
import de.bochumtwin.core.mobsim.QueueSimulation;
import de.bochumtwin.core.network.Network;
import de.bochumtwin.core.population.Population;
import de.bochumtwin.core.testing.LinkEventTape;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The mobsim's {@code linkTraversed}/{@code arrivalLinkTraversed} equal the ones
 * {@link EventSinks#withTraversals} derives from the recorded MATSim events, and the fan-out calls only
 * sinks that override a method.
 */
class A01_TraversalsTest {
  // 1000 m, 800 m, 1200 m, 500 m ring at 50 km/h (13.8889 m/s)
  static final Network NET = network("""
      1 1 2 1000 13.8889 600 1
      2 2 3 800 13.8889 300 1
      3 3 4 1200 13.8889 900 1
      4 4 1 500 13.8889 600 1
      """);

  /** Records the MATSim link events as int tuples and the traversals as text. */
  static final class Recorder extends LinkEventTape {
    final List<String> traversals = new ArrayList<>();

    @Override
    public void linkTraversed(int t, int l, int v, int enter_s) {
      // placed after the event it follows, so the order relative to the link events is checked too
      traversals.add(events.size() + " T " + t + " " + l + " " + v + " " + enter_s);
    }

    @Override
    public void arrivalLinkTraversed(int t, int l, int v, int enter_s) {
      traversals.add(events.size() + " A " + t + " " + l + " " + v + " " + enter_s);
    }
  }

  static Population population(long seed, int persons) {
    Random r = new Random(seed);
    String[] routes = {"1 2 3", "2 3 4 1", "3 4 1 2 3", "4 1", "1 2 3 4 1 2", "2"};
    Population pop = new Population();
    for (int i = 0; i < persons; i++) {
      pop.add(carCommuter(NET, "p" + i, r.nextInt(7200), routes[r.nextInt(routes.length)]));
    }
    return pop;
  }

  @Test
  void mobsimTraversalsEqualTheDerivedOnes() {
    for (long seed : new long[] {1, 2}) {
      Recorder online = new Recorder();
      new QueueSimulation(NET, MobsimSettings.builder().build()).run(population(seed, 300), online, MobsimProgress.NONE);
      Recorder offline = new Recorder();
      online.replay(EventSinks.withTraversals(offline));
      assertTrue(online.traversals.size() > 600, "seed " + seed + ": " + online.traversals.size());
      assertEquals(online.traversals, offline.traversals, "seed " + seed);
      long enters = online.events.stream().filter(e -> e[0] == 2).count();
      // every entered link ends in exactly one traversal (no vehicle is stuck on this uncongested ring)
      assertEquals(enters, online.traversals.size(), "seed " + seed);
    }
  }

  @Test
  void oneVehicleTraversesAtFreeSpeed() {
    Population pop = new Population();
    pop.add(carCommuter(NET, "p", 3600, "1 2 3"));
    Recorder r = new Recorder();
    new QueueSimulation(NET, MobsimSettings.builder().build()).run(pop, r, MobsimProgress.NONE);
    // first trip: departure link 1 (not traversed), link 2 left, link 3 is the arrival link
    String[] first = r.traversals.get(0).split(" ");
    String[] second = r.traversals.get(1).split(" ");
    assertEquals("T", first[1]);
    assertEquals(NET.getLinkIndex("2"), Integer.parseInt(first[3]));
    // 800 m at 13.8889 m/s = 57.6 s; the queue model releases a vehicle after floor(57.6) = 57 s, at the next step
    int tt = Integer.parseInt(first[2]) - Integer.parseInt(first[5]);
    assertTrue(tt >= 57 && tt <= 58, "travel time on link 2: " + tt);
    assertEquals("A", second[1]);
    assertEquals(NET.getLinkIndex("3"), Integer.parseInt(second[3]));
    assertEquals(first[2], second[5], "link 3 is entered when link 2 is left");
  }

  static final class Enters implements SimEventSink {
    final List<Integer> seen = new ArrayList<>();

    @Override
    public void linkEnter(int t, int l, int v) {
      seen.add(t);
    }
  }

  static final class Leaves implements SimEventSink {
    final List<Integer> seen = new ArrayList<>();

    @Override
    public void linkLeave(int t, int l, int v) {
      seen.add(t);
    }

    @Override
    public void linkTraversed(int t, int l, int v, int enter_s) {
      seen.add(-enter_s);
    }
  }

  @Test
  void fanOutCallsOnlyOverridingSinks() {
    Enters a = new Enters();
    Leaves b = new Leaves();
    SimEventSink[] both = {a, b};
    assertArrayEquals(new SimEventSink[] {a}, EventSinks.receivers(both, "linkEnter"));
    assertArrayEquals(new SimEventSink[] {b}, EventSinks.receivers(both, "linkLeave"));
    assertArrayEquals(new SimEventSink[] {b}, EventSinks.receivers(both, "linkTraversed"));
    assertEquals(0, EventSinks.receivers(both, "arrival").length);
    SimEventSink f = EventSinks.withTraversals(EventSinks.fanOut(List.of(a, b)));
    f.vehicleEntersTraffic(0, 0, 0, 0, 0);
    f.linkLeave(5, 0, 0);
    f.linkEnter(5, 1, 0);
    f.linkLeave(70, 1, 0);
    assertEquals(List.of(5), a.seen);
    assertEquals(List.of(5, 70, -5), b.seen);
  }
}
