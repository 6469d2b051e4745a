package de.bochumtwin.calibration.method;

import de.bochumtwin.calibration.fit.CountComparison;
import de.bochumtwin.calibration.fit.SimulatedVolumes;
import de.bochumtwin.core.analysis.LegTable;
import de.bochumtwin.core.analysis.LinkVolumeTable;
import de.bochumtwin.core.controller.Controller;
import de.bochumtwin.core.controller.ControllerSettings;
import de.bochumtwin.core.controller.IterationListener;
import de.bochumtwin.core.controller.IterationStats;
import de.bochumtwin.core.counts.Counts;
import de.bochumtwin.core.events.SimEventSink;
import de.bochumtwin.core.mobsim.MobsimResult;
import de.bochumtwin.core.network.Network;
import de.bochumtwin.core.population.Person;
import de.bochumtwin.core.population.Population;
import de.bochumtwin.core.population.PopulationSampler;
import de.bochumtwin.core.router.BinnedTravelTimes;
import de.bochumtwin.core.scoring.ModeParams;
import de.bochumtwin.core.scoring.ScoringParameters;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Calibration in steps of short runs of the loop on one chained population (each step continues
 * from the plans of the previous one, as the VSP tools do with output plans): after each step the
 * mode constants move by the damped log-ratio update ({@link ModeConstantCalibrator}) and the
 * demand scale by the ratio of observed to simulated counted vehicles,
 * {@code scale *= (sum C / (sum M x r))^damping}, where {@code r} = target / simulated share of the
 * counted modes (1 without targets) removes the part of the mismatch the constants will fix. The demand scale keeps the persons of a fixed pool whose
 * seeded hash is below {@code scale / maxDemandScale} ({@link PopulationSampler}), so a larger scale
 * keeps everybody of a smaller one and their plans. The last step runs with the final parameters and
 * is not followed by an update: its measurements are the calibrated fit.
 *
 * <p>Shares and volumes of a step are the means over its last {@code averageIterations} iterations
 * to damp the noise of small samples.
 */
public final class CalibrationRunner {
  /**
   * @param steps number of runs (>= 1); the first measures the uncalibrated state
   * @param iterationsPerStep loop iterations per run
   * @param averageIterations iterations at the end of a step whose shares and volumes are averaged
   * @param sample share of the real population the pool at demand scale 1 represents (counts are
   *     compared with volumes / sample)
   * @param countModes network modes that the counts see (e.g. car)
   * @param targets mode split targets, null = constants are not fitted
   * @param fitDemandScale whether the demand scale is fitted to the counts (needs counts)
   * @param initialDemandScale demand scale of the first step (pool x scale / maxDemandScale persons)
   * @param maxDemandScale the scale the whole pool represents
   * @param shareFilter persons whose trips count for the mode shares (e.g. residents only)
   * @param distanceTargets mode shares per beeline-distance class; when set they replace
   *     {@code targets} in the constant update ({@link DistanceClassCalibrator}) and in the demand
   *     scale's share correction (null = overall targets only)
   * @param planCorrection counts-based plan-choice correction applied during the loop (null = off)
   */
  public record Settings(int steps, int iterationsPerStep, int averageIterations, double sample, Set<String> countModes,
      ModeSplitTargets targets, ModeConstantCalibrator.Settings asc, boolean fitDemandScale, double initialDemandScale,
      double maxDemandScale, double demandDamping, Predicate<Person> shareFilter, DistanceClassTargets distanceTargets,
      PlanCountCorrection.Settings planCorrection) {
    public Settings {
      if (steps < 1 || iterationsPerStep < 1 || averageIterations < 1 || averageIterations > iterationsPerStep) {
        throw new IllegalArgumentException("need steps >= 1 and 1 <= averageIterations <= iterationsPerStep");
      }
      if (!(initialDemandScale > 0 && initialDemandScale <= maxDemandScale)) {
        throw new IllegalArgumentException("demand scale must be in (0, " + maxDemandScale + "], got " + initialDemandScale);
      }
    }

    /** Without distance-class targets and plan-choice correction. */
    public Settings(int steps, int iterationsPerStep, int averageIterations, double sample, Set<String> countModes,
        ModeSplitTargets targets, ModeConstantCalibrator.Settings asc, boolean fitDemandScale, double initialDemandScale,
        double maxDemandScale, double demandDamping, Predicate<Person> shareFilter) {
      this(steps, iterationsPerStep, averageIterations, sample, countModes, targets, asc, fitDemandScale, initialDemandScale,
          maxDemandScale, demandDamping, shareFilter, null, null);
    }

    public Settings withDistanceTargets(DistanceClassTargets d) {
      return new Settings(steps, iterationsPerStep, averageIterations, sample, countModes, targets, asc, fitDemandScale,
          initialDemandScale, maxDemandScale, demandDamping, shareFilter, d, planCorrection);
    }

    public Settings withPlanCorrection(PlanCountCorrection.Settings c) {
      return new Settings(steps, iterationsPerStep, averageIterations, sample, countModes, targets, asc, fitDemandScale,
          initialDemandScale, maxDemandScale, demandDamping, shareFilter, distanceTargets, c);
    }
  }

  /**
   * Measurements of one step, made with the parameters listed in it; {@code classTrips} holds per
   * distance class the mean trips per mode (empty without distance-class targets).
   */
  public record Step(int step, Map<String, Double> constants, double demandScale, int persons, Map<String, Double> modeShares,
      SimulatedVolumes volumes, CountComparison fit, double seconds, List<Map<String, Double>> classTrips) {}

  /** All steps; the calibrated parameters are those of the last step. */
  public record Result(List<Step> steps, ScoringParameters calibratedScoring, double demandScale, Population population) {
    public Step first() {
      return steps.get(0);
    }

    public Step last() {
      return steps.get(steps.size() - 1);
    }
  }

  private final Network net;
  private final ControllerSettings base;
  private final Settings s;
  private final Counts counts;
  private final PrintStream log;
  private final boolean streamsById;

  /** @param counts observed counts (null = none: no demand scale fit, no count fit) */
  public CalibrationRunner(Network net, ControllerSettings base, Settings settings, Counts counts, PrintStream log) {
    this(net, base, settings, counts, log, false);
  }

  /**
   * @param streamsById key every person's random draws by its id ({@link Controller#Controller(Network,
   *     ControllerSettings, boolean)}), so that runs at neighbouring demand scales differ only by the
   *     persons added or removed (used by {@link ShortRunEvaluator})
   */
  public CalibrationRunner(Network net, ControllerSettings base, Settings settings, Counts counts, PrintStream log,
      boolean streamsById) {
    this.streamsById = streamsById;
    this.net = net;
    this.base = base;
    this.s = settings;
    this.counts = counts;
    this.log = log;
    if (settings.fitDemandScale() && counts == null) {
      throw new IllegalArgumentException("fitting the demand scale needs counts");
    }
  }

  public Result run(Population pool) {
    Map<String, Double> asc = new TreeMap<>();
    for (Map.Entry<String, ModeParams> e : base.scoring().modeParams().entrySet()) {
      asc.put(e.getKey(), e.getValue().constant());
    }
    if (s.targets() != null) {
      for (String m : s.targets().modes()) {
        asc.putIfAbsent(m, 0.0);
      }
    }
    double scale = s.initialDemandScale();
    if (s.distanceTargets() != null) {
      for (String m : s.distanceTargets().targets(0).modes()) {
        asc.putIfAbsent(m, 0.0);
      }
    }
    ModeConstantCalibrator cal = s.targets() == null ? null : new ModeConstantCalibrator(s.targets(), s.asc());
    DistanceClassCalibrator classCal = s.distanceTargets() == null ? null : new DistanceClassCalibrator(s.distanceTargets(), s.asc());
    List<Step> steps = new ArrayList<>();
    Population pop = pool;
    for (int k = 0; k < s.steps(); k++) {
      long t0 = System.nanoTime();
      pop = scale >= s.maxDemandScale() ? pool : PopulationSampler.sample(pool, scale / s.maxDemandScale(), base.seed());
      ScoringParameters scoring = withConstants(base.scoring(), asc);
      ControllerSettings cs = new ControllerSettings(0, s.iterationsPerStep() - 1, base.seed() + 1009L * k, base.threads(),
          base.mobsim(), scoring, base.replanning(), base.travelTimeBin_s());
      Averager avg = new Averager(pop, s.iterationsPerStep() - s.averageIterations());
      IterationListener listener = avg;
      if (s.planCorrection() != null && counts != null) {
        listener = IterationListeners.both(avg, new PlanCountCorrection(net, counts, s.sample(), s.countModes(), s.planCorrection()));
      }
      new Controller(net, cs, streamsById).run(pop, listener, (t, f, a, e) -> {});
      Map<String, Double> shares = avg.shares();
      SimulatedVolumes volumes = SimulatedVolumes.ofArray(avg.volumes());
      CountComparison fit = counts == null ? null : CountComparison.of(counts, volumes, null);
      List<Map<String, Double>> classTrips = avg.classTrips();
      Step step = new Step(k, Map.copyOf(asc), scale, pop.size(), shares, volumes, fit, (System.nanoTime() - t0) / 1e9, classTrips);
      steps.add(step);
      log.printf("calibration step %d: %d persons, demand scale %.3f, shares %s%s, %.1f s%n", k, pop.size(), scale,
          format(shares), fit == null ? "" : String.format(java.util.Locale.ROOT, ", stations GEH<5 %.0f %%, hourly RMSE %.1f",
              100 * fit.shareStationsGehBelow5(), fit.hourly().rmse()), step.seconds());
      if (k == s.steps() - 1) {
        break;
      }
      if (classCal != null) {
        Map<String, Double> delta = classCal.step(classTrips);
        delta.forEach((m, d) -> asc.merge(m, d, Double::sum));
        ModeConstantCalibrator.rescore(pool, delta);
      } else if (cal != null) {
        Map<String, Double> delta = cal.step(shares);
        delta.forEach((m, d) -> asc.merge(m, d, Double::sum));
        ModeConstantCalibrator.rescore(pool, delta);
      }
      if (s.fitDemandScale()) {
        double obs = fit.stations().stream().mapToDouble(CountComparison.StationFit::obsDaily).sum();
        double sim = fit.stations().stream().mapToDouble(CountComparison.StationFit::simDaily).sum();
        // the counts see only the count modes: the part of the mismatch that the share update will
        // remove (target vs simulated share of the count modes) is not put on the demand scale
        ModeSplitTargets overall = s.distanceTargets() != null ? s.distanceTargets().overall(tripsPerClass(classTrips)) : s.targets();
        double shareRatio = overall == null ? 1 : countedShareRatio(overall, shares, s.countModes());
        log.printf("  counted vehicles: observed %.0f, simulated %.0f, count-mode share ratio %.3f%n", obs, sim, shareRatio);
        if (sim > 0) {
          scale = Math.min(s.maxDemandScale(), scale * Math.pow(obs / (sim * shareRatio), s.demandDamping()));
        }
      }
    }
    return new Result(steps, withConstants(base.scoring(), asc), scale, pop);
  }

  private static double[] tripsPerClass(List<Map<String, Double>> classTrips) {
    double[] n = new double[classTrips.size()];
    for (int d = 0; d < n.length; d++) {
      for (double v : classTrips.get(d).values()) {
        n[d] += v;
      }
    }
    return n;
  }

  /**
   * Target over simulated share of the counted modes; within a target group the simulated split
   * between its modes is kept (e.g. car within car+ride). 1 when the counted modes have no share.
   */
  static double countedShareRatio(ModeSplitTargets targets, Map<String, Double> shares, Set<String> countModes) {
    double z = 0;
    double m = 0;
    for (ModeSplitTargets.Group g : targets.groups()) {
      double mg = 0;
      double mc = 0;
      for (String mode : g.modes()) {
        double v = shares.getOrDefault(mode, 0.0);
        mg += v;
        mc += countModes.contains(mode) ? v : 0;
      }
      if (mc > 0) {
        z += g.share() * mc / mg;
        m += mc;
      }
    }
    return m > 0 ? z / m : 1;
  }

  /** {@code base} with the given constants (modes without parameters get MATSim's defaults plus the constant). */
  public static ScoringParameters withConstants(ScoringParameters base, Map<String, Double> asc) {
    ScoringParameters.Builder b = base.toBuilder();
    for (Map.Entry<String, Double> e : asc.entrySet()) {
      ModeParams p = base.findModeParams(e.getKey()).orElse(ModeParams.defaults(e.getKey()));
      b.withModeParams(p.toBuilder().withConstant(e.getValue()).build());
    }
    return b.build();
  }

  private static String format(Map<String, Double> shares) {
    StringBuilder sb = new StringBuilder();
    shares.forEach((m, v) -> sb.append(sb.length() == 0 ? "" : " ").append(m).append(' ')
        .append(String.format(java.util.Locale.ROOT, "%.1f%%", 100 * v)));
    return sb.toString();
  }

  /** Averages trip shares and expanded link volumes over the last iterations of a step. */
  private final class Averager implements IterationListener {
    private final Population pop;
    private final int fromIteration;
    private final Map<String, Double> trips = new TreeMap<>();
    private final double[] volumes = new double[net.linkCount() * 24];
    private final List<Map<String, Double>> classTrips = new ArrayList<>();
    private int iterations;

    Averager(Population pop, int fromIteration) {
      this.pop = pop;
      this.fromIteration = fromIteration;
      int classes = s.distanceTargets() == null ? 0 : s.distanceTargets().classCount();
      for (int d = 0; d < classes; d++) {
        classTrips.add(new TreeMap<>());
      }
    }

    @Override
    public List<SimEventSink> sinksFor(int iteration, boolean lastIteration) {
      return List.of();
    }

    @Override
    public void iterationEnded(IterationStats stats, MobsimResult mobsim, LegTable legs, LinkVolumeTable vols,
        Population population, BinnedTravelTimes travelTimes) {
      if (stats.iteration() < fromIteration) {
        return;
      }
      iterations++;
      boolean[] counted = new boolean[pop.size()];
      for (int p = 0; p < pop.size(); p++) {
        counted[p] = s.shareFilter() == null || s.shareFilter().test(pop.get(p));
      }
      for (int r = 0; r < legs.size(); r++) {
        if (counted[legs.person(r)]) {
          trips.merge(legs.modeName(r), 1.0, Double::sum);
          if (!classTrips.isEmpty()) {
            int d = s.distanceTargets().classOf(beeline_m(pop.get(legs.person(r)).selectedPlan(), legs.legIndex(r)));
            if (d >= 0) {
              classTrips.get(d).merge(legs.modeName(r), 1.0, Double::sum);
            }
          }
        }
      }
      for (int r = 0; r < vols.size(); r++) {
        int h = vols.hour(r);
        if (h >= 0 && h < 24 && (s.countModes().isEmpty() || s.countModes().contains(vols.modeName(r)))) {
          volumes[vols.link(r) * 24 + h] += vols.volume(r) / s.sample();
        }
      }
    }

    Map<String, Double> shares() {
      double total = trips.values().stream().mapToDouble(Double::doubleValue).sum();
      Map<String, Double> out = new LinkedHashMap<>();
      trips.forEach((m, n) -> out.put(m, n / total));
      return out;
    }

    /** Beeline between the activities around leg {@code leg} (link midpoints when they have no coordinates). */
    private double beeline_m(de.bochumtwin.core.population.Plan plan, int leg) {
      var a = plan.activity(leg);
      var b = plan.activity(leg + 1);
      double dx = x(a) - x(b);
      double dy = y(a) - y(b);
      return Math.sqrt(dx * dx + dy * dy);
    }

    private double x(de.bochumtwin.core.population.Activity a) {
      int l = a.linkIndex();
      return a.hasCoord() ? a.x_m() : 0.5 * (net.nodeX_m(net.fromNode(l)) + net.nodeX_m(net.toNode(l)));
    }

    private double y(de.bochumtwin.core.population.Activity a) {
      int l = a.linkIndex();
      return a.hasCoord() ? a.y_m() : 0.5 * (net.nodeY_m(net.fromNode(l)) + net.nodeY_m(net.toNode(l)));
    }

    List<Map<String, Double>> classTrips() {
      List<Map<String, Double>> out = new ArrayList<>();
      for (Map<String, Double> m : classTrips) {
        Map<String, Double> c = new TreeMap<>();
        m.forEach((k, v) -> c.put(k, v / Math.max(1, iterations)));
        out.add(Map.copyOf(c));
      }
      return List.copyOf(out);
    }

    double[] volumes() {
      double[] v = volumes.clone();
      for (int i = 0; i < v.length; i++) {
        v[i] /= Math.max(1, iterations);
      }
      return v;
    }
  }
}
