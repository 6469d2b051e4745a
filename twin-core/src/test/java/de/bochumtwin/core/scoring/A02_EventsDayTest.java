package de.bochumtwin.core.scoring;

import static de.bochumtwin.core.scoring.ScoringTestSupport.carTrip;
import static de.bochumtwin.core.scoring.ScoringTestSupport.hms;
import static de.bochumtwin.core.scoring.ScoringTestSupport.teleportTrip;
import static de.bochumtwin.core.testing.TestScenarios.network;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bochumtwin.core.network.Network;
import de.bochumtwin.core.testing.FixedIds;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whole days scored from hand-fed events; every expected number is derived in the comments. */
class A02_EventsDayTest {
  static final double EPS = 1e-9;
  // home link h, 10 km to the work link w, 10 km back
  static final Network NET = network("""
      h 1 2 1000 10 1000 1
      x 2 3 10000 10 1000 1
      w 3 4 1000 10 1000 1
      y 4 1 10000 10 1000 1
      """);
  static final int H = NET.getLinkIndex("h");
  static final int X = NET.getLinkIndex("x");
  static final int W = NET.getLinkIndex("w");
  static final int Y = NET.getLinkIndex("y");
  static final int[] TO_WORK = {H, X, W};
  static final int[] TO_HOME = {W, Y, H};
  static final FixedIds IDS = ScoringTestSupport.ids(List.of("p0", "p1"), List.of("home", "work", "shop", "car interaction"),
      List.of("car", "walk"));
  static final ActivityParams HOME = ActivityParams.builder("home").withTypicalDuration_s(14 * 3600).build();
  static final ActivityParams WORK = ActivityParams.builder("work").withTypicalDuration_s(8 * 3600)
      .withOpeningTime_s(hms(7, 0)).withClosingTime_s(hms(18, 0)).build();
  static final ActivityParams SHOP = ActivityParams.builder("shop").withTypicalDuration_s(3600).build();
  static final ScoringParameters BASE = ScoringParameters.defaults(HOME, WORK, SHOP);

  static EventsScoring start(ScoringParameters p) {
    EventsScoring s = new EventsScoring(p, NET, 2);
    s.begin(IDS);
    return s;
  }

  /** Home until 06:00, car 30 min, work 06:30-15:00 (opens 07:00), car 30 min, home from 15:30. */
  static PersonScores homeWorkHome(ScoringParameters p) {
    EventsScoring s = start(p);
    carTrip(s, IDS, 0, "home", hms(6, 0), "car", TO_WORK, hms(6, 30), "work");
    carTrip(s, IDS, 0, "work", hms(15, 0), "car", TO_HOME, hms(15, 30), "home");
    s.end(hms(30, 0));
    return s.result();
  }

  @Test
  void homeWorkHomeRelative() {
    PersonScores r = homeWorkHome(BASE);
    // work: performed 07:00-15:00 = 8 h (06:30-07:00 is waiting at 0 utils/h)
    //   6 * 8 * ln(8 h / (8 h * e^-1)) = 48 * 1 = 48
    // home: overnight 15:30 -> 06:00 + 24 h = 14.5 h; t0 = 14 h * e^-1
    //   6 * 14 * ln(14.5 / (14/e)) = 84 * (1 + ln(14.5/14)) = 84 * (1 + 0.0350913198) = 86.9476709
    // legs: 2 * (-6 utils/h * 0.5 h) = -6; no money (monetaryDistanceRate 0); total 128.9476709
    assertEquals(48 + 86.94767086414669, r.activity_utils(0), EPS);
    assertEquals(-6.0, r.leg_utils(0), EPS);
    assertEquals(0.0, r.money_utils(0), 0.0);
    assertEquals(128.9476708641467, r.score(0), EPS);
    // p1 has no events: MATSim scores such a person 0
    assertEquals(0.0, r.score(1), 0.0);
  }

  @Test
  void homeWorkHomeUniform() {
    ScoringParameters uni = ScoringParameters.defaults(
        HOME.toBuilder().withTypicalDurationScoreComputation(TypicalDurationScoreComputation.UNIFORM).build(),
        WORK.toBuilder().withTypicalDurationScoreComputation(TypicalDurationScoreComputation.UNIFORM).build(), SHOP);
    PersonScores r = homeWorkHome(uni);
    // work at its typical duration: 6 * 10 h = 60
    // home: t0 = 14 h * exp(-10/14); 84 * ln(14.5 / t0) = 84 * (10/14 + ln(14.5/14)) = 60 + 2.9476709 = 62.9476709
    // legs -6; total 116.9476709
    assertEquals(60 + 62.94767086414669, r.activity_utils(0), EPS);
    assertEquals(116.9476708641467, r.score(0), EPS);
  }

  @Test
  void lateArrivalAndStayingAfterClosing() {
    ActivityParams work = WORK.toBuilder().withLatestStartTime_s(hms(8, 0)).build();
    ScoringParameters p = BASE.toBuilder().withActivityParams(work).withWaiting_utilsPerHr(-3).build();
    EventsScoring s = start(p);
    carTrip(s, IDS, 0, "home", hms(8, 15), "car", TO_WORK, hms(8, 45), "work");
    carTrip(s, IDS, 0, "work", hms(19, 0), "car", TO_HOME, hms(19, 30), "home");
    s.end(hms(30, 0));
    PersonScores r = s.result();
    // work 08:45-19:00, closes 18:00: performed 9.25 h -> 48 * (1 + ln(9.25/8)) = 48 * 1.1451820 = 54.9687365
    //   late: 08:45 - 08:00 = 0.75 h * -18 = -13.5; waiting 18:00-19:00 = 1 h * -3 = -3
    // home: 19:30 -> 08:15 + 24 h = 12.75 h -> 84 * (1 + ln(12.75/14)) = 84 * 0.9064740 = 76.1438111
    // legs -6; total 54.9687365 - 13.5 - 3 + 76.1438111 - 6 = 108.6125476
    assertEquals(54.968736472535895 - 13.5 - 3 + 76.14381112709083, r.activity_utils(0), EPS);
    assertEquals(108.61254759962672, r.score(0), EPS);
  }

  @Test
  void activityShorterThanZeroUtilityDuration() {
    ActivityParams work = WORK.toBuilder().withOpeningTime_s(hms(0, 0)).withClosingTime_s(hms(24, 0)).build();
    EventsScoring s = start(BASE.toBuilder().withActivityParams(work).build());
    carTrip(s, IDS, 0, "home", hms(8, 0), "car", TO_WORK, hms(8, 30), "work");
    carTrip(s, IDS, 0, "work", hms(9, 30), "car", TO_HOME, hms(10, 0), "home");
    s.end(hms(30, 0));
    // work 1 h < t0 = 8 h / e = 2.943 h: linear extension -48 + 6e = -31.6903090
    // home 10:00 -> 32:00 = 22 h: 84 * (1 + ln(22/14)) = 84 * 1.4519851 = 121.9667504; legs -6
    // total -31.6903090 + 121.9667504 - 6 = 84.2764414
    assertEquals(84.27644136517108, s.result().score(0), EPS);
  }

  @Test
  void teleportedWalkWithDistanceUtilityAndMoney() {
    ModeParams walk = ModeParams.builder("walk").withConstant(-1).withMarginalUtilityOfDistance_utilsPerM(-0.0002)
        .withMonetaryDistanceRate_perM(-0.0001).build();
    EventsScoring s = start(BASE.toBuilder().withModeParams(walk).withMarginalUtilityOfMoney(2).build());
    teleportTrip(s, IDS, 0, "home", hms(10, 0), "walk", 1500, hms(10, 20), "shop");
    teleportTrip(s, IDS, 0, "shop", hms(11, 20), "walk", 1500, hms(11, 40), "home");
    s.end(hms(30, 0));
    PersonScores r = s.result();
    // each leg: -1 + (-6/h * 1/3 h) + (-0.0002/m * 1500 m) = -3.3 -> two legs -6.6
    // money: 2 utils/EUR * (-0.0001 EUR/m * 1500 m) = -0.3 per leg -> -0.6
    assertEquals(-6.6, r.leg_utils(0), EPS);
    assertEquals(-0.6, r.money_utils(0), EPS);
    // shop 1 h at typical duration (relative): 6 * 1 = 6; home 11:40 -> 34:00 = 22h20m = 22.3333 h
    //   84 * (1 + ln(22.3333/14)) = 84 * (1 + 0.4670228) = 123.2299
    double home = 84 * (1 + Math.log((22 + 1.0 / 3) / 14));
    assertEquals(123.2299, home, 1e-4);
    assertEquals(6 + home, r.activity_utils(0), EPS);
  }

  @Test
  void dailyConstantsComeOncePerModeAndDay() {
    ModeParams car = ModeParams.builder("car").withDailyUtilityConstant(-10).withDailyMonetaryConstant(-5).build();
    PersonScores r = homeWorkHome(BASE.toBuilder().withModeParams(car).withMarginalUtilityOfMoney(2).build());
    // legs: 2 * -3 (time) + -10 (daily utility, once) = -16; money: 2 utils/EUR * -5 EUR = -10 (once)
    assertEquals(-16.0, r.leg_utils(0), EPS);
    assertEquals(-10.0, r.money_utils(0), EPS);
  }

  @Test
  void networkDistanceFromEnteredLinks() {
    ModeParams car = ModeParams.builder("car").withMonetaryDistanceRate_perM(-0.0002).build();
    PersonScores r = homeWorkHome(BASE.toBuilder().withModeParams(car).build());
    // to work: entered x (10000 m) and w (1000 m), start link h not counted: 11000 m; back: y + h = 11000 m
    // money: 1 * -0.0002 EUR/m * 22000 m = -4.4
    assertEquals(-4.4, r.money_utils(0), EPS);
  }

  @Test
  void stuckAgentGetsTheAbortedPlanScore() {
    EventsScoring s = start(BASE);
    int car = IDS.mode("car");
    s.activityEnd(hms(7, 0), 0, H, IDS.type("home"));
    s.departure(hms(7, 0), 0, H, car);
    s.personEntersVehicle(hms(7, 0), 0, 0);
    s.vehicleEntersTraffic(hms(7, 0), 0, H, 0, car);
    s.linkLeave(hms(7, 5), H, 0);
    s.linkEnter(hms(7, 5), X, 0);
    s.stuckAndAbort(hms(9, 0), 0, X, car);
    s.end(hms(9, 0));
    PersonScores r = s.result();
    // first activity only, 00:00-07:00 = 7 h: 84 * (1 + ln(7/14)) = 84 * 0.3068528 = 25.7756368
    // aborted leg not scored; penalty 24 h * min(-18, 0, -6 - 6, 0 - 6) = -432; total -406.2243632
    assertEquals(25.775636832964597, r.activity_utils(0), EPS);
    assertEquals(0.0, r.leg_utils(0), 0.0);
    assertEquals(-432.0, r.stuck_utils(0), 0.0);
    assertEquals(-406.2243631670354, r.score(0), EPS);
    assertTrue(r.wasStuck(0));
    assertFalse(r.wasStuck(1));
  }

  @Test
  void differentFirstAndLastTypesAreScoredSeparatelyToMidnight() {
    ActivityParams work = ActivityParams.builder("work").withTypicalDuration_s(8 * 3600).build();
    ScoringParameters p = BASE.toBuilder().withActivityParams(work).build();
    EventsScoring s = start(p);
    carTrip(s, IDS, 0, "home", hms(8, 0), "car", TO_WORK, hms(8, 30), "work");
    s.end(hms(30, 0));
    // home 00:00-08:00: 84 * (1 + ln(8/14)) = 36.9922738; work 08:30-24:00 = 15.5 h: 48 * (1 + ln(15.5/8)) = 79.7471271
    // leg -3; total 113.7394010
    assertEquals(113.73940096120201, s.result().score(0), EPS);
    // with all activity betas 0 MATSim skips both (scoreActs = false): only the leg remains
    ScoringParameters zero = p.toBuilder().withPerforming_utilsPerHr(0).withLateArrival_utilsPerHr(0).build();
    EventsScoring s0 = start(zero);
    carTrip(s0, IDS, 0, "home", hms(8, 0), "car", TO_WORK, hms(8, 30), "work");
    s0.end(hms(30, 0));
    assertEquals(-3.0, s0.result().score(0), EPS);
  }

  @Test
  void notSpecifiedFirstActivityWrapsWithTheLastOne() {
    FixedIds ids = ScoringTestSupport.ids(List.of("p0"), List.of("not specified", "work", "home"), List.of("car"));
    EventsScoring s = new EventsScoring(BASE, NET, 1);
    s.begin(ids);
    carTrip(s, ids, 0, "not specified", hms(6, 0), "car", TO_WORK, hms(6, 30), "work");
    carTrip(s, ids, 0, "work", hms(15, 0), "car", TO_HOME, hms(15, 30), "home");
    s.end(hms(30, 0));
    // as homeWorkHomeRelative: the untyped first activity joins the last (home) overnight: 48 + 86.9476709
    assertEquals(48 + 86.94767086414669, s.result().activity_utils(0), EPS);
  }

  @Test
  void missingActivityTypeFailsInBeginNamingTypeAndFix() {
    EventsScoring s = new EventsScoring(ScoringParameters.defaults(HOME), NET, 2);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.begin(IDS));
    assertEquals("scoring parameters are missing: activity types [shop, work] (add activityParams for each,"
        + " with at least a typicalDuration)", e.getMessage());
  }

  @Test
  void missingModeFailsAtDepartureNamingPersonAndMode() {
    ScoringParameters noWalk = BASE.toBuilder().clearModeParams().withModeParams(ModeParams.defaults("car")).build();
    EventsScoring s = start(noWalk);
    s.activityEnd(hms(7, 0), 1, H, IDS.type("home"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> s.departure(hms(7, 0), 1, H, IDS.mode("walk")));
    assertEquals("person 'p1' departs with mode 'walk', which has no scoring parameters; add modeParams for it",
        e.getMessage());
  }

  @Test
  void resultsOnlyAfterEnd() {
    EventsScoring s = start(BASE);
    assertThrows(IllegalStateException.class, s::result);
    s.end(0);
    assertEquals(2, s.result().size());
    assertEquals("p1", s.result().personId(1));
  }
}
