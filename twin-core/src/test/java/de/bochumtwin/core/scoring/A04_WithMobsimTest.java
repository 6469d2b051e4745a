package de.bochumtwin.core.scoring;

import static de.bochumtwin.core.testing.TestScenarios.network;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bochumtwin.core.analysis.LegRecorder;
import de.bochumtwin.core.analysis.LegTable;
import de.bochumtwin.core.events.EventSinks;
import de.bochumtwin.core.mobsim.MobsimProgress;
import de.bochumtwin.core.mobsim.MobsimSettings;
import de.bochumtwin.core.mobsim.QueueSimulation;
import de.bochumtwin.core.network.Network;
import de.bochumtwin.core.population.Activity;
import de.bochumtwin.core.population.Leg;
import de.bochumtwin.core.population.NetworkRoute;
import de.bochumtwin.core.population.Person;
import de.bochumtwin.core.population.Plan;
import de.bochumtwin.core.population.Population;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Scoring fed by the real queue mobsim: a walk day with known timing, and car legs checked against the leg table. */
class A04_WithMobsimTest {
  static final double EPS = 1e-9;
  // same network as the mobsim's teleport test: midpoints of a and b are 1581.14 m apart
  static final Network NET = network("""
      node 1 0 0
      node 2 1000 0
      node 3 1000 3000
      a 1 2 1000 10 1000 1
      b 2 3 3000 10 1000 1
      r 3 1 3162.3 10 1000 1
      """);
  static final ScoringParameters PARAMS = ScoringParameters.builder()
      .withActivityParams(ActivityParams.builder("h").withTypicalDuration_s(12 * 3600).build())
      .withActivityParams(ActivityParams.builder("s").withTypicalDuration_s(1800).build())
      .withActivityParams(ActivityParams.builder("w").withTypicalDuration_s(8 * 3600).build())
      .withModeParams(ModeParams.builder("car").withMonetaryDistanceRate_perM(-0.0002).build())
      .build();

  @Test
  void walkDayWithKnownTiming() {
    Person p = Person.of("w1", Map.of());
    int a = NET.getLinkIndex("a");
    p.addPlan(Plan.of(List.of(
        Activity.atLink("h", a).withEndTime(3600), Leg.of("walk"),
        Activity.atLink("s", NET.getLinkIndex("b")).withMaxDuration(1800), Leg.of("walk"),
        Activity.atLink("h", a))), true);
    Population pop = new Population();
    pop.add(p);
    EventsScoring scoring = new EventsScoring(PARAMS, NET, 1);
    new QueueSimulation(NET, MobsimSettings.builder().build()).run(pop, scoring, MobsimProgress.NONE);
    PersonScores r = scoring.result();
    // walk: beeline 1581.14 m * 1.3 / (3/3.6 m/s) = 2466.6 s -> 2467 s per leg (see the mobsim's A04 test)
    // legs: 2 * -6/h * 2467 s = -8.2233333
    assertEquals(-2 * 6.0 * 2467 / 3600, r.leg_utils(0), EPS);
    // shop 1800 s at its typical duration: 6 * 0.5 h = 3
    // home: back at 3600 + 2467 + 1800 + 2467 = 10334 s; overnight to 3600 + 86400 = 90000 s: 79666 s
    //   72 * (1 + ln(79666 / 43200)) = 72 * (1 + 0.6120136) = 116.0650
    double home = 72 * (1 + Math.log(79666.0 / 43200));
    assertEquals(116.065, home, 1e-3);
    assertEquals(3 + home, r.activity_utils(0), EPS);
  }

  @Test
  void carLegsMatchTheLegTable() {
    int a = NET.getLinkIndex("a");
    int b = NET.getLinkIndex("b");
    int rr = NET.getLinkIndex("r");
    Population pop = new Population();
    for (int i = 0; i < 5; i++) {
      Person p = Person.of("c" + i, Map.of());
      p.addPlan(Plan.of(List.of(
          Activity.atLink("h", a).withEndTime(7 * 3600 + 10 * i),
          Leg.of("car").withRoute(NetworkRoute.of(new int[] {a, b}, 3000)),
          Activity.atLink("w", b).withEndTime(16 * 3600),
          Leg.of("car").withRoute(NetworkRoute.of(new int[] {b, rr, a}, 4162.3)),
          Activity.atLink("h", a))), true);
      pop.add(p);
    }
    EventsScoring scoring = new EventsScoring(PARAMS, NET, pop.size());
    LegRecorder legs = new LegRecorder(NET);
    legs.reset(pop.size(), pop.size());
    new QueueSimulation(NET, MobsimSettings.builder().build())
        .run(pop, EventSinks.fanOut(List.of(scoring, legs)), MobsimProgress.NONE);
    PersonScores r = scoring.result();
    LegTable t = legs.table();
    assertEquals(10, t.size());
    double[] time = new double[pop.size()];
    double[] dist = new double[pop.size()];
    for (int row = 0; row < t.size(); row++) {
      time[t.person(row)] += t.travTime_s(row);
      dist[t.person(row)] += t.distance_m(row);
    }
    for (int p = 0; p < pop.size(); p++) {
      // distance: b (3000 m) out, r + a (4162.3 m) back = 7162.3 m, as the leg table says
      assertEquals(7162.3, dist[p], 1e-6);
      assertEquals(-6.0 / 3600 * time[p], r.leg_utils(p), EPS);
      assertEquals(-0.0002 * 7162.3, r.money_utils(p), EPS);
      assertTrue(r.activity_utils(p) > 0, "home and work are performed near their typical durations");
    }
  }
}
