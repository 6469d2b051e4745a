package de.bochumtwin.core.emissions;

import static de.bochumtwin.core.testing.TestScenarios.carCommuter;
import static de.bochumtwin.core.testing.TestScenarios.network;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bochumtwin.core.events.EventSinks;
import de.bochumtwin.core.events.SimEventSink;
import de.bochumtwin.core.mobsim.MobsimProgress;
import de.bochumtwin.core.mobsim.MobsimSettings;
import de.bochumtwin.core.mobsim.QueueSimulation;
import de.bochumtwin.core.network.Network;
import de.bochumtwin.core.population.Population;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The batched handler (event log applied in order, situations from travel-time thresholds) against
 * {@link ReferenceEmissionHandler}, the per-event computation it replaced: every total, link-hour cell,
 * vehicle sum and counter is bit-identical (tolerance 0), and so is the sequence of emission events.
 */
class C01_BatchedHandlerTest {
  // link 5 is 60 m at 80 km/h: integer-second traversals there are often faster than the free speed (capped)
  static final Network NET = network("""
      1 1 2 1000 13.8889 600 1
      2 2 3 800 8.3333 300 1
      3 3 4 1200 22.2222 900 1
      4 4 5 500 13.8889 400 1
      5 5 1 60 22.2222 600 1
      6 2 1 1000 13.8889 600 1
      """);
  static final String[] ROADS = {"URB/Local/50", "URB/Local/30", "URB/MW-City/80", "URB/Local/50", "URB/MW-City/80",
      "URB/Local/50"};
  static final EmissionClass PC = EmissionClass.average(VehicleCategory.PASSENGER_CAR);
  static final EmissionClass HGV = EmissionClass.average(VehicleCategory.HEAVY_GOODS_VEHICLE);

  /** A random table with every road type, both categories, random speeds (some situations absent). */
  static EmissionModel randomModel(Random r, boolean cap) {
    WarmFactorTable.Builder w = WarmFactorTable.builder("random");
    ColdFactorTable.Builder c = ColdFactorTable.builder("random");
    Pollutant[] ps = {Pollutant.NOx, Pollutant.CO2_TOTAL, Pollutant.PM};
    for (EmissionClass e : List.of(PC, HGV)) {
      for (String road : new String[] {"URB/Local/50", "URB/Local/30", "URB/MW-City/80"}) {
        double vf = 25 + r.nextDouble() * 60;
        double[] speeds = {vf, vf * 0.7, vf * 0.5, vf * 0.25, vf * 0.1};
        for (TrafficSituation s : TrafficSituation.values()) {
          if (s != TrafficSituation.FREEFLOW && r.nextInt(4) == 0) {
            continue;
          }
          for (Pollutant p : ps) {
            w.add(e.category(), road, s, e, p, r.nextDouble() * (p == Pollutant.CO2_TOTAL ? 300 : 1),
                speeds[s.ordinal()]);
          }
        }
      }
      for (Pollutant p : ps) {
        for (int pc = 1; pc <= ColdFactorTable.PARKING_CLASSES; pc++) {
          double first = r.nextDouble();
          c.add(e.category(), e, p, pc, 1, first);
          c.add(e.category(), e, p, pc, 2, first + r.nextDouble());
        }
      }
    }
    return EmissionModel.resolve(EmissionFactorTables.of(w.build(), null, c.build(), null),
        EmissionSettings.defaults().withLookupBehavior(LookupBehavior.directlyTryAverageTable)
            .withCapHighAverageSpeeds(cap), List.of(PC, HGV), ROADS);
  }

  static Population population(Random r, int persons) {
    String[] routes = {"1 2 3", "2 3 4 5 1", "3 4 5 1 2 3", "4 5", "1 2 3 4 5 1 2", "1 6 1 2", "5 1 6"};
    Population pop = new Population();
    for (int i = 0; i < persons; i++) {
      pop.add(carCommuter(NET, "p" + i, r.nextInt(3 * 3600), routes[r.nextInt(routes.length)]));
    }
    return pop;
  }

  @Test
  void thresholdSituationEqualsTheDivisionRuleForEveryTravelTime() {
    Random r = new Random(7);
    for (int trial = 0; trial < 20; trial++) {
      Network net = network("1 1 2 " + (1 + r.nextDouble() * 3000) + " " + (2 + r.nextDouble() * 30) + " 600 1\n"
          + "2 2 1 " + (1 + r.nextInt(400)) + " " + (2 + r.nextDouble() * 30) + " 600 1\n"
          + "3 1 3 0.5 13.8889 600 1\n");
      EmissionModel m = EmissionModel.resolve(randomModelTables(r), EmissionSettings.defaults()
          .withLookupBehavior(LookupBehavior.directlyTryAverageTable), List.of(PC, HGV),
          new String[] {ROADS[r.nextInt(3)], ROADS[r.nextInt(3)], ROADS[0]});
      TravelTimeSituations s = new TravelTimeSituations(m, net);
      assertEquals(2, s.groups(), "PC and HGV have different situation speeds");
      for (int type = 0; type < 2; type++) {
        for (int link = 0; link < 3; link++) {
          for (int tt = -2; tt < 4000; tt++) {
            assertEquals(s.reference(type, link, tt), s.situation(s.group(type), link, tt),
                "trial " + trial + ", type " + type + ", link " + link + ", tt " + tt);
          }
          for (int tt : new int[] {65_535, 1 << 29, TravelTimeSituations.LIMIT - 1, TravelTimeSituations.LIMIT,
              Integer.MAX_VALUE}) {
            assertEquals(s.reference(type, link, tt), s.situation(s.group(type), link, tt), "tt " + tt);
          }
        }
      }
    }
  }

  private static EmissionFactorTables randomModelTables(Random r) {
    WarmFactorTable.Builder w = WarmFactorTable.builder("random");
    for (EmissionClass e : List.of(PC, HGV)) {
      for (String road : new String[] {"URB/Local/50", "URB/Local/30", "URB/MW-City/80"}) {
        for (TrafficSituation s : TrafficSituation.values()) {
          if (s == TrafficSituation.FREEFLOW || r.nextInt(3) > 0) {
            w.add(e.category(), road, s, e, Pollutant.NOx, 1, 5 + r.nextDouble() * 80); // speeds in any order
          }
        }
      }
    }
    return EmissionFactorTables.of(w.build(), null, null, null);
  }

  /** Records emission events as strings with the exact bits of every value. */
  static final class Events implements EmissionEventListener {
    final List<String> lines = new ArrayList<>();

    @Override
    public void warmEmission(int time_s, int link, int vehicle, double[] g) {
      lines.add("warm " + time_s + " " + link + " " + vehicle + " " + bits(g));
    }

    @Override
    public void coldEmission(int time_s, int link, int vehicle, double[] g) {
      lines.add("cold " + time_s + " " + link + " " + vehicle + " " + bits(g));
    }

    private static String bits(double[] g) {
      StringBuilder sb = new StringBuilder();
      for (double d : g) {
        sb.append(Long.toHexString(Double.doubleToRawLongBits(d))).append(' ');
      }
      return sb.toString();
    }
  }

  @Test
  void onlineRunIsBitIdenticalToTheReference() {
    for (long seed = 1; seed <= 4; seed++) {
      Random r = new Random(seed);
      EmissionModel m = randomModel(r, true);
      Population pop = population(r, 1500); // congests the 600-900 veh/h links: all situations occur
      for (boolean vehicleTotals : new boolean[] {true, false}) {
        EmissionHandler fast = new EmissionHandler(m, NET, id -> id.hashCode() & 1, null, vehicleTotals);
        ReferenceEmissionHandler ref = new ReferenceEmissionHandler(m, NET, id -> id.hashCode() & 1, null,
            vehicleTotals);
        new QueueSimulation(NET, MobsimSettings.builder().withSeed(seed).build())
            .run(pop, EventSinks.fanOut(List.of(fast, ref)), MobsimProgress.NONE);
        String what = "seed " + seed + ", vehicle totals " + vehicleTotals;
        // more emissions than several logs hold (1024 each), so the log is applied when full and at the end
        assertTrue(ref.warmTraversals() + ref.coldStarts() > 6000, what + ": " + ref.warmTraversals() + " traversals");
        assertTrue(ref.cappedSpeeds() > 0, what + ": the 60 m link caps speeds");
        for (TrafficSituation s : TrafficSituation.values()) {
          assertEquals(ref.situationCount(s), fast.situationCount(s), what + ", " + s);
        }
        long situations = 0;
        for (TrafficSituation s : TrafficSituation.values()) {
          situations += ref.situationCount(s) > 0 ? 1 : 0;
        }
        assertTrue(situations >= 3, what + ": at least three situations occur, got " + situations);
        assertSame(ref, fast, m, what);
      }
    }
  }

  @Test
  void emissionEventsAndOfflineReplayAreBitIdenticalToTheReference() {
    Random r = new Random(11);
    EmissionModel m = randomModel(r, true);
    Population pop = population(r, 800);
    Events fastEvents = new Events();
    Events refEvents = new Events();
    EmissionHandler fast = new EmissionHandler(m, NET, id -> id.hashCode() & 1, fastEvents);
    ReferenceEmissionHandler ref = new ReferenceEmissionHandler(m, NET, id -> id.hashCode() & 1, refEvents);
    B01_OnlineOfflineTest.Recorder rec = new B01_OnlineOfflineTest.Recorder();
    new QueueSimulation(NET, MobsimSettings.builder().build())
        .run(pop, EventSinks.fanOut(List.of(fast, ref, rec)), MobsimProgress.NONE);
    assertTrue(refEvents.lines.size() > 3000);
    assertEquals(refEvents.lines, fastEvents.lines);
    assertSame(ref, fast, m, "online with listener");
    EmissionHandler offline = new EmissionHandler(m, NET, id -> id.hashCode() & 1, null);
    rec.replay(EventSinks.withTraversals(offline));
    assertSame(ref, offline, m, "offline replay");
  }

  @Test
  void uncappedHighSpeedAbortsAtItsEventWithTheReferenceMessage() {
    EmissionModel m = randomModel(new Random(3), false);
    EmissionHandler fast = new EmissionHandler(m, NET, id -> 0, null);
    ReferenceEmissionHandler ref = new ReferenceEmissionHandler(m, NET, id -> 0, null);
    String[] messages = new String[2];
    int i = 0;
    for (SimEventSink h : new SimEventSink[] {ref, fast}) {
      SimEventSink e = EventSinks.withTraversals(h);
      e.begin(EmissionTestTables.ids(new String[] {"1", "2", "3", "4", "5", "6"}));
      e.vehicleEntersTraffic(0, 0, 3, 0, 0);
      e.linkLeave(10, 3, 0);
      e.linkEnter(10, 4, 0);
      int idx = i++;
      messages[idx] = assertThrows(IllegalArgumentException.class, () -> e.linkLeave(11, 4, 0)).getMessage();
    }
    assertTrue(messages[0].contains("faster than its free speed"), messages[0]);
    assertEquals(messages[0], messages[1]);
  }

  static void assertSame(ReferenceEmissionHandler ref, EmissionHandler fast, EmissionModel m, String what) {
    assertEquals(ref.warmTraversals(), fast.warmTraversals(), what);
    assertEquals(ref.coldStarts(), fast.coldStarts(), what);
    assertEquals(ref.cappedSpeeds(), fast.cappedSpeeds(), what);
    assertEquals(ref.ignoredEvents(), fast.ignoredEvents(), what);
    assertEquals(ref.hourCount(), fast.hourCount(), what);
    assertEquals(ref.vehicleCount(), fast.vehicleCount(), what);
    for (int p = 0; p < m.pollutants().size(); p++) {
      assertEquals(ref.warmTotal_g(p), fast.warmTotal_g(p), 0.0, what);
      assertEquals(ref.coldTotal_g(p), fast.coldTotal_g(p), 0.0, what);
      for (int h = 0; h < ref.hourCount(); h++) {
        for (int l = 0; l < NET.linkCount(); l++) {
          assertEquals(ref.linkHour_g(l, h, p), fast.linkHour_g(l, h, p), 0.0, what + ", hour " + h + ", link " + l);
        }
      }
      for (int v = 0; v < ref.vehicleCount(); v++) {
        assertEquals(ref.vehicle_g(v, p), fast.vehicle_g(v, p), 0.0, what + ", vehicle " + v);
        assertEquals(ref.vehicleType(v), fast.vehicleType(v), what);
        assertEquals(ref.hasVehicle(v), fast.hasVehicle(v), what);
      }
    }
  }
}
