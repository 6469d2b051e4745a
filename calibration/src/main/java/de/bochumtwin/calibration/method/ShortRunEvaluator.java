package de.bochumtwin.calibration.method;

import de.bochumtwin.core.controller.ControllerSettings;
import de.bochumtwin.core.counts.Counts;
import de.bochumtwin.core.mobsim.MobsimSettings;
import de.bochumtwin.core.network.Network;
import de.bochumtwin.core.population.Person;
import de.bochumtwin.core.population.Population;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The objective of method 3 as a {@link GlobalParameterOptimizer.Evaluator}: one short run of the
 * loop (a one-step {@link CalibrationRunner}) from the pool's selected plans with the parameter values,
 * scored by a {@link CountShareObjective}. Parameters are named:
 *
 * <ul>
 *   <li>{@value #DEMAND_SCALE}: share of the pool simulated, as a factor of the base demand; the
 *       persons are those whose seeded hash of the id lies below {@code scale / maxDemandScale}, so
 *       the sample at 0.8 contains the sample at 0.7;
 *   <li>{@value #CAPACITY_FACTOR}: factor on the mobsim's flow and storage capacity factors (all links);
 *   <li>{@code asc_<mode>}: the mode constant (utils per leg); {@code asc_car+ride} sets the constants
 *       of all modes of a target group to one value (the split inside a group is not targeted).
 * </ul>
 *
 * <p>Every run uses the same seed and keys each person's random draws by its id (not its position
 * in the sampled list), so two neighbouring demand scales simulate the same persons with the same
 * draws except for the few added ones: the objective changes little between them (common random
 * numbers). Parameters not optimised keep their values in {@code fixed} (defaults: scale 1,
 * capacity factor 1, the base scoring's constants). Each evaluation is kept as a {@link Run}; the
 * full result of the best one (with its plans) is kept for writing the calibrated plans.
 */
public final class ShortRunEvaluator implements GlobalParameterOptimizer.Evaluator {
  public static final String DEMAND_SCALE = "demand_scale";
  public static final String CAPACITY_FACTOR = "capacity_factor";
  public static final String CONSTANT_PREFIX = "asc_";

  /**
   * @param iterations loop iterations per run
   * @param averageIterations last iterations whose volumes and shares are averaged
   * @param sample share of the real population the pool at demand scale 1 represents
   * @param maxDemandScale the demand scale the whole pool represents
   * @param shareFilter persons whose trips count for the mode shares (null = all)
   * @param streamsById key random draws by person id (true, the point of this class); false keys them by
   *     position in the sampled list, which only serves to measure how rough the objective then is
   */
  public record Settings(int iterations, int averageIterations, double sample, Set<String> countModes, double maxDemandScale,
      Predicate<Person> shareFilter, CountShareObjective objective, boolean streamsById) {
    /** With person-keyed streams. */
    public Settings(int iterations, int averageIterations, double sample, Set<String> countModes, double maxDemandScale,
        Predicate<Person> shareFilter, CountShareObjective objective) {
      this(iterations, averageIterations, sample, countModes, maxDemandScale, shareFilter, objective, true);
    }
  }

  /** One evaluation: the parameter values (all, by name), its objective and its measurements. */
  public record Run(int index, Map<String, Double> values, double objective, CalibrationRunner.Step step) {}

  private final Network net;
  private final ControllerSettings base;
  private final Population pool;
  private final Counts counts;
  private final ModeSplitTargets targets;
  private final List<String> names;
  private final Map<String, Double> fixed;
  private final Settings s;
  private final List<Run> runs = new ArrayList<>();
  private CalibrationRunner.Result best;
  private double bestObjective = Double.POSITIVE_INFINITY;

  /**
   * @param names the optimised parameters, in the order of the optimizer's vector
   * @param fixed values of parameters that are not optimised (missing: scale 1, capacity factor 1,
   *     constants of the base scoring)
   */
  public ShortRunEvaluator(Network net, ControllerSettings base, Population pool, Counts counts, ModeSplitTargets targets,
      List<String> names, Map<String, Double> fixed, Settings settings) {
    for (String n : names) {
      if (!n.equals(DEMAND_SCALE) && !n.equals(CAPACITY_FACTOR) && !n.startsWith(CONSTANT_PREFIX)) {
        throw new IllegalArgumentException("unknown global parameter '" + n + "'; use " + DEMAND_SCALE + ", "
            + CAPACITY_FACTOR + " or asc_<mode>");
      }
    }
    this.net = net;
    this.base = base;
    this.pool = pool;
    this.counts = counts;
    this.targets = targets;
    this.names = List.copyOf(names);
    this.fixed = Map.copyOf(fixed);
    this.s = settings;
  }

  @Override
  public double objective(double[] x) {
    Map<String, Double> v = new LinkedHashMap<>(fixed);
    for (int i = 0; i < names.size(); i++) {
      v.put(names.get(i), x[i]);
    }
    CalibrationRunner.Result r = run(v);
    CalibrationRunner.Step step = r.last();
    double j = s.objective().of(step.fit(), targets, step.modeShares());
    runs.add(new Run(runs.size(), Map.copyOf(v), j, step));
    if (j < bestObjective) {
      bestObjective = j;
      best = r;
    }
    return j;
  }

  /**
   * One short run with the given values over the fixed ones (parameters in neither at their
   * defaults); not recorded as an evaluation.
   */
  public CalibrationRunner.Result run(Map<String, Double> given) {
    Map<String, Double> values = new HashMap<>(fixed);
    values.putAll(given);
    double scale = values.getOrDefault(DEMAND_SCALE, 1.0);
    double capacity = values.getOrDefault(CAPACITY_FACTOR, 1.0);
    Map<String, Double> asc = new HashMap<>();
    base.scoring().modeParams().forEach((m, p) -> asc.put(m, p.constant()));
    values.forEach((k, val) -> {
      if (k.startsWith(CONSTANT_PREFIX)) {
        for (String m : k.substring(CONSTANT_PREFIX.length()).split("\\+")) {
          asc.put(m, val);
        }
      }
    });
    MobsimSettings ms = base.mobsim().toBuilder().withFlowCapacityFactor(base.mobsim().flowCapacityFactor() * capacity)
        .withStorageCapacityFactor(base.mobsim().storageCapacityFactor() * capacity).build();
    ControllerSettings cs = new ControllerSettings(0, 0, base.seed(), base.threads(), ms,
        CalibrationRunner.withConstants(base.scoring(), asc), base.replanning(), base.travelTimeBin_s());
    CalibrationRunner.Settings run = new CalibrationRunner.Settings(1, s.iterations(), s.averageIterations(), s.sample(),
        s.countModes(), targets, ModeConstantCalibrator.Settings.defaults(), false, Math.min(scale, s.maxDemandScale()),
        s.maxDemandScale(), 1.0, s.shareFilter());
    return new CalibrationRunner(net, cs, run, counts, new PrintStream(OutputStream.nullOutputStream()), s.streamsById())
        .run(selectedPlansCopy(pool));
  }

  /** The evaluations so far, in order. */
  public List<Run> runs() {
    return List.copyOf(runs);
  }

  /** The full result (steps, scoring, plans) of the best evaluation so far; null before the first. */
  public CalibrationRunner.Result bestResult() {
    return best;
  }

  /** The persons of {@code pool} with only their selected plan (a run changes plans and scores). */
  public static Population selectedPlansCopy(Population pool) {
    Population p = new Population();
    p.attributes().putAll(pool.attributes());
    for (Person src : pool.persons()) {
      Person c = Person.of(src.id(), src.attributes());
      c.addPlan(src.selectedPlan(), true);
      p.add(c);
    }
    return p;
  }
}
