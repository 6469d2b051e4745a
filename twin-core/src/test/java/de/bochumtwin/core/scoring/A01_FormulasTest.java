package de.bochumtwin.core.scoring;

import static de.bochumtwin.core.scoring.ScoringTestSupport.hms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The pure Charypar-Nagel formulas and the parameter defaults, against hand calculations. */
class A01_FormulasTest {
  static final double EPS = 1e-9;
  static final ActivityParams WORK = ActivityParams.builder("work").withTypicalDuration_s(8 * 3600).build();
  static final ScoringParameters DEFAULTS = ScoringParameters.defaults(WORK);

  @Test
  void zeroUtilityDurationRelativeAndUniform() {
    // relative: t0 = 8 h * e^-1 = 28800 s * 0.3678794412 = 10594.9279 s
    assertEquals(10594.927905737539, WORK.zeroUtilityDuration_s(), 1e-6);
    // uniform: t0 = 8 h * exp(-10 / 8) = 8 h * 0.2865047969 = 2.2920384 h = 8251.338 s
    ActivityParams uni = WORK.toBuilder().withTypicalDurationScoreComputation(TypicalDurationScoreComputation.UNIFORM).build();
    assertEquals(28800 * Math.exp(-1.25), uni.zeroUtilityDuration_s(), 1e-9);
    assertEquals(8251.338, uni.zeroUtilityDuration_s(), 1e-3);
    // priority 2, relative: t0 = 8 h * e^-0.5 = 28800 * 0.6065306597 = 17468.08 s
    assertEquals(17468.083, WORK.toBuilder().withPriority(2).build().zeroUtilityDuration_s(), 1e-3);
  }

  @Test
  void performingAtTypicalDuration() {
    // relative: 6 utils/h * 8 h * ln(8 h / (8 h / e)) = 48 * 1 = 48
    assertEquals(48.0, CharyparNagel.performingScore(6.0, WORK, 8 * 3600), EPS);
    // uniform: 6 * 8 * ln(e^(10/8)) = 48 * 1.25 = 60 = beta_perf * 10 h, for any typical duration
    ActivityParams uni = WORK.toBuilder().withTypicalDurationScoreComputation(TypicalDurationScoreComputation.UNIFORM).build();
    assertEquals(60.0, CharyparNagel.performingScore(6.0, uni, 8 * 3600), EPS);
    ActivityParams uni2h = ActivityParams.builder("x").withTypicalDuration_s(2 * 3600)
        .withTypicalDurationScoreComputation(TypicalDurationScoreComputation.UNIFORM).build();
    assertEquals(60.0, CharyparNagel.performingScore(6.0, uni2h, 2 * 3600), EPS);
    // at t0 itself the utility is 0
    assertEquals(0.0, CharyparNagel.performingScore(6.0, WORK, WORK.zeroUtilityDuration_s()), EPS);
  }

  @Test
  void belowZeroUtilityDurationTheLogIsExtendedLinearly() {
    // 1 h of an 8 h activity (relative): t0 = 28800/e s; slope = beta * t_typ / t0 = (6/3600) * 28800 / t0
    // score = -slope * (t0 - 3600) = -48 * (1 - 3600 / t0) = -48 * (1 - e / 8) = -48 + 6e = -31.690309
    assertEquals(-48 + 6 * Math.E, CharyparNagel.performingScore(6.0, WORK, 3600), EPS);
    assertEquals(-31.69030902924573, CharyparNagel.activityScore(DEFAULTS, WORK, hms(9, 0), hms(10, 0)), EPS);
    // zero duration: -48 (the tangent at t0 reaches -beta * t_typ at 0); continuous at t0 from both sides
    assertEquals(-48.0, CharyparNagel.performingScore(6.0, WORK, 0), EPS);
    double t0 = WORK.zeroUtilityDuration_s();
    assertEquals(CharyparNagel.performingScore(6.0, WORK, t0 + 1e-6), CharyparNagel.performingScore(6.0, WORK, t0 - 1e-6), 1e-8);
  }

  @Test
  void openingAndClosingTimesTruncateThePerformedInterval() {
    ActivityParams w = WORK.toBuilder().withOpeningTime_s(hms(7, 0)).withClosingTime_s(hms(18, 0)).build();
    ScoringParameters g = DEFAULTS.toBuilder().withActivityParams(w).withWaiting_utilsPerHr(-3).build();
    // at the workplace 06:30-19:00, open 07:00-18:00: performed 11 h, waited 0.5 h + 1 h
    // 6 * 8 * ln(11 / (8/e)) = 48 * (1 + ln(1.375)) = 48 * 1.31845373 = 63.2857791; waiting -3 * 1.5 = -4.5
    double expected = 48 * (1 + Math.log(11.0 / 8.0)) - 4.5;
    assertEquals(58.7857791, expected, 1e-7);
    assertEquals(expected, CharyparNagel.activityScore(g, w, hms(6, 30), hms(19, 0)), EPS);
    // a stay entirely before opening performs nothing: tangent at 0 gives -48, waiting 1 h * -3
    assertEquals(-48.0 - 3.0, CharyparNagel.activityScore(g, w, hms(5, 0), hms(6, 0)), EPS);
    // entirely after closing: same
    assertEquals(-48.0 - 3.0, CharyparNagel.activityScore(g, w, hms(19, 0), hms(20, 0)), EPS);
    // only an opening time, stay ends before it (MATSim would score a negative duration; we do nothing)
    ActivityParams openOnly = WORK.toBuilder().withOpeningTime_s(hms(7, 0)).build();
    assertEquals(-48.0 - 3.0, CharyparNagel.activityScore(g, openOnly, hms(5, 0), hms(6, 0)), EPS);
  }

  @Test
  void lateArrivalEarlyDepartureAndMinimalDuration() {
    ActivityParams w = WORK.toBuilder().withLatestStartTime_s(hms(8, 0)).withEarliestEndTime_s(hms(17, 0))
        .withMinimalDuration_s(9 * 3600).build();
    ScoringParameters g = DEFAULTS.toBuilder().withActivityParams(w).withEarlyDeparture_utilsPerHr(-10).build();
    // 08:45-16:45: 8 h performed -> 48; late 0.75 h * -18 = -13.5; left 0.25 h before 17:00 * -10 = -2.5;
    // 1 h short of the 9 h minimum * -10 = -10
    assertEquals(48 - 13.5 - 2.5 - 10, CharyparNagel.activityScore(g, w, hms(8, 45), hms(16, 45)), EPS);
    // late arrival counts from the start of the performed interval: opening 09:00 after arrival 08:30 -> 1 h late
    ActivityParams opens9 = w.toBuilder().withOpeningTime_s(hms(9, 0)).withEarliestEndTime_s(hms(0, 0))
        .withMinimalDuration_s(0).build();
    // performed 09:00-17:00 = 8 h -> 48; late 1 h -> -18; waiting 0.5 h * 0 = 0
    assertEquals(48 - 18, CharyparNagel.activityScore(g, opens9, hms(8, 30), hms(17, 0)), EPS);
  }

  @Test
  void stageActivitiesScoreZero() {
    ActivityParams stage = DEFAULTS.getActivityParams("car interaction");
    assertFalse(stage.isScored());
    assertEquals(0.0, CharyparNagel.activityScore(DEFAULTS, stage, 100, 160), 0.0);
  }

  @Test
  void legFormula() {
    ModeParams walk = ModeParams.builder("walk").withConstant(-1).withMarginalUtilityOfDistance_utilsPerM(-0.0002)
        .withMonetaryDistanceRate_perM(-0.0001).build();
    ScoringParameters g = DEFAULTS.toBuilder().withModeParams(walk).withMarginalUtilityOfMoney(2).build();
    // 1500 m in 1200 s: -1 + (-6/h) * (1/3 h) + (-0.0002/m) * 1500 m = -1 - 2 - 0.3 = -3.3
    assertEquals(-3.3, CharyparNagel.legUtility(walk, 1200, 1500), EPS);
    // money: 2 utils/EUR * (-0.0001 EUR/m * 1500 m) = -0.3
    assertEquals(-0.3, CharyparNagel.legMoneyUtility(g, walk, 1500), EPS);
  }

  @Test
  void defaultsAreMatsims() {
    ScoringParameters d = ScoringParameters.builder().build();
    assertEquals(6.0, d.performing_utilsPerHr());
    assertEquals(-18.0, d.lateArrival_utilsPerHr());
    assertEquals(0.0, d.earlyDeparture_utilsPerHr());
    assertEquals(0.0, d.waiting_utilsPerHr());
    assertEquals(1.0, d.marginalUtilityOfMoney());
    assertEquals(-1.0, d.utilityOfLineSwitch());
    assertEquals(List.of("car", "pt", "walk", "bike", "ride", "other"), List.copyOf(d.modeParams().keySet()));
    ModeParams car = d.getModeParams("car");
    assertEquals(-6.0, car.marginalUtilityOfTraveling_utilsPerHr());
    assertEquals(0.0, car.constant() + car.marginalUtilityOfDistance_utilsPerM() + car.monetaryDistanceRate_perM()
        + car.dailyMonetaryConstant() + car.dailyUtilityConstant());
    // aborted plan: 24 h * min(late -18, early 0, trav - perf = -12, wait - perf = -6) = 24 * -18 = -432
    assertEquals(-432.0, d.abortedPlanScore(), EPS);
    // with late arrival -3 the worst is traveling minus performing: 24 * (-6 - 6) = -288
    assertEquals(-288.0, d.toBuilder().withLateArrival_utilsPerHr(-3).build().abortedPlanScore(), EPS);
    assertEquals(-100.0, d.toBuilder().withAbortedPlanScore(-100).build().toBuilder().build().abortedPlanScore(), EPS);
    // transit_walk falls back to walk
    assertEquals(d.getModeParams("walk"), d.getModeParams("transit_walk"));
    ActivityParams a = ActivityParams.builder("x").withTypicalDuration_s(3600).build();
    assertEquals(TypicalDurationScoreComputation.RELATIVE, a.typicalDurationScoreComputation());
    assertEquals(1.0, a.priority());
  }

  @Test
  void validationMessagesNameTheProblemAndTheFix() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DEFAULTS.getActivityParams("shop"));
    assertTrue(e.getMessage().contains("'shop'") && e.getMessage().contains("add activityParams"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> DEFAULTS.checkCovers(List.of("work", "shop", "leisure"), List.of("car", "scooter")));
    assertEquals("scoring parameters are missing: activity types [leisure, shop] (add activityParams for each, with at"
        + " least a typicalDuration); modes [scooter] (add modeParams for each)", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> ActivityParams.builder("home").build());
    assertTrue(e.getMessage().contains("'home'") && e.getMessage().contains("typicalDuration"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> ActivityParams.builder("w").withTypicalDuration_s(3600)
        .withOpeningTime_s(hms(18, 0)).withClosingTime_s(hms(8, 0)).build());
    assertTrue(e.getMessage().contains("openingTime 18:00:00 is after closingTime 08:00:00"), e.getMessage());
    // uniform with a 40 s typical duration underflows (exp(-900) = 0), as MATSim warns for <= 48 s
    e = assertThrows(IllegalArgumentException.class, () -> ActivityParams.builder("pt wait").withTypicalDuration_s(40)
        .withTypicalDurationScoreComputation(TypicalDurationScoreComputation.UNIFORM).build());
    assertTrue(e.getMessage().contains("underflows"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> ScoringParameters.builder().withPerforming_utilsPerHr(-1).build());
    assertTrue(e.getMessage().contains("performing"), e.getMessage());
  }
}
