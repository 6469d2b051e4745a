package de.bochumtwin.scenarios.synthetic;

import de.bochumtwin.core.network.Network;
import de.bochumtwin.core.population.Activity;
import de.bochumtwin.core.population.GenericRoute;
import de.bochumtwin.core.population.Leg;
import de.bochumtwin.core.population.Person;
import de.bochumtwin.core.population.Plan;
import de.bochumtwin.core.population.Population;
import de.bochumtwin.core.population.Route;
import de.bochumtwin.core.population.Time;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.random.RandomGenerator.SplittableGenerator;

/**
 * Draws the home-work-home population of a synthetic city.
 *
 * <p>Agent {@code i} draws all its values from the {@code i}-th child {@link SplittableGenerator#split()
 * split} of the master generator, so an agent depends only on the seed and its index: the first
 * {@code k} agents of a population of {@code P} equal a population of {@code k}. Per agent, in this
 * order: home link (uniform over links), work link (weight exp(-d / decay) of the link midpoint's
 * distance d to the centre, redrawn while equal to home), mode, home end time, work duration.
 * Normal variates use Box-Muller with {@link StrictMath}, so the values are bit-identical on every
 * JVM, and bounds are enforced by redrawing (truncation), not clamping, to avoid spikes of departures
 * at the bounds.
 */
final class PopulationSynthesizer {
  static final String HOME = "h";
  static final String WORK = "w";
  static final String[] MODES = {"car", "walk", "bike", "pt"};

  static final int HOME_END_MEAN_S = 7 * 3600 + 1800;
  static final int HOME_END_SD_S = 3600;
  static final int HOME_END_MIN_S = 5 * 3600;
  static final int HOME_END_MAX_S = 10 * 3600;
  static final int WORK_DURATION_MEAN_S = 8 * 3600;
  static final int WORK_DURATION_SD_S = 3600;
  static final int WORK_DURATION_MIN_S = 6 * 3600;
  static final int WORK_DURATION_MAX_S = 10 * 3600;

  private final SyntheticCitySpec spec;
  private final Network network;
  private final GridRouteBuilder routes;
  /** Cumulative workplace weight over links: workCumulative[l] = sum of weights of links 0..l. */
  private final double[] workCumulative;

  PopulationSynthesizer(SyntheticCitySpec spec, SyntheticGrid grid) {
    this.spec = spec;
    this.network = grid.network();
    this.routes = new GridRouteBuilder(grid, spec.arterialEvery());
    this.workCumulative = workCumulative(spec, network);
  }

  /** Link weights exp(-distance of the link midpoint to the centre / decay), accumulated. */
  static double[] workCumulative(SyntheticCitySpec spec, Network network) {
    double[] cum = new double[network.linkCount()];
    double sum = 0;
    for (int l = 0; l < cum.length; l++) {
      double dx = midX(network, l) - spec.centreX_m();
      double dy = midY(network, l) - spec.centreY_m();
      sum += StrictMath.exp(-StrictMath.sqrt(dx * dx + dy * dy) / spec.workCentreDecay_m());
      cum[l] = sum;
    }
    if (!(sum > 0) || Double.isInfinite(sum)) {
      throw new IllegalArgumentException("synthetic city spec: workCentreDecay_m " + spec.workCentreDecay_m()
          + " m gives every link a workplace weight of 0; use a decay of at least a few hundred metres");
    }
    return cum;
  }

  static double midX(Network network, int link) {
    return (network.nodeX_m(network.fromNode(link)) + network.nodeX_m(network.toNode(link))) / 2;
  }

  static double midY(Network network, int link) {
    return (network.nodeY_m(network.fromNode(link)) + network.nodeY_m(network.toNode(link))) / 2;
  }

  Population synthesize(SplittableGenerator master) {
    Population population = new Population();
    population.attributes().put("coordinateReferenceSystem", SyntheticCity.CRS);
    for (int i = 0; i < spec.agents(); i++) {
      population.add(person(i, master.split()));
    }
    return population;
  }

  private Person person(int index, RandomGenerator rng) {
    int linkCount = network.linkCount();
    int home = rng.nextInt(linkCount);
    int work = drawWork(rng);
    while (work == home) {
      work = drawWork(rng);
    }
    String mode = drawMode(rng);
    int homeEnd_s = truncatedNormal(rng, HOME_END_MEAN_S, HOME_END_SD_S, HOME_END_MIN_S, HOME_END_MAX_S);
    int workDuration_s = truncatedNormal(rng, WORK_DURATION_MEAN_S, WORK_DURATION_SD_S, WORK_DURATION_MIN_S,
        WORK_DURATION_MAX_S);

    Activity morning = activity(HOME, home).withEndTime(homeEnd_s);
    Activity office = activity(WORK, work).withMaxDuration(workDuration_s);
    Activity evening = activity(HOME, home);
    Leg toWork = Leg.of(mode).withRoutingMode(mode).withRoute(route(mode, home, work));
    Leg toHome = Leg.of(mode).withRoutingMode(mode).withRoute(route(mode, work, home));
    Person p = Person.of("p" + index, Map.of());
    p.addPlan(Plan.of(List.of(morning, toWork, office, toHome, evening)), true);
    return p;
  }

  private Activity activity(String type, int link) {
    return Activity.of(type, link, midX(network, link), midY(network, link));
  }

  /** Car legs get a grid route; the others a teleported route the mobsim completes from the beeline. */
  private Route route(String mode, int from, int to) {
    if (mode.equals(MODES[0])) {
      return routes.route(from, to);
    }
    return new GenericRoute(from, to, Double.NaN, Time.UNDEFINED);
  }

  private int drawWork(RandomGenerator rng) {
    double u = rng.nextDouble() * workCumulative[workCumulative.length - 1];
    int i = Arrays.binarySearch(workCumulative, u);
    // binarySearch returns -(insertion point) - 1 when u is not an exact entry: the first entry > u
    int link = i >= 0 ? i + 1 : -i - 1;
    return Math.min(link, workCumulative.length - 1);
  }

  private String drawMode(RandomGenerator rng) {
    double u = rng.nextDouble();
    if (u < spec.carShare()) {
      return MODES[0];
    }
    double v = rng.nextDouble() * (spec.walkWeight() + spec.bikeWeight() + spec.ptWeight());
    if (v < spec.walkWeight()) {
      return MODES[1];
    }
    return v < spec.walkWeight() + spec.bikeWeight() ? MODES[2] : MODES[3];
  }

  /** A normal draw rounded to whole seconds, redrawn until it lies in [min_s, max_s]. */
  static int truncatedNormal(RandomGenerator rng, int mean_s, int sd_s, int min_s, int max_s) {
    while (true) {
      double u1 = 1.0 - rng.nextDouble(); // in (0, 1], so the log is finite
      double u2 = rng.nextDouble();
      double z = StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * StrictMath.PI * u2);
      long t = Math.round(mean_s + sd_s * z);
      if (t >= min_s && t <= max_s) {
        return (int) t;
      }
    }
  }
}
