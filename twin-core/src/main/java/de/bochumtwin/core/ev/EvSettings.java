package de.bochumtwin.core.ev;

import java.util.Set;

/**
 * Everything the EV model needs besides the fleet and the chargers. Defaults ({@link #defaults()}) and
 * their sources are listed in docs/ev.md; the UrbanEV ones are {@code criticalSoc = 0.2} and
 * {@code minChargingActivityDuration_s = 1200}; prices, penalty and home power are assumptions.
 *
 * @param temperature_C outside temperature for the auxiliary power
 * @param criticalSoc fraction of capacity below which a planned day must not fall (UrbanEV's criticalRelativeSOC)
 * @param activityTargetSoc fraction up to which a vehicle charges at a public charger during an activity
 * @param enrouteTargetSoc fraction up to which a vehicle fast-charges when its day is critical
 * @param homeTargetSoc fraction up to which a vehicle charges at home
 * @param homePower_kW power of a private home charger (wallbox)
 * @param walkRadius_m largest beeline distance between an activity and a charger used during it
 * @param enrouteRadius_m search radius for fast chargers when no charger within walking distance helps
 * @param fastChargerMinPower_kW smallest plug power counted as a fast charger
 * @param minChargingActivityDuration_s shortest activity (planned) during which a vehicle is plugged in
 * @param maxChargingProcedures most public charging stops planned per vehicle and day
 * @param maxWait_s longest a vehicle waits in a charger's queue before giving up
 * @param maxAlternatives how many further chargers (next nearest) a vehicle tries after giving up
 * @param homeActivityTypes activity types that are "home" (home charging, overnight)
 * @param chargingActivityTypes activity types during which public charging is allowed; empty = all non-home types
 * @param evModes leg modes driven by the person's (electric) vehicle
 * @param acPrice_EUR_per_kWh price at public chargers up to {@code fastChargerMinPower_kW}
 * @param dcPrice_EUR_per_kWh price at public fast chargers
 * @param homePrice_EUR_per_kWh price of home charging
 * @param marginalUtilityOfMoney utils per EUR (MATSim default 1)
 * @param waitingUtil_per_h utils per hour spent in a charger queue (negative; MATSim's traveling default -6)
 * @param strandedPenalty utils added once when a battery-electric vehicle runs empty (negative)
 * @param reactiveCharging whether a vehicle that arrives at an activity below the critical SoC without a planned
 *     stop there looks for a public fast charger within {@code enrouteRadius_m} (docs/ev.md, "Reactive charging")
 * @param walkSpeed_mps speed of the walk between a charger and the activity (MATSim's teleported walk: 3 km/h)
 * @param beelineDistanceFactor walk distance / beeline distance between charger and activity (MATSim: 1.3)
 * @param walkUtil_per_h utils per hour of that walk (negative; MATSim's default for walking -6)
 */
public record EvSettings(double temperature_C, double criticalSoc, double activityTargetSoc, double enrouteTargetSoc,
    double homeTargetSoc, double homePower_kW, double walkRadius_m, double enrouteRadius_m,
    double fastChargerMinPower_kW, int minChargingActivityDuration_s, int maxChargingProcedures, int maxWait_s,
    int maxAlternatives, Set<String> homeActivityTypes, Set<String> chargingActivityTypes, Set<String> evModes,
    double acPrice_EUR_per_kWh, double dcPrice_EUR_per_kWh, double homePrice_EUR_per_kWh,
    double marginalUtilityOfMoney, double waitingUtil_per_h, double strandedPenalty, boolean reactiveCharging,
    double walkSpeed_mps, double beelineDistanceFactor, double walkUtil_per_h) {

  /** The settings of the first version: reactive charging on, walk at 3 km/h x 1.3 scored at -6/h. */
  public EvSettings(double temperature_C, double criticalSoc, double activityTargetSoc, double enrouteTargetSoc,
      double homeTargetSoc, double homePower_kW, double walkRadius_m, double enrouteRadius_m,
      double fastChargerMinPower_kW, int minChargingActivityDuration_s, int maxChargingProcedures, int maxWait_s,
      int maxAlternatives, Set<String> homeActivityTypes, Set<String> chargingActivityTypes, Set<String> evModes,
      double acPrice_EUR_per_kWh, double dcPrice_EUR_per_kWh, double homePrice_EUR_per_kWh,
      double marginalUtilityOfMoney, double waitingUtil_per_h, double strandedPenalty) {
    this(temperature_C, criticalSoc, activityTargetSoc, enrouteTargetSoc, homeTargetSoc, homePower_kW, walkRadius_m,
        enrouteRadius_m, fastChargerMinPower_kW, minChargingActivityDuration_s, maxChargingProcedures, maxWait_s,
        maxAlternatives, homeActivityTypes, chargingActivityTypes, evModes, acPrice_EUR_per_kWh, dcPrice_EUR_per_kWh,
        homePrice_EUR_per_kWh, marginalUtilityOfMoney, waitingUtil_per_h, strandedPenalty, true, 3.0 / 3.6, 1.3, -6.0);
  }

  public EvSettings {
    checkFraction("criticalSoc", criticalSoc);
    checkFraction("activityTargetSoc", activityTargetSoc);
    checkFraction("enrouteTargetSoc", enrouteTargetSoc);
    checkFraction("homeTargetSoc", homeTargetSoc);
    checkPositive("homePower_kW", homePower_kW);
    checkPositive("walkRadius_m", walkRadius_m);
    checkPositive("enrouteRadius_m", enrouteRadius_m);
    if (minChargingActivityDuration_s < 0 || maxChargingProcedures < 0 || maxWait_s < 0 || maxAlternatives < 0) {
      throw new IllegalArgumentException("EV settings: durations and counts must be >= 0");
    }
    if (acPrice_EUR_per_kWh < 0 || dcPrice_EUR_per_kWh < 0 || homePrice_EUR_per_kWh < 0) {
      throw new IllegalArgumentException("EV settings: prices must be >= 0 EUR/kWh");
    }
    checkPositive("walkSpeed_mps", walkSpeed_mps);
    if (!(beelineDistanceFactor >= 1)) {
      throw new IllegalArgumentException("EV settings: beelineDistanceFactor must be >= 1, got " + beelineDistanceFactor);
    }
    homeActivityTypes = Set.copyOf(homeActivityTypes);
    chargingActivityTypes = Set.copyOf(chargingActivityTypes);
    evModes = Set.copyOf(evModes);
  }

  /** The defaults documented in docs/ev.md. */
  public static EvSettings defaults() {
    return new EvSettings(10.0, 0.2, 0.8, 0.8, 1.0, 11.0, 500, 5000, 50, 1200, 3, 900, 2,
        Set.of("home", "h"), Set.of(), Set.of("car"), 0.49, 0.59, 0.35, 1.0, -6.0, -100.0);
  }

  public EvSettings withTemperature_C(double t) {
    return new EvSettings(t, criticalSoc, activityTargetSoc, enrouteTargetSoc, homeTargetSoc, homePower_kW,
        walkRadius_m, enrouteRadius_m, fastChargerMinPower_kW, minChargingActivityDuration_s, maxChargingProcedures,
        maxWait_s, maxAlternatives, homeActivityTypes, chargingActivityTypes, evModes, acPrice_EUR_per_kWh,
        dcPrice_EUR_per_kWh, homePrice_EUR_per_kWh, marginalUtilityOfMoney, waitingUtil_per_h, strandedPenalty,
        reactiveCharging, walkSpeed_mps, beelineDistanceFactor, walkUtil_per_h);
  }

  public EvSettings withTargets(double activity, double enroute, double home) {
    return new EvSettings(temperature_C, criticalSoc, activity, enroute, home, homePower_kW,
        walkRadius_m, enrouteRadius_m, fastChargerMinPower_kW, minChargingActivityDuration_s, maxChargingProcedures,
        maxWait_s, maxAlternatives, homeActivityTypes, chargingActivityTypes, evModes, acPrice_EUR_per_kWh,
        dcPrice_EUR_per_kWh, homePrice_EUR_per_kWh, marginalUtilityOfMoney, waitingUtil_per_h, strandedPenalty,
        reactiveCharging, walkSpeed_mps, beelineDistanceFactor, walkUtil_per_h);
  }

  public EvSettings withQueueing(int maxWait, int alternatives) {
    return new EvSettings(temperature_C, criticalSoc, activityTargetSoc, enrouteTargetSoc, homeTargetSoc, homePower_kW,
        walkRadius_m, enrouteRadius_m, fastChargerMinPower_kW, minChargingActivityDuration_s, maxChargingProcedures,
        maxWait, alternatives, homeActivityTypes, chargingActivityTypes, evModes, acPrice_EUR_per_kWh,
        dcPrice_EUR_per_kWh, homePrice_EUR_per_kWh, marginalUtilityOfMoney, waitingUtil_per_h, strandedPenalty,
        reactiveCharging, walkSpeed_mps, beelineDistanceFactor, walkUtil_per_h);
  }

  /** The same settings with public charging allowed during these activity types (empty = all non-home types). */
  public EvSettings withChargingActivityTypes(Set<String> types) {
    return new EvSettings(temperature_C, criticalSoc, activityTargetSoc, enrouteTargetSoc, homeTargetSoc, homePower_kW,
        walkRadius_m, enrouteRadius_m, fastChargerMinPower_kW, minChargingActivityDuration_s, maxChargingProcedures,
        maxWait_s, maxAlternatives, homeActivityTypes, types, evModes, acPrice_EUR_per_kWh,
        dcPrice_EUR_per_kWh, homePrice_EUR_per_kWh, marginalUtilityOfMoney, waitingUtil_per_h, strandedPenalty,
        reactiveCharging, walkSpeed_mps, beelineDistanceFactor, walkUtil_per_h);
  }

  public EvSettings withCriticalSoc(double f) {
    return new EvSettings(temperature_C, f, activityTargetSoc, enrouteTargetSoc, homeTargetSoc, homePower_kW,
        walkRadius_m, enrouteRadius_m, fastChargerMinPower_kW, minChargingActivityDuration_s, maxChargingProcedures,
        maxWait_s, maxAlternatives, homeActivityTypes, chargingActivityTypes, evModes, acPrice_EUR_per_kWh,
        dcPrice_EUR_per_kWh, homePrice_EUR_per_kWh, marginalUtilityOfMoney, waitingUtil_per_h, strandedPenalty,
        reactiveCharging, walkSpeed_mps, beelineDistanceFactor, walkUtil_per_h);
  }

  /** The same settings with reactive charging switched on or off. */
  public EvSettings withReactiveCharging(boolean on) {
    return new EvSettings(temperature_C, criticalSoc, activityTargetSoc, enrouteTargetSoc, homeTargetSoc, homePower_kW,
        walkRadius_m, enrouteRadius_m, fastChargerMinPower_kW, minChargingActivityDuration_s, maxChargingProcedures,
        maxWait_s, maxAlternatives, homeActivityTypes, chargingActivityTypes, evModes, acPrice_EUR_per_kWh,
        dcPrice_EUR_per_kWh, homePrice_EUR_per_kWh, marginalUtilityOfMoney, waitingUtil_per_h, strandedPenalty,
        on, walkSpeed_mps, beelineDistanceFactor, walkUtil_per_h);
  }

  /**
   * Walking time in s for one way between an activity and a charger {@code beeline_m} apart (beeline x
   * {@link #beelineDistanceFactor} at {@link #walkSpeed_mps}).
   */
  public double walkTime_s(double beeline_m) {
    return beeline_m * beelineDistanceFactor / walkSpeed_mps;
  }

  /** Price per kWh at a public charger of this plug power. */
  public double publicPrice_EUR_per_kWh(double plugPower_kW) {
    return plugPower_kW >= fastChargerMinPower_kW ? dcPrice_EUR_per_kWh : acPrice_EUR_per_kWh;
  }

  public boolean isHome(String activityType) {
    return homeActivityTypes.contains(activityType);
  }

  /** True if public charging is allowed during an activity of this type. */
  public boolean allowsCharging(String activityType) {
    return chargingActivityTypes.isEmpty() ? !isHome(activityType) : chargingActivityTypes.contains(activityType);
  }

  private static void checkFraction(String name, double v) {
    if (!(v >= 0 && v <= 1)) {
      throw new IllegalArgumentException("EV settings: " + name + " must be in [0, 1], got " + v);
    }
  }

  private static void checkPositive(String name, double v) {
    if (!(v > 0)) {
      throw new IllegalArgumentException("EV settings: " + name + " must be > 0, got " + v);
    }
  }
}
