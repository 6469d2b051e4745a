package de.bochumtwin.core.emissions;

import static de.bochumtwin.core.testing.TestScenarios.carCommuter;
import static de.bochumtwin.core.testing.TestScenarios.network;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bochumtwin.core.events.EventSinks;
import de.bochumtwin.core.mobsim.MobsimProgress;
import de.bochumtwin.core.mobsim.MobsimSettings;
import de.bochumtwin.core.mobsim.QueueSimulation;
import de.bochumtwin.core.network.Network;
import de.bochumtwin.core.population.Population;
import de.bochumtwin.core.testing.LinkEventTape;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The handler as a mobsim sink (online) and fed later from the recorded events (offline, as an
 * events-file reader does) gives bit-identical totals; emissions are never negative.
 */
class B01_OnlineOfflineTest {
  static final Network NET = network("""
      1 1 2 1000 13.8889 600 1
      2 2 3 800 13.8889 300 1
      3 3 4 1200 13.8889 900 1
      4 4 1 500 13.8889 600 1
      """);

  /** Records the four event types the handler uses, plus the id table, and replays them as a file would. */
  static final class Recorder extends LinkEventTape {}

  static EmissionModel model() {
    return EmissionModel.resolve(
        EmissionFactorTables.of(EmissionTestTables.warmAllSituations(), null, EmissionTestTables.coldNox(), null),
        EmissionSettings.defaults().withLookupBehavior(LookupBehavior.directlyTryAverageTable),
        List.of(EmissionTestTables.PC), RoadTypes.resolve(NET, new String[] {"URB/Local/50", "URB/Local/50",
            "URB/Local/50", "URB/Local/50"}));
  }

  static Population population(long seed, int persons) {
    Random r = new Random(seed);
    String[] routes = {"1 2 3", "2 3 4 1", "3 4 1 2 3", "4 1", "1 2 3 4 1 2"};
    Population pop = new Population();
    for (int i = 0; i < persons; i++) {
      pop.add(carCommuter(NET, "p" + i, r.nextInt(7200), routes[r.nextInt(routes.length)]));
    }
    return pop;
  }

  @Test
  void onlineAndOfflineTotalsAreIdenticalAndNonNegative() {
    for (long seed : new long[] {1, 2, 3}) {
      EmissionModel m = model();
      EmissionHandler online = new EmissionHandler(m, NET, id -> 0, null);
      Recorder rec = new Recorder();
      new QueueSimulation(NET, MobsimSettings.builder().build())
          .run(population(seed, 300), EventSinks.fanOut(List.of(online, rec)), MobsimProgress.NONE);
      EmissionHandler offline = new EmissionHandler(m, NET, id -> 0, null);
      rec.replay(EventSinks.withTraversals(offline));

      assertTrue(online.warmTraversals() > 300, "seed " + seed);
      assertTrue(online.situationCount(TrafficSituation.FREEFLOW) > 0, "seed " + seed);
      assertEquals(online.warmTraversals(), offline.warmTraversals(), "seed " + seed);
      assertEquals(online.coldStarts(), offline.coldStarts(), "seed " + seed);
      for (int p = 0; p < m.pollutants().size(); p++) {
        assertEquals(online.warmTotal_g(p), offline.warmTotal_g(p), 0.0, "seed " + seed);
        assertEquals(online.coldTotal_g(p), offline.coldTotal_g(p), 0.0, "seed " + seed);
        double sumLinks = 0;
        for (int h = 0; h < online.hourCount(); h++) {
          for (int l = 0; l < NET.linkCount(); l++) {
            double g = online.linkHour_g(l, h, p);
            assertTrue(g >= 0, "negative emission, seed " + seed);
            assertEquals(g, offline.linkHour_g(l, h, p), 0.0);
            sumLinks += g;
          }
        }
        double sumVehicles = 0;
        for (int v = 0; v < online.vehicleCount(); v++) {
          assertTrue(online.vehicle_g(v, p) >= 0);
          sumVehicles += online.vehicle_g(v, p);
        }
        double total = online.warmTotal_g(p) + online.coldTotal_g(p);
        assertEquals(total, sumLinks, 1e-9 * total, "link sum, seed " + seed);
        assertEquals(total, sumVehicles, 1e-9 * total, "vehicle sum, seed " + seed);
      }
    }
  }

  @Test
  void randomNonNegativeTablesNeverGiveNegativeEmissions() {
    Random r = new Random(42);
    for (int trial = 0; trial < 5; trial++) {
      WarmFactorTable.Builder w = WarmFactorTable.builder("random");
      double[] speeds = {50 + r.nextDouble() * 20, 35, 25, 12, 5};
      for (TrafficSituation s : TrafficSituation.values()) {
        if (s != TrafficSituation.FREEFLOW && r.nextBoolean()) {
          continue; // situations may be absent
        }
        w.add(VehicleCategory.PASSENGER_CAR, "URB/Local/50", s, EmissionTestTables.PC, Pollutant.PM,
            r.nextDouble(), speeds[s.ordinal()]);
      }
      EmissionModel m = EmissionModel.resolve(EmissionFactorTables.of(w.build(), null, null, null),
          EmissionSettings.defaults().withLookupBehavior(LookupBehavior.directlyTryAverageTable),
          List.of(EmissionTestTables.PC), new String[] {"URB/Local/50", "URB/Local/50", "URB/Local/50",
              "URB/Local/50"});
      EmissionHandler h = new EmissionHandler(m, NET, id -> 0, null);
      new QueueSimulation(NET, MobsimSettings.builder().build())
          .run(population(100 + trial, 400), h, MobsimProgress.NONE);
      for (int hr = 0; hr < h.hourCount(); hr++) {
        for (int l = 0; l < NET.linkCount(); l++) {
          assertTrue(h.linkHour_g(l, hr, 0) >= 0, "trial " + trial + " (seed 42)");
        }
      }
      assertTrue(h.warmTotal_g(0) > 0, "trial " + trial);
    }
  }
}
