package de.bochumtwin.core.scoring;

import de.bochumtwin.core.population.Time;

/**
 * The Charypar-Nagel utility formulas as pure functions (no state, no allocation), implemented from
 * MATSim's documented semantics (see docs/scoring.md). Times in seconds, betas per hour as configured.
 */
public final class CharyparNagel {
  private static final double HOUR_S = 3600.0;

  private CharyparNagel() {}

  /**
   * Utility of being at an activity from {@code arrival_s} to {@code departure_s}.
   *
   * <p>The performed interval is the stay clipped to [openingTime, closingTime]; time at the location
   * outside it is waiting. Performing for {@code t_dur >= t_0} is worth
   * {@code beta_perf * t_typ * ln(t_dur / t_0)}; below {@code t_0} the curve is continued by its
   * tangent at {@code t_0} (slope {@code beta_perf * t_typ / t_0}), so short and even zero-length
   * activities get a finite negative score. Starting the performed interval after latestStartTime costs
   * {@code beta_late} per hour late; ending it before earliestEndTime, or performing less than
   * minimalDuration, costs {@code beta_early} per hour short. Stage activities score 0.
   */
  public static double activityScore(ScoringParameters g, ActivityParams a, double arrival_s, double departure_s) {
    if (!a.isScored()) {
      return 0.0;
    }
    double start = arrival_s;
    double end = departure_s;
    int open = a.openingTime_s();
    int close = a.closingTime_s();
    if (Time.isDefined(open) && arrival_s < open) {
      start = open;
    }
    if (Time.isDefined(close) && close < departure_s) {
      end = close;
    }
    if (end < start) {
      // the stay lies entirely outside the opening hours: nothing is performed, all of it is waiting
      start = departure_s;
      end = departure_s;
    }
    double duration = end - start;
    double score = 0.0;
    double waiting_s = (start - arrival_s) + (departure_s - end);
    score += g.waiting_utilsPerHr() / HOUR_S * waiting_s;
    int latest = a.latestStartTime_s();
    if (Time.isDefined(latest) && start > latest) {
      score += g.lateArrival_utilsPerHr() / HOUR_S * (start - latest);
    }
    score += performingScore(g.performing_utilsPerHr(), a, duration);
    int earliestEnd = a.earliestEndTime_s();
    if (Time.isDefined(earliestEnd) && end < earliestEnd) {
      score += g.earlyDeparture_utilsPerHr() / HOUR_S * (earliestEnd - end);
    }
    int minDur = a.minimalDuration_s();
    if (Time.isDefined(minDur) && duration < minDur) {
      score += g.earlyDeparture_utilsPerHr() / HOUR_S * (minDur - duration);
    }
    return score;
  }

  /**
   * {@code beta_perf * t_typ * ln(t_dur / t_0)} for {@code t_dur >= t_0}, else the tangent at {@code t_0}:
   * {@code -beta_perf * t_typ / t_0 * (t_0 - t_dur)}.
   */
  public static double performingScore(double performing_utilsPerHr, ActivityParams a, double duration_s) {
    double beta_s = performing_utilsPerHr / HOUR_S;
    double typ = a.typicalDuration_s();
    double t0 = a.zeroUtilityDuration_s();
    if (duration_s >= t0) {
      return beta_s * typ * Math.log(duration_s / t0);
    }
    return -beta_s * typ / t0 * (t0 - duration_s);
  }

  /**
   * Utility of one leg without money: {@code constant + traveling * t + marginalUtilityOfDistance * d}.
   * Daily constants are not included (they depend on the rest of the day).
   */
  public static double legUtility(ModeParams m, double travelTime_s, double distance_m) {
    return m.constant() + m.marginalUtilityOfTraveling_utilsPerHr() / HOUR_S * travelTime_s
        + m.marginalUtilityOfDistance_utilsPerM() * distance_m;
  }

  /** Utility of the distance-dependent cost of one leg: {@code beta_money * monetaryDistanceRate * d}. */
  public static double legMoneyUtility(ScoringParameters g, ModeParams m, double distance_m) {
    return g.marginalUtilityOfMoney() * m.monetaryDistanceRate_perM() * distance_m;
  }
}
