package de.bochumtwin.core.scoring;

import static de.bochumtwin.core.scoring.ScoringTestSupport.carTrip;
import static de.bochumtwin.core.scoring.ScoringTestSupport.hms;
import static de.bochumtwin.core.scoring.ScoringTestSupport.teleportTrip;
import static de.bochumtwin.core.testing.TestScenarios.network;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.bochumtwin.core.network.Network;
import de.bochumtwin.core.testing.FixedIds;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * MATSim's published reference numbers, reproduced through our event sink. The day and the expected
 * values are those of MATSim's own scoring tests (matsim-libs, CharyparNagelScoringFunctionTest and
 * CharyparNagelLegScoringDailyConstantsTest): home until 07:00, car 30 min (25 km), work 07:30-10:00,
 * pt 15 min (20 km), work 10:15-13:00, walk 30 min, work 13:30-16:00, bike 15 min, home from 16:15.
 * Home's typical duration is 15 h, work's 3 h; every beta is 0 unless a test sets it.
 */
class A03_MatsimReferenceTest {
  static final double EPS = 1e-9;
  static final Network NET = network("""
      1 1 2 500 25 3600 1
      2 2 3 25000 50 3600 1
      """);
  static final FixedIds IDS = ScoringTestSupport.ids(List.of("1"), List.of("h", "w", "h2"),
      List.of("car", "pt", "walk", "bike", "ride", "other"));

  /** MATSim's test fixture: all betas 0, ride and other keep their default -6 utils/h. */
  static ScoringParameters.Builder fixture() {
    ScoringParameters.Builder b = ScoringParameters.builder().withPerforming_utilsPerHr(0).withLateArrival_utilsPerHr(0)
        .withEarlyDeparture_utilsPerHr(0).withWaiting_utilsPerHr(0).withMarginalUtilityOfMoney(1)
        .withActivityParams(ActivityParams.builder("h").withTypicalDuration_s(15 * 3600).build())
        .withActivityParams(ActivityParams.builder("w").withTypicalDuration_s(3 * 3600).build())
        // h2 is used only as the last activity in differentFirstAndLastActivity
        .withActivityParams(ActivityParams.builder("h2").withTypicalDuration_s(8 * 3600).build());
    for (String m : List.of("car", "pt", "walk", "bike")) {
      b.withModeParams(ModeParams.builder(m).withMarginalUtilityOfTraveling_utilsPerHr(0).build());
    }
    return b;
  }

  static ScoringParameters fixture(UnaryOperator<ScoringParameters.Builder> change) {
    return change.apply(fixture()).build();
  }

  static ScoringParameters withWork(ScoringParameters p, UnaryOperator<ActivityParams.Builder> change) {
    return p.toBuilder().withActivityParams(change.apply(p.getActivityParams("w").toBuilder()).build()).build();
  }

  static ScoringParameters withMode(ScoringParameters p, String mode, UnaryOperator<ModeParams.Builder> change) {
    return p.toBuilder().withModeParams(change.apply(p.getModeParams(mode).toBuilder()).build()).build();
  }

  static double day(ScoringParameters p) {
    return day(p, "h");
  }

  static double day(ScoringParameters p, String lastType) {
    EventsScoring s = new EventsScoring(p, NET, 1);
    s.begin(IDS);
    int l1 = NET.getLinkIndex("1");
    int l2 = NET.getLinkIndex("2");
    carTrip(s, IDS, 0, "h", hms(7, 0), "car", new int[] {l1, l2}, hms(7, 30), "w");
    teleportTrip(s, IDS, 0, "w", hms(10, 0), "pt", 20000, hms(10, 15), "w");
    teleportTrip(s, IDS, 0, "w", hms(13, 0), "walk", 1500, hms(13, 30), "w");
    teleportTrip(s, IDS, 0, "w", hms(16, 0), "bike", 3000, hms(16, 15), lastType);
    s.end(hms(30, 0));
    return s.result().score(0);
  }

  static double zeroUtil_h(double typ_h, boolean uniform) {
    return uniform ? typ_h * Math.exp(-10.0 / typ_h) : typ_h * Math.exp(-1.0);
  }

  static ScoringParameters uniform(ScoringParameters p) {
    ScoringParameters.Builder b = p.toBuilder();
    for (ActivityParams a : p.activityParams().values()) {
      if (a.isScored()) {
        b.withActivityParams(a.toBuilder().withTypicalDurationScoreComputation(TypicalDurationScoreComputation.UNIFORM).build());
      }
    }
    return b.build();
  }

  @Test
  void zero() {
    assertEquals(0.0, day(fixture(b -> b)), EPS);
  }

  @Test
  void travelingAndConstants() {
    // car 0.5 h * -6 = -3; plus constant -6 -> -9
    ScoringParameters car = withMode(fixture(b -> b), "car", m -> m.withMarginalUtilityOfTraveling_utilsPerHr(-6));
    assertEquals(-3.0, day(car), EPS);
    assertEquals(-9.0, day(withMode(car, "car", m -> m.withConstant(-6))), EPS);
    // pt 0.25 h * -9 = -2.25; constant -3 -> -5.25
    ScoringParameters pt = withMode(fixture(b -> b), "pt", m -> m.withMarginalUtilityOfTraveling_utilsPerHr(-9));
    assertEquals(-2.25, day(pt), EPS);
    assertEquals(-5.25, day(withMode(pt, "pt", m -> m.withConstant(-3))), EPS);
    // walk 0.5 h * -18 = -9; constant -1 -> -10
    ScoringParameters walk = withMode(fixture(b -> b), "walk", m -> m.withMarginalUtilityOfTraveling_utilsPerHr(-18));
    assertEquals(-9.0, day(walk), EPS);
    assertEquals(-10.0, day(withMode(walk, "walk", m -> m.withConstant(-1))), EPS);
    // bike 0.25 h * -6 = -1.5; constant -2 -> -3.5
    ScoringParameters bike = withMode(fixture(b -> b), "bike", m -> m.withMarginalUtilityOfTraveling_utilsPerHr(-6));
    assertEquals(-1.5, day(bike), EPS);
    assertEquals(-3.5, day(withMode(bike, "bike", m -> m.withConstant(-2))), EPS);
  }

  @Test
  void performingRelativeAndUniform() {
    for (boolean uni : new boolean[] {false, true}) {
      ScoringParameters p = fixture(b -> b.withPerforming_utilsPerHr(6));
      p = uni ? uniform(p) : p;
      double w0 = zeroUtil_h(3, uni);
      double h0 = zeroUtil_h(15, uni);
      // work 2.5 h, 2.75 h, 2.5 h; home overnight 16:15 -> 31:00 = 14.75 h
      double expected = 6 * 3 * Math.log(2.5 / w0) + 6 * 3 * Math.log(2.75 / w0) + 6 * 3 * Math.log(2.5 / w0)
          + 6 * 15 * Math.log(14.75 / h0);
      assertEquals(uni ? 230.35757852113 : 134.35757852113, expected, 1e-9);
      assertEquals(expected, day(p), EPS);
    }
  }

  @Test
  void openingAndClosingTimes() {
    ScoringParameters p = fixture(b -> b.withPerforming_utilsPerHr(6));
    double initial = day(p);
    // opening 08:00: the first work activity shrinks from 2.5 h to 2 h
    assertEquals(6 * 3 * Math.log(2.5 / 2.0), initial - day(withWork(p, w -> w.withOpeningTime_s(hms(8, 0)))), EPS);
    // closing 15:00: the last work activity shrinks from 2.5 h to 1.5 h
    assertEquals(6 * 3 * Math.log(2.5 / 1.5), initial - day(withWork(p, w -> w.withClosingTime_s(hms(15, 0)))), EPS);
    // open 20:00-21:00: no work is performed; each work activity scores the tangent at 0: -6 * 3 = -18
    double home = 6 * 15 * Math.log(14.75 / zeroUtil_h(15, false));
    ScoringParameters closed = withWork(p, w -> w.withOpeningTime_s(hms(20, 0)).withClosingTime_s(hms(21, 0)));
    assertEquals(home + 3 * -18.0, day(closed), EPS);
  }

  @Test
  void waitingEarlyDepartureMinimalDurationLateArrival() {
    // waiting -10/h, open 08:00-15:00: 0.5 h before the first and 1 h after the last work activity -> -15
    ScoringParameters waiting = withWork(fixture(b -> b.withWaiting_utilsPerHr(-10)),
        w -> w.withOpeningTime_s(hms(8, 0)).withClosingTime_s(hms(15, 0)));
    assertEquals(-15.0, day(waiting), EPS);
    // early departure -10/h, earliest end 10:45: the first work activity ends 0.75 h early -> -7.5
    ScoringParameters early = withWork(fixture(b -> b.withEarlyDeparture_utilsPerHr(-10)),
        w -> w.withEarliestEndTime_s(hms(10, 45)));
    assertEquals(-7.5, day(early), EPS);
    // minimal duration 3 h: 0.5 + 0.25 + 0.5 = 1.25 h too short * -10 -> -12.5
    ScoringParameters min = withWork(fixture(b -> b.withEarlyDeparture_utilsPerHr(-10)),
        w -> w.withMinimalDuration_s(3 * 3600));
    assertEquals(-12.5, day(min), EPS);
    // late arrival -10/h, latest start 13:00: the third work activity starts 13:30 -> -5
    ScoringParameters late = withWork(fixture(b -> b.withLateArrival_utilsPerHr(-10)),
        w -> w.withLatestStartTime_s(hms(13, 0)));
    assertEquals(-5.0, day(late), EPS);
  }

  @Test
  void stuckPenalty() {
    // stuck during the second leg: car leg -3 is scored, the pt leg is not; penalty 24 h * worst per hour
    ScoringParameters p = withMode(fixture(b -> b.withLateArrival_utilsPerHr(-18)), "car",
        m -> m.withMarginalUtilityOfTraveling_utilsPerHr(-6));
    assertEquals(24 * -18.0 - 3.0, stuckDay(p), EPS);
    // late arrival -3: now the worst is traveling - performing = -6 - 0 -> 24 * -6 - 3 = -147
    assertEquals(24 * -6.0 - 3.0, stuckDay(p.toBuilder().withLateArrival_utilsPerHr(-3).build()), EPS);
  }

  static double stuckDay(ScoringParameters p) {
    EventsScoring s = new EventsScoring(p, NET, 1);
    s.begin(IDS);
    carTrip(s, IDS, 0, "h", hms(7, 0), "car", new int[] {0, 1}, hms(7, 30), "w");
    s.activityEnd(hms(10, 0), 0, 1, IDS.type("w"));
    s.departure(hms(10, 0), 0, 1, IDS.mode("pt"));
    s.stuckAndAbort(hms(16, 0) + 450, 0, -1, IDS.mode("pt"));
    s.end(hms(16, 0) + 450);
    return s.result().score(0);
  }

  @Test
  void distanceCosts() {
    // car 25 km * -0.00001 EUR/m * 1 = -0.25; at -1 EUR/m and 0.5 utils/EUR: -12500
    assertEquals(-0.25, day(withMode(fixture(b -> b), "car", m -> m.withMonetaryDistanceRate_perM(-0.00001))), EPS);
    assertEquals(-12500.0, day(withMode(fixture(b -> b.withMarginalUtilityOfMoney(0.5)), "car",
        m -> m.withMonetaryDistanceRate_perM(-1))), EPS);
    // pt 20 km: -0.2 and -10000
    assertEquals(-0.2, day(withMode(fixture(b -> b), "pt", m -> m.withMonetaryDistanceRate_perM(-0.00001))), EPS);
    assertEquals(-10000.0, day(withMode(fixture(b -> b.withMarginalUtilityOfMoney(0.5)), "pt",
        m -> m.withMonetaryDistanceRate_perM(-1))), EPS);
  }

  @Test
  void differentFirstAndLastActivity() {
    for (boolean uni : new boolean[] {false, true}) {
      ScoringParameters p = fixture(b -> b.withPerforming_utilsPerHr(6)
          .withActivityParams(ActivityParams.builder("h").withTypicalDuration_s(6 * 3600).build()));
      p = uni ? uniform(p) : p;
      double w0 = zeroUtil_h(3, uni);
      // home 00:00-07:00 = 7 h (typ 6 h); h2 16:15-24:00 = 7.75 h (typ 8 h)
      double expected = 6 * 3 * Math.log(2.5 / w0) + 6 * 3 * Math.log(2.75 / w0) + 6 * 3 * Math.log(2.5 / w0)
          + 6 * 6 * Math.log(7.0 / zeroUtil_h(6, uni)) + 6 * 8 * Math.log(7.75 / zeroUtil_h(8, uni));
      assertEquals(uni ? 295.89570612428577 : 133.89570612428574, expected, 1e-9);
      assertEquals(expected, day(p, "h2"), EPS);
    }
  }

  @Test
  void noNightActivity() {
    for (boolean uni : new boolean[] {false, true}) {
      ScoringParameters p = fixture(b -> b.withPerforming_utilsPerHr(3)
          .withActivityParams(ActivityParams.builder("h").withTypicalDuration_s(7 * 3600).build()));
      p = uni ? uniform(p) : p;
      EventsScoring s = new EventsScoring(p, NET, 1);
      s.begin(IDS);
      // home until 07:00, car, work 07:30-10:00, then the day ends during the next leg
      carTrip(s, IDS, 0, "h", hms(7, 0), "car", new int[] {0, 1}, hms(7, 30), "w");
      s.activityEnd(hms(10, 0), 0, 1, IDS.type("w"));
      s.departure(hms(10, 0), 0, 1, IDS.mode("pt"));
      s.end(hms(10, 5));
      double expected = 3 * 3 * Math.log(2.5 / zeroUtil_h(3, uni)) + 3 * 7 * Math.log(7.0 / zeroUtil_h(7, uni));
      assertEquals(uni ? 58.35910598885441 : 28.35910598885441, expected, 1e-9);
      assertEquals(expected, s.result().score(0), EPS);
    }
  }

  @Test
  void dailyConstants() {
    // MATSim's daily-constants test: car twice (123 s, 456 s), bike once (789 s); car daily -10000 utils and
    // -2345 money, bike -0.078 utils and -0.6 money; money utility 1 -> -12345.678 from the constants
    ScoringParameters only = fixture(b -> b
        .withModeParams(ModeParams.builder("car").withMarginalUtilityOfTraveling_utilsPerHr(0)
            .withDailyUtilityConstant(-10000).withDailyMonetaryConstant(-2345).build())
        .withModeParams(ModeParams.builder("bike").withMarginalUtilityOfTraveling_utilsPerHr(0)
            .withDailyUtilityConstant(-0.078).withDailyMonetaryConstant(-0.6).build()));
    assertEquals(-12345.678, threeLegs(only), 1e-9);
    // with the default -6 utils/h: (123 + 456 + 789) s * -6/3600 = -2.28 on top
    ScoringParameters withTime = withMode(withMode(only, "car", m -> m.withMarginalUtilityOfTraveling_utilsPerHr(-6)),
        "bike", m -> m.withMarginalUtilityOfTraveling_utilsPerHr(-6));
    assertEquals(-12345.678 - 2.28, threeLegs(withTime), 1e-9);
  }

  static double threeLegs(ScoringParameters p) {
    // activity betas 0 (fixture) so only the legs count
    EventsScoring s = new EventsScoring(p, NET, 1);
    s.begin(IDS);
    carTrip(s, IDS, 0, "h", 0, "car", new int[] {0}, 123, "w");
    carTrip(s, IDS, 0, "w", 1000, "car", new int[] {0}, 1456, "w");
    teleportTrip(s, IDS, 0, "w", 2000, "bike", 0, 2789, "h");
    s.end(3000);
    return s.result().score(0);
  }
}
