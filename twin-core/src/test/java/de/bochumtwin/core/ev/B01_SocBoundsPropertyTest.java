package de.bochumtwin.core.ev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import de.bochumtwin.core.events.EventIds;
import de.bochumtwin.core.events.EventSinks;
import de.bochumtwin.core.events.SimEventSink;
import de.bochumtwin.core.mobsim.MobsimProgress;
import de.bochumtwin.core.mobsim.MobsimSettings;
import de.bochumtwin.core.mobsim.QueueSimulation;
import de.bochumtwin.core.network.Network;
import de.bochumtwin.core.network.NetworkBuilder;
import de.bochumtwin.core.population.Activity;
import de.bochumtwin.core.population.Leg;
import de.bochumtwin.core.population.NetworkRoute;
import de.bochumtwin.core.population.Person;
import de.bochumtwin.core.population.Plan;
import de.bochumtwin.core.population.PlanElement;
import de.bochumtwin.core.population.Population;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Property: over random days simulated by the real mobsim (random-walk routes on a grid, random
 * activity chains, small batteries, few chargers with few plugs, BEVs and PHEVs), every vehicle's SoC
 * is within [0, capacity] after every event, and per vehicle charged = consumed + (end - start). Each
 * day comes from a fixed seed that every failure message names.
 */
class B01_SocBoundsPropertyTest {
  static final int GRID = 6;
  static final Network NET = grid();
  static final List<EvType> TYPES = List.of(EvType.of("small", 3.0, 50), EvType.of("mid", 8.0, 11),
      EvType.of("phev", 2.0, 3.7).withPhev(true));

  @Test
  void socStaysWithinCapacityAndEnergyBalances() {
    int[] seen = new int[4];
    for (long seed = 1; seed <= 25; seed++) {
      EvRunResult r = checkDay(seed);
      seen[0] += r.sessions().size();
      seen[1] += r.strandedVehicles();
      seen[2] += r.failedChargingAttempts();
      for (int i = 0; i < r.sessions().size(); i++) {
        seen[3] += r.sessions().charger(i) == ChargingSessionTable.HOME ? 1 : 0;
      }
    }
    // the days must actually exercise charging, queues and empty batteries, or the property says little
    assertTrue(seen[0] > 50 && seen[1] > 0 && seen[2] > 0 && seen[3] > 0,
        "sessions, stranded, failed attempts, home sessions: " + java.util.Arrays.toString(seen));
  }

  private static EvRunResult checkDay(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Population pop = randomPopulation(rnd, 40);
    EvFleet fleet = EvFleet.draw(pop.size(), 0.9, TYPES, new double[] {1, 1, 1}, 0.0, 1.0, 0.4, seed);
    Chargers chargers = randomChargers(rnd);
    EvSettings settings = EvSettings.defaults().withTemperature_C(-5 + 30 * rnd.nextDouble())
        .withQueueing(rnd.nextInt(1200), rnd.nextInt(3));
    ChargingPlan plan = new ChargingPlanner(NET, chargers, settings).plan(pop, fleet);
    ChargingHandler h = new ChargingHandler(NET, chargers, fleet, plan, settings);
    SocChecker checker = new SocChecker(h, fleet, seed);
    MobsimSettings ms = MobsimSettings.builder().withSeed(seed).withEndTime_s(36 * 3600).build();
    new QueueSimulation(NET, ms).run(pop, EventSinks.fanOut(List.of(h, checker)), MobsimProgress.NONE);
    assertTrue(checker.events > 0, "seed " + seed + ": no events");
    EvRunResult r = h.result();
    for (int v = 0; v < fleet.vehicleCount(); v++) {
      if (!fleet.isEv(v)) {
        continue;
      }
      double cap = fleet.type(v).capacity_kWh();
      double end = r.endSoc_kWh(v);
      assertTrue(end >= 0 && end <= cap, "seed " + seed + ", vehicle " + v + ": end SoC " + end);
      assertEquals(r.charged_kWh(v), r.consumed_kWh(v) + end - r.startSoc_kWh(v), 1e-9,
          "seed " + seed + ", vehicle " + v + ": charged = consumed + (end - start)");
    }
    ChargingSessionTable s = r.sessions();
    for (int i = 0; i < s.size(); i++) {
      double cap = fleet.type(s.vehicle(i)).capacity_kWh();
      assertTrue(s.energy_kWh(i) >= 0 && s.socEnd_kWh(i) <= cap + 1e-12,
          "seed " + seed + ", session " + i + ": energy " + s.energy_kWh(i) + ", end SoC " + s.socEnd_kWh(i));
      assertTrue(s.wait_s(i) >= 0 && s.end_s(i) >= s.arrival_s(i), "seed " + seed + ", session " + i);
    }
    return r;
  }

  /** Checks all EVs' SoC after every event the mobsim emits (the handler has seen it first). */
  static final class SocChecker implements SimEventSink {
    final ChargingHandler h;
    final EvFleet fleet;
    final long seed;
    long events;

    SocChecker(ChargingHandler h, EvFleet fleet, long seed) {
      this.h = h;
      this.fleet = fleet;
      this.seed = seed;
    }

    void check(int t, String event) {
      events++;
      for (int v = 0; v < fleet.vehicleCount(); v++) {
        if (fleet.isEv(v)) {
          double soc = h.soc_kWh(v);
          if (!(soc >= 0 && soc <= fleet.type(v).capacity_kWh())) {
            fail("seed " + seed + ": vehicle " + v + " SoC " + soc + " kWh outside [0, "
                + fleet.type(v).capacity_kWh() + "] after " + event + " at " + t + " s");
          }
        }
      }
    }

    @Override
    public void begin(EventIds ids) {}

    @Override
    public void activityEnd(int t, int p, int link, int actType) {
      check(t, "actend");
    }

    @Override
    public void activityStart(int t, int p, int link, int actType) {
      check(t, "actstart");
    }

    @Override
    public void linkLeave(int t, int link, int v) {
      check(t, "left link");
    }

    @Override
    public void vehicleLeavesTraffic(int t, int p, int link, int v, int mode) {
      check(t, "vehicle leaves traffic");
    }

    @Override
    public void end(int t) {
      check(t, "end");
    }
  }

  static Network grid() {
    NetworkBuilder b = new NetworkBuilder().withName("grid");
    for (int r = 0; r < GRID; r++) {
      for (int c = 0; c < GRID; c++) {
        b.addNode(r + "_" + c, c * 1000.0, r * 1000.0);
      }
    }
    for (int r = 0; r < GRID; r++) {
      for (int c = 0; c < GRID; c++) {
        if (c + 1 < GRID) {
          link(b, r + "_" + c, r + "_" + (c + 1));
          link(b, r + "_" + (c + 1), r + "_" + c);
        }
        if (r + 1 < GRID) {
          link(b, r + "_" + c, (r + 1) + "_" + c);
          link(b, (r + 1) + "_" + c, r + "_" + c);
        }
      }
    }
    return b.build();
  }

  private static void link(NetworkBuilder b, String from, String to) {
    b.addLink(from + "-" + to, from, to, 1000, 13.9, 600, 1, List.of("car"), null, null);
  }

  static Chargers randomChargers(SplittableRandom rnd) {
    Chargers.Builder b = Chargers.builder();
    int n = 1 + rnd.nextInt(6);
    double[] powers = {3.7, 11, 22, 50, 150};
    for (int i = 0; i < n; i++) {
      int l = rnd.nextInt(NET.linkCount());
      double x = NET.nodeX_m(NET.toNode(l));
      double y = NET.nodeY_m(NET.toNode(l));
      b.add("c" + i, l, x, y, powers[rnd.nextInt(powers.length)], 1 + rnd.nextInt(2), null, "", true);
    }
    return b.build();
  }

  /** Persons with 2-5 activities (home first), car legs along random walks of 2-25 links. */
  static Population randomPopulation(SplittableRandom rnd, int persons) {
    Population pop = new Population();
    String[] types = {"work", "shop", "home"};
    for (int p = 0; p < persons; p++) {
      int acts = 2 + rnd.nextInt(4);
      int link = rnd.nextInt(NET.linkCount());
      int t = 5 * 3600 + rnd.nextInt(4 * 3600);
      List<PlanElement> el = new ArrayList<>();
      el.add(Activity.atLink("home", link).withEndTime(t));
      for (int a = 1; a < acts; a++) {
        int[] route = randomWalk(rnd, link, 2 + rnd.nextInt(24));
        double dist = 0;
        for (int i = 1; i < route.length; i++) {
          dist += NET.length_m(route[i]);
        }
        el.add(Leg.of("car").withRoute(NetworkRoute.of(route, dist)));
        link = route[route.length - 1];
        String type = a == acts - 1 ? "home" : types[rnd.nextInt(types.length)];
        Activity act = Activity.atLink(type, link);
        if (a < acts - 1) {
          act = rnd.nextBoolean() ? act.withMaxDuration(600 + rnd.nextInt(4 * 3600))
              : act.withEndTime(t + 1800 * a + rnd.nextInt(3 * 3600));
        }
        el.add(act);
      }
      Person person = Person.of("p" + p, Map.of());
      person.addPlan(Plan.of(el), true);
      pop.add(person);
    }
    return pop;
  }

  private static int[] randomWalk(SplittableRandom rnd, int start, int len) {
    int[] r = new int[len];
    r[0] = start;
    for (int i = 1; i < len; i++) {
      int node = NET.toNode(r[i - 1]);
      int k = NET.outLinkStart(node) + rnd.nextInt(NET.outLinkEnd(node) - NET.outLinkStart(node));
      r[i] = NET.outLinkAt(k);
    }
    return r;
  }
}
