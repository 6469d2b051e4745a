package de.bochumtwin.scenarios.bochum;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Builds one person's day as home-based tours. Which tours a person makes depends on the person type
 * (child, pupil, worker, out-commuter, student, other adult, in-commuter); the probabilities and
 * durations below are stated estimates (docs/bochum-scenario.md), tuned so that residents make about
 * 3.5 trips a day (SrV 2013: 3.5). The first departure of a tour is drawn from the Ruhr reference
 * departure-by-hour distribution of its main purpose; later tours are drawn from the same
 * distribution truncated after the return home plus 30 minutes, and dropped if none is left.
 */
final class ChainBuilder {
  static final String HOME = "home";
  static final String WORK = "work";
  static final String EDUCATION = "education";
  static final String SHOPPING = "shopping";
  static final String LEISURE = "leisure";
  static final String OTHER = "other";

  /** Detour of the travelled over the beeline distance (estimate). */
  static final double DETOUR = 1.3;
  /** Planning speeds (m/s) per mode, walk bike pt car ride, plus 120 s access (estimates). */
  static final double[] PLAN_SPEED_MPS = {1.3, 4.0, 5.0, 8.0, 8.0};
  static final int MIN_HOME_S = 1800;
  static final int LATEST_TOUR_START_S = 23 * 3600;
  /**
   * A later tour is only made when at least this share of its purpose's departures is still ahead
   * (estimate): people who come home late rarely go out again, and without this rule late returns
   * pile up departures just before midnight.
   */
  static final double MIN_REMAINING_SHARE = 0.05;

  /** Chooses a tour mode from (longest leg, car availability, uniform u); may record the request. */
  interface TourModes {
    int choose(double distance_m, boolean carAvailable, int legs, double u);

    /** Told about a tour whose mode was fixed beforehand (commuting); the calibration counts its legs. */
    default void forced(int mode, int legs) {}
  }

  private final DemandModel demand;
  private final List<Zone> zones;
  private final List<Gateway> gateways;
  private final HourlyDistribution hours;

  // the tour being assembled
  private int stops;
  private final String[] stopType = new String[8];
  private final int[] stopLink = new int[8];
  private final double[] stopX = new double[8];
  private final double[] stopY = new double[8];
  private final int[] stopDur = new int[8];

  // the current person
  private DayPlan plan;
  private SplittableRandom rng;
  private TourModes modes;
  private boolean carAvail;
  private int homeZone;
  private double homeX;
  private double homeY;
  private int lastArrival_s;

  ChainBuilder(BochumScenario s, DemandModel demand, HourlyDistribution hours) {
    this.demand = demand;
    this.zones = s.zones();
    this.gateways = s.gateways();
    this.hours = hours;
  }

  /** Starts a day at home (zone or gateway coordinate) on {@code homeLink}. */
  void begin(DayPlan p, SplittableRandom r, TourModes m, boolean car, int zone, int homeLink, double hx, double hy) {
    plan = p;
    rng = r;
    modes = m;
    carAvail = car;
    homeZone = zone;
    homeX = hx;
    homeY = hy;
    lastArrival_s = -1;
    p.reset();
    p.addActivity(HOME, homeLink, hx, hy);
  }

  /** Ends the day: the last home activity moves to {@code lastHomeLink} (gateways use the outbound link). */
  void end(int lastHomeLink) {
    plan.link[plan.activities - 1] = lastHomeLink;
  }

  void resident(String role) {
    switch (role) {
      case "child" -> {
        if (rng.nextDouble() < 0.65) {
          singleStopTour(OTHER, demand.educationCum[homeZone], normal(6 * 3600, 5400, 3 * 3600, 9 * 3600));
        }
        if (rng.nextDouble() < 0.65) {
          String p = rng.nextDouble() < 0.6 ? LEISURE : SHOPPING;
          secondaryTour(p);
        }
      }
      case "pupil" -> {
        singleStopTour(EDUCATION, demand.educationCum[homeZone], normal(19800, 3600, 12600, 28800));
        if (rng.nextDouble() < 0.75) {
          double u = rng.nextDouble();
          String p = u < 0.7 ? LEISURE : u < 0.85 ? OTHER : SHOPPING;
          secondaryTour(p);
        }
      }
      case "student" -> {
        int uni = rng.nextDouble() < 0.8 ? demand.querenburg : DemandModel.pick(demand.educationCum[homeZone],
            rng.nextDouble());
        stops = 0;
        addZoneStop(EDUCATION, uni, normal(16200, 5400, 5400, 32400));
        if (rng.nextDouble() < 0.35) {
          String p = rng.nextDouble() < 0.5 ? LEISURE : SHOPPING;
          secondaryStop(p);
        }
        closeTour(EDUCATION, -1);
        if (rng.nextDouble() < 0.55) {
          secondaryTour(LEISURE);
        }
      }
      case "worker", "outcommuter" -> worker(role.equals("outcommuter"));
      default -> {
        double u = rng.nextDouble();
        int tours = u < 0.10 ? 1 : u < 0.50 ? 2 : u < 0.85 ? 3 : 4;
        for (int t = 0; t < tours; t++) {
          double v = rng.nextDouble();
          String p = v < 0.40 ? SHOPPING : v < 0.75 ? LEISURE : OTHER;
          stops = 0;
          secondaryStop(p);
          if (rng.nextDouble() < 0.35) {
            double w = rng.nextDouble();
            secondaryStop(w < 0.4 ? SHOPPING : w < 0.75 ? LEISURE : OTHER);
          }
          closeTour(p, -1);
        }
      }
    }
  }

  private void worker(boolean outCommuter) {
    int workDur = workDuration();
    stops = 0;
    if (outCommuter) {
      Gateway g = gateways.get(DemandModel.pick(demand.outGatewayCum, rng.nextDouble()));
      addStop(WORK, g.outLink(), g.x_m(), g.y_m(), workDur);
    } else {
      int wz = DemandModel.pick(demand.workCum[homeZone], rng.nextDouble());
      if (rng.nextDouble() < 0.15 && workDur > 4 * 3600) {
        Zone z = zones.get(wz);
        double wx = jitterX(z);
        double wy = jitterY(z);
        addStop(WORK, z.activityLink(), wx, wy, workDur / 2);
        addZoneStop(OTHER, DemandModel.pick(demand.otherCum[wz], rng.nextDouble()), normal(2700, 900, 900, 5400));
        addStop(WORK, z.activityLink(), wx, wy, workDur - workDur / 2);
      } else {
        addZoneStop(WORK, wz, workDur);
      }
    }
    if (rng.nextDouble() < (outCommuter ? 0.35 : 0.4)) {
      secondaryStop(rng.nextDouble() < 0.5 ? SHOPPING : OTHER);
    }
    closeTour(WORK, outCommuter ? commuterMode(rng.nextDouble(), carAvail) : -1);
    if (rng.nextDouble() < (outCommuter ? 0.65 : 0.75)) {
      double v = rng.nextDouble();
      String p = v < 0.6 ? LEISURE : v < 0.8 ? SHOPPING : OTHER;
      secondaryTour(p);
    }
  }

  /** The day of an in-commuter living beyond gateway {@code g}: work in a zone, maybe a stop, back. */
  void inCommuter(int g) {
    int wz = DemandModel.pick(demand.workCum[demand.zoneCount + g], rng.nextDouble());
    stops = 0;
    addZoneStop(WORK, wz, workDuration());
    if (rng.nextDouble() < 0.2) {
      addZoneStop(SHOPPING, DemandModel.pick(demand.otherCum[wz], rng.nextDouble()), normal(2400, 1200, 600, 7200));
    }
    closeTour(WORK, commuterMode(rng.nextDouble(), true));
  }

  static int commuterMode(double u, boolean carAvailable) {
    if (u < 0.65) {
      return carAvailable ? ModeChoice.CAR : ModeChoice.PT;
    }
    return u < 0.70 ? ModeChoice.RIDE : ModeChoice.PT;
  }

  private int workDuration() {
    return rng.nextDouble() < 0.72 ? normal(30600, 3600, 21600, 39600) : normal(16200, 3600, 9000, 23400);
  }

  /** A tour home - one stop of {@code type} in a zone drawn from {@code cum} - home, timed by {@code type}. */
  private void singleStopTour(String type, double[] cum, int dur) {
    stops = 0;
    addZoneStop(type, DemandModel.pick(cum, rng.nextDouble()), dur);
    closeTour(type, -1);
  }

  private void secondaryTour(String type) {
    stops = 0;
    secondaryStop(type);
    closeTour(type, -1);
  }

  private void secondaryStop(String type) {
    int dur = switch (type) {
      case SHOPPING -> normal(2400, 1200, 600, 7200);
      case LEISURE -> normal(7200, 3600, 1800, 18000);
      default -> normal(3600, 1800, 600, 10800);
    };
    addZoneStop(type, DemandModel.pick(demand.otherCum[homeZone], rng.nextDouble()), dur);
  }

  private void addZoneStop(String type, int zone, int dur) {
    Zone z = zones.get(zone);
    addStop(type, z.activityLink(), jitterX(z), jitterY(z), dur);
  }

  private void addStop(String type, int link, double sx, double sy, int dur) {
    stopType[stops] = type;
    stopLink[stops] = link;
    stopX[stops] = sx;
    stopY[stops] = sy;
    stopDur[stops] = dur;
    stops++;
  }

  // a point uniform in a disk of 0.7 x the zone radius; x and y are drawn in sequence (angle, radius)
  private double pendingAngle;
  private double pendingRadius;

  private double jitterX(Zone z) {
    pendingAngle = 2 * Math.PI * rng.nextDouble();
    pendingRadius = 0.7 * z.radius_m() * Math.sqrt(rng.nextDouble());
    return z.x_m() + pendingRadius * Math.cos(pendingAngle);
  }

  private double jitterY(Zone z) {
    return z.y_m() + pendingRadius * Math.sin(pendingAngle);
  }

  /** Schedules the assembled stops as one tour from home; drops it when no departure time is left. */
  private void closeTour(String timingPurpose, int forcedMode) {
    double maxLeg = 0;
    double px = homeX;
    double py = homeY;
    for (int i = 0; i <= stops; i++) {
      double nx = i < stops ? stopX[i] : homeX;
      double ny = i < stops ? stopY[i] : homeY;
      maxLeg = Math.max(maxLeg, DETOUR * Math.hypot(nx - px, ny - py));
      px = nx;
      py = ny;
    }
    double u = rng.nextDouble();
    double v = rng.nextDouble();
    int dep = lastArrival_s < 0 ? hours.sample(timingPurpose, v)
        : hours.sampleAfter(timingPurpose, lastArrival_s + MIN_HOME_S, MIN_REMAINING_SHARE, v);
    if (dep < 0 || dep > LATEST_TOUR_START_S) {
      return;
    }
    int mode = forcedMode;
    if (forcedMode >= 0) {
      modes.forced(forcedMode, stops + 1);
    } else {
      mode = modes.choose(maxLeg, carAvail, stops + 1, u);
    }
    plan.end_s[plan.activities - 1] = dep;
    int t = dep;
    px = homeX;
    py = homeY;
    int homeLink = plan.link[0];
    for (int i = 0; i < stops; i++) {
      t += travelTime(mode, px, py, stopX[i], stopY[i]);
      t += stopDur[i];
      plan.legMode[plan.activities - 1] = mode;
      plan.addActivity(stopType[i], stopLink[i], stopX[i], stopY[i]);
      plan.end_s[plan.activities - 1] = t;
      px = stopX[i];
      py = stopY[i];
    }
    t += travelTime(mode, px, py, homeX, homeY);
    plan.legMode[plan.activities - 1] = mode;
    plan.addActivity(HOME, homeLink, homeX, homeY);
    lastArrival_s = t;
  }

  private static int travelTime(int mode, double ax, double ay, double bx, double by) {
    return 120 + (int) (DETOUR * Math.hypot(bx - ax, by - ay) / PLAN_SPEED_MPS[mode]);
  }

  /** A normal draw in whole seconds, redrawn until it lies in [min_s, max_s] (at most 20 tries, then clamped). */
  private int normal(int mean_s, int sd_s, int min_s, int max_s) {
    for (int k = 0; k < 20; k++) {
      double u1 = 1.0 - rng.nextDouble();
      double u2 = rng.nextDouble();
      double z = StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * StrictMath.PI * u2);
      long t = Math.round(mean_s + sd_s * z);
      if (t >= min_s && t <= max_s) {
        return (int) t;
      }
    }
    return mean_s;
  }
}
