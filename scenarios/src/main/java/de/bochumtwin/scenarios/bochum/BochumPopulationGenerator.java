package de.bochumtwin.scenarios.bochum;

import de.bochumtwin.core.population.Activity;
import de.bochumtwin.core.population.Leg;
import de.bochumtwin.core.population.Person;
import de.bochumtwin.core.population.Plan;
import de.bochumtwin.core.population.PlanElement;
import de.bochumtwin.core.population.Population;
import de.bochumtwin.core.util.SplitMix64;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The synthetic population of the Bochum scenario ({@code twin prepare population}): the 365,742
 * residents of the 30 zones with age group, employment, car availability and a day of home-based
 * tours, plus the 89,000 in-commuters entering over the city's motorways and main roads, plus the
 * through traffic crossing the city on the motorways ({@link ThroughTraffic}: ids {@code t<k>},
 * {@code subpopulation} {@code through} or {@code freight}).
 *
 * <p>Reproducible and sample-stable: resident {@code i} (numbered zone by zone), in-commuter {@code j}
 * and through vehicle {@code k} draw everything from a random stream seeded by (seed, i) resp. (seed, j)
 * or (seed, k), and are kept in a sample when a separate hash of the same pair is below the share. So
 * the same seed gives the same persons, and a 1 % sample is the subset of the 10 % sample of the same
 * seed. At 100 % the residents per zone, the in-commuters per gateway and the through vehicles per
 * gateway pair and direction equal the committed figures exactly; out-commuters, workers, modes and
 * the freight share match the facts in expectation.
 *
 * <p>Legs carry their mode and routing mode but no route (the router fills them). Activities are on
 * the zone's connector link ({@link Zone#activityLink()}) with coordinates scattered within the zone;
 * commuters begin, end or work at a {@link Gateway} link.
 */
public final class BochumPopulationGenerator {
  private static final long STREAM_KEEP_RESIDENT = 1;
  private static final long STREAM_RESIDENT = 2;
  private static final long STREAM_KEEP_IN = 3;
  private static final long STREAM_IN = 4;
  private static final long STREAM_CALIBRATION = 5;
  private static final long STREAM_KEEP_THROUGH = 6;
  private static final long STREAM_THROUGH = 7;
  private static final long STREAM_GROWTH = 8;
  /** Every n-th resident is used to fit the mode factors (about 18,000 persons, independent of the sample). */
  private static final int CALIBRATION_STRIDE = 20;

  private static final Leg[] LEGS = new Leg[ModeChoice.MODES.length];

  static {
    for (int m = 0; m < LEGS.length; m++) {
      LEGS[m] = Leg.of(ModeChoice.MODES[m]).withRoutingMode(ModeChoice.MODES[m]);
    }
  }

  private final BochumScenario scenario;
  private final DemandModel demand;
  private final ChainBuilder chains;
  private final DayPlan day = new DayPlan();
  private final ModeChoice modes;
  private final ChainBuilder.TourModes residentModes;
  private final ThroughTraffic through;
  private final long seed;
  private final ZoneGrowth growth;

  private BochumPopulationGenerator(BochumScenario scenario, long seed, ZoneGrowth growth) {
    this.scenario = scenario;
    this.seed = seed;
    this.growth = growth;
    this.demand = new DemandModel(scenario, growth);
    HourlyDistribution hours = HourlyDistribution.load();
    this.chains = new ChainBuilder(scenario, demand, hours);
    this.through = ThroughTraffic.load(scenario, hours);
    this.modes = calibrateModes();
    this.residentModes = (d, car, n, u) -> modes.choose(d, car, u);
  }

  /**
   * Generates the population for a sample share in (0, 1], e.g. 0.01 for 1 %.
   *
   * @throws IllegalArgumentException unless {@code 0 < sample <= 1}
   */
  public static Population generate(BochumScenario scenario, double sample, long seed) {
    if (!(sample > 0 && sample <= 1)) {
      throw new IllegalArgumentException("sample share must be in (0, 1], e.g. 0.01 for 1 %; got " + sample);
    }
    return generate(scenario, sample, seed, ZoneGrowth.none(scenario.zones().size()));
  }

  /**
   * As {@link #generate(BochumScenario, double, long)} with zone growth (what-if {@code growth}). The
   * base residents keep their numbers and draws: in a zone with residents factor {@code f < 1} each is
   * kept with probability {@code f} (a seeded hash of its number), for {@code f > 1} the zone gets
   * {@code round(residents x (f - 1))} new residents numbered after all base residents (ids
   * {@code r<n>}); the jobs factors shift the work destinations. No growth gives exactly
   * {@link #generate(BochumScenario, double, long)}'s population.
   */
  public static Population generate(BochumScenario scenario, double sample, long seed, ZoneGrowth growth) {
    if (!(sample > 0 && sample <= 1)) {
      throw new IllegalArgumentException("sample share must be in (0, 1], e.g. 0.01 for 1 %; got " + sample);
    }
    if (growth.zoneCount() != scenario.zones().size()) {
      throw new IllegalArgumentException("growth has " + growth.zoneCount() + " zones, the scenario " + scenario.zones().size());
    }
    return new BochumPopulationGenerator(scenario, seed, growth).run(sample);
  }

  private Population run(double sample) {
    Population pop = new Population();
    pop.attributes().put("coordinateReferenceSystem", BochumScenario.CRS);
    long residents = demand.residentsEnd[demand.zoneCount - 1];
    for (long i = 0; i < residents; i++) {
      int z = demand.zoneOfResident(i);
      double f = growth.residentsFactor(z);
      boolean stays = f >= 1 || SplitMix64.toUnit(SplitMix64.hash(seed, STREAM_GROWTH, i)) < f;
      if (stays && keep(STREAM_KEEP_RESIDENT, i, sample)) {
        pop.add(resident(i, z));
      }
    }
    long next = residents;
    for (Zone zone : scenario.zones()) {
      double f = growth.residentsFactor(zone.index());
      long extra = f > 1 ? Math.round(zone.residents() * (f - 1)) : 0;
      for (long k = 0; k < extra; k++, next++) {
        if (keep(STREAM_KEEP_RESIDENT, next, sample)) {
          pop.add(resident(next, zone.index()));
        }
      }
    }
    long in = demand.inCommutersEnd[demand.gatewayCount - 1];
    for (long j = 0; j < in; j++) {
      if (keep(STREAM_KEEP_IN, j, sample)) {
        pop.add(inCommuter(j));
      }
    }
    long vehicles = through.total();
    for (long k = 0; k < vehicles; k++) {
      if (keep(STREAM_KEEP_THROUGH, k, sample)) {
        pop.add(through.vehicle(k, new SplittableRandom(SplitMix64.hash(seed, STREAM_THROUGH, k))));
      }
    }
    return pop;
  }

  private boolean keep(long stream, long i, double sample) {
    return sample >= 1.0 || SplitMix64.toUnit(SplitMix64.hash(seed, stream, i)) < sample;
  }

  private ModeChoice calibrateModes() {
    ModeChoice base = ModeChoice.loadUncalibrated();
    double[][] legs = new double[base.bandCount()][2];
    double[] fixed = new double[ModeChoice.MODES.length];
    ChainBuilder.TourModes recorder = new ChainBuilder.TourModes() {
      @Override
      public int choose(double d, boolean car, int n, double u) {
        legs[base.band(d)][car ? 1 : 0] += n;
        return ModeChoice.WALK;
      }

      @Override
      public void forced(int mode, int n) {
        fixed[mode] += n;
      }
    };
    long residents = demand.residentsEnd[demand.zoneCount - 1];
    for (long i = 0; i < residents; i += CALIBRATION_STRIDE) {
      buildResident(i, demand.zoneOfResident(i), new SplittableRandom(SplitMix64.hash(seed, STREAM_CALIBRATION, i)), recorder);
    }
    double motorised = scenario.fact("srv2018_car_and_ride");
    double ride = motorised * scenario.fact("ride_share_of_motorised");
    double[] target = {scenario.fact("srv2018_walk"), scenario.fact("srv2018_bike"), scenario.fact("srv2018_pt"),
        motorised - ride, ride};
    // the commuting tours have their modes already: the freely chosen trips make up the rest of the split
    double free = 0;
    double fixedSum = 0;
    double targetSum = 0;
    for (int m = 0; m < target.length; m++) {
      fixedSum += fixed[m];
      targetSum += target[m];
    }
    for (double[] b : legs) {
      free += b[0] + b[1];
    }
    double[] freeTarget = new double[target.length];
    for (int m = 0; m < target.length; m++) {
      freeTarget[m] = Math.max(1e-6, target[m] / targetSum * (free + fixedSum) - fixed[m]);
    }
    return base.calibrate(legs, freeTarget);
  }

  private Person resident(long i, int zone) {
    String[] a = buildResident(i, zone, new SplittableRandom(SplitMix64.hash(seed, STREAM_RESIDENT, i)), residentModes);
    Zone z = scenario.zones().get(zone);
    Person p = Person.of("r" + i, Map.of("subpopulation", "person", "age_group", a[0], "employment", a[1],
        "carAvail", a[2], "zone", z.id(), "district", z.district(), "commuter",
        a[1].equals("outcommuter") ? "out" : "none", "direction", a[3]));
    p.addPlan(toPlan(), true);
    return p;
  }

  /** Builds resident {@code i}'s day into {@link #day}; returns age group, role, carAvail, direction. */
  private String[] buildResident(long i, int zone, SplittableRandom rng, ChainBuilder.TourModes tourModes) {
    Zone z = scenario.zones().get(zone);
    double u = rng.nextDouble();
    String age;
    if (u < z.minorShare()) {
      age = u < z.minorShare() * scenario.fact("under6_of_minors") ? "0-5" : "6-17";
    } else {
      age = u < z.minorShare() + z.seniorShare() ? "60+" : "18-59";
    }
    boolean adult = age.equals("18-59") || age.equals("60+");
    boolean car = adult && rng.nextDouble() < demand.carAvailShareOfAdults;
    double pEmployed = age.equals("18-59") ? demand.employedShare18to59
        : age.equals("60+") ? demand.employedShare60plus : 0;
    String role;
    if (rng.nextDouble() < pEmployed) {
      role = rng.nextDouble() < demand.outCommuterShareOfEmployed ? "outcommuter" : "worker";
    } else if (age.equals("0-5")) {
      role = "child";
    } else if (age.equals("6-17")) {
      role = "pupil";
    } else if (age.equals("18-59") && rng.nextDouble() < scenario.fact("student_share_nonemployed_18_59")) {
      role = "student";
    } else {
      role = "none";
    }
    double angle = 2 * Math.PI * rng.nextDouble();
    double r = 0.7 * z.radius_m() * Math.sqrt(rng.nextDouble());
    double hx = z.x_m() + r * Math.cos(angle);
    double hy = z.y_m() + r * Math.sin(angle);
    chains.begin(day, rng, tourModes, car, z.index(), z.activityLink(), hx, hy);
    boolean employed = role.equals("worker") || role.equals("outcommuter");
    if (employed || rng.nextDouble() >= scenario.fact("immobile_share_nonemployed")) {
      chains.resident(role);
    }
    chains.end(z.activityLink());
    String direction = "-";
    if (role.equals("outcommuter") && day.activities > 1) {
      direction = gatewayAtLink(day.link[1]);
    }
    return new String[] {age, role, car ? "always" : "never", direction};
  }

  private String gatewayAtLink(int link) {
    for (Gateway g : scenario.gateways()) {
      if (g.outLink() == link) {
        return g.id();
      }
    }
    return "-";
  }

  private Person inCommuter(long j) {
    SplittableRandom rng = new SplittableRandom(SplitMix64.hash(seed, STREAM_IN, j));
    int g = demand.gatewayOfInCommuter(j);
    Gateway gw = scenario.gateways().get(g);
    chains.begin(day, rng, residentModes, true, demand.zoneCount + g, gw.inLink(), gw.x_m(), gw.y_m());
    chains.inCommuter(g);
    chains.end(gw.outLink());
    Person p = Person.of("c" + j, Map.of("subpopulation", "commuter", "age_group", "18-59", "employment", "worker",
        "carAvail", "always", "zone", "outside", "district", "outside", "commuter", "in", "direction", gw.id()));
    p.addPlan(toPlan(), true);
    return p;
  }

  private Plan toPlan() {
    List<PlanElement> el = new ArrayList<>(2 * day.activities - 1);
    for (int a = 0; a < day.activities; a++) {
      Activity act = Activity.of(day.type[a], day.link[a], day.x[a], day.y[a]);
      if (day.end_s[a] != DayPlan.NO_END && a < day.activities - 1) {
        act = act.withEndTime(day.end_s[a]);
      }
      el.add(act);
      if (a < day.activities - 1) {
        el.add(LEGS[day.legMode[a]]);
      }
    }
    return Plan.of(el);
  }
}
