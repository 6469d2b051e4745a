package de.bochumtwin.cli;

import de.bochumtwin.calibration.feeds.CountsCsvReader;
import de.bochumtwin.calibration.feeds.CountsV2Reader;
import de.bochumtwin.calibration.feeds.FeedIssue;
import de.bochumtwin.calibration.feeds.HourlyCounts;
import de.bochumtwin.calibration.feeds.SensorFeed;
import de.bochumtwin.calibration.feeds.SensorThingsReader;
import de.bochumtwin.calibration.matching.MatchReport;
import de.bochumtwin.calibration.matching.SensorMatcher;
import de.bochumtwin.calibration.method.CalibrationRunner;
import de.bochumtwin.calibration.method.CountShareObjective;
import de.bochumtwin.calibration.method.DistanceClassTargets;
import de.bochumtwin.calibration.method.GlobalParameterOptimizer;
import de.bochumtwin.calibration.method.KFoldCalibration;
import de.bochumtwin.calibration.method.ModeConstantCalibrator;
import de.bochumtwin.calibration.method.ModeSplitTargets;
import de.bochumtwin.calibration.method.PlanCountCorrection;
import de.bochumtwin.calibration.method.ShortRunEvaluator;
import de.bochumtwin.calibration.report.CalibrationReport;
import de.bochumtwin.calibration.report.OptimizerReport;
import de.bochumtwin.cli.configure.DefaultScoring;
import de.bochumtwin.core.controller.ControllerSettings;
import de.bochumtwin.core.counts.Counts;
import de.bochumtwin.core.mobsim.MobsimSettings;
import de.bochumtwin.core.mobsim.TeleportedModeParams;
import de.bochumtwin.core.network.Network;
import de.bochumtwin.core.population.Population;
import de.bochumtwin.core.replanning.ReplanningSettings;
import de.bochumtwin.core.replanning.StrategySettings;
import de.bochumtwin.core.replanning.StrategySettings.Strategy;
import de.bochumtwin.scenarios.bochum.BochumPopulationGenerator;
import de.bochumtwin.scenarios.bochum.BochumScenario;
import de.bochumtwin.scenarios.matsim.CountsReader;
import de.bochumtwin.scenarios.matsim.NetworkReader;
import de.bochumtwin.scenarios.matsim.PopulationReader;
import de.bochumtwin.scenarios.matsim.PopulationWriter;
import de.bochumtwin.scenarios.osm.TransverseMercator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code twin calibrate}: fits mode constants to a modal split and (optionally) the demand scale to
 * counts in steps of short runs, and writes the calibrated parameters, the calibrated plans and a
 * fit report (docs/calibration.md). Without {@code --network/--plans} it calibrates the bundled
 * Bochum scenario; then the mode shares are those of the residents (SrV counts residents only).
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Calibrate mode constants to a modal split and the demand scale to counts; writes parameters, plans and a fit report."})
public final class CalibrateCommand implements Callable<Integer> {
  @Option(names = "--scenario", paramLabel = "NAME", defaultValue = "bochum",
      description = "bochum (bundled, default) or matsim (needs --network and --plans).")
  String scenario;

  @Option(names = "--network", paramLabel = "FILE", description = "MATSim network (with --scenario matsim).")
  Path network;

  @Option(names = "--plans", paramLabel = "FILE", description = "MATSim plans (with --scenario matsim).")
  Path plans;

  @Option(names = "--sample", paramLabel = "F", defaultValue = "0.01", description = "Population sample (bochum: generated at this share; default 0.01).")
  double sample;

  @Option(names = "--counts", paramLabel = "FILE|URL",
      description = "Counts: .csv (station_id,start,end,value,...), MATSim counts v1 or v2 .xml, or SensorThings (http(s) root URL or saved .json Things page).")
  String counts;

  @Option(names = "--targets", paramLabel = "FILE", description = "Modal split targets: CSV 'mode,share' (percent or fractions; groups as car+ride).")
  Path targets;

  @Option(names = "--distance-targets", paramLabel = "FILE",
      description = "Mode shares per beeline-distance class: CSV 'min_m,max_m,<mode>,...' (as scenarios/bochum/mode-by-distance.csv); replaces --targets in the constant fit.")
  Path distanceTargets;

  @Option(names = "--vehicle-class", paramLabel = "CLASS[,CLASS]", split = ",",
      description = "Vehicle classes of the counts to fit against (CSV vehicle_class, counts v2 mode, SensorThings vehicleClass), e.g. car or car,truck; default all. The simulated volumes compared are then those of the network modes of the same names (default car).")
  List<String> vehicleClasses;

  @Option(names = "--plan-correction", paramLabel = "STRENGTH", defaultValue = "0",
      description = "Counts-based plan-choice correction during the loop (Cadyts-like), utils per standardised residual; 0 = off (default).")
  double planCorrection;

  @Option(names = "--kfold-rerun", description = "Re-run the whole calibration once per hold-out fold (--folds) and report the fit at the held-out stations.")
  boolean kfoldRerun;

  @Option(names = "--reference-mode", paramLabel = "MODE", defaultValue = "walk", description = "Mode whose constant stays fixed (default walk).")
  String referenceMode;

  @Option(names = "--fit-demand", description = "Also fit the demand scale to the counted totals.")
  boolean fitDemand;

  @Option(names = "--optimize", paramLabel = "P[,P]", split = ",",
      description = "Method 3: fit global parameters by a derivative-free optimizer over short runs instead of the step-wise update: "
          + "demand_scale, capacity_factor, constants (one per target group, e.g. asc_car+ride; not the reference mode's group).")
  List<String> optimize;

  @Option(names = "--optimizer", paramLabel = "NAME", defaultValue = "bobyqa", description = "bobyqa (needs >= 2 parameters, default) or cmaes.")
  String optimizer;

  @Option(names = "--budget", paramLabel = "N", defaultValue = "20", description = "Most short runs of the optimizer (default 20).")
  int budget;

  @Option(names = "--scale-bounds", paramLabel = "LO,HI", split = ",", defaultValue = "0.5,1.5", description = "Bounds of demand_scale (default 0.5,1.5; HI at most --pool-scale).")
  double[] scaleBounds;

  @Option(names = "--capacity-bounds", paramLabel = "LO,HI", split = ",", defaultValue = "0.5,2.0", description = "Bounds of capacity_factor (default 0.5,2.0).")
  double[] capacityBounds;

  @Option(names = "--constant-bounds", paramLabel = "LO,HI", split = ",", defaultValue = "-3,3", description = "Bounds of each mode constant in utils (default -3,3).")
  double[] constantBounds;

  @Option(names = "--initial-scale", paramLabel = "F", defaultValue = "1.0", description = "Start value of the demand scale (default 1.0).")
  double initialScale;

  @Option(names = "--pool-scale", paramLabel = "F", defaultValue = "1.0",
      description = "With --scenario matsim: the demand scale the plans file represents (e.g. 1.5 for a pool of 1.5 x the base demand; default 1).")
  double poolScale;

  @Option(names = "--steps", paramLabel = "N", defaultValue = "8", description = "Calibration steps (short runs), default 8.")
  int steps;

  @Option(names = "--iterations", paramLabel = "N", defaultValue = "10", description = "Loop iterations per step, default 10.")
  int iterations;

  @Option(names = "--learning-rate", paramLabel = "LR", defaultValue = "1.0", description = "Step size of the constant update, default 1.0.")
  double learningRate;

  @Option(names = "--max-step", paramLabel = "UTILS", defaultValue = "2.0", description = "Largest change of a constant per step (damping), default 2.0.")
  double maxStep;

  @Option(names = "--folds", paramLabel = "K", defaultValue = "5", description = "k of the hold-out by station in the report (0 = none).")
  int folds;

  @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "Europe/Berlin", description = "Time zone of local count hours.")
  String zone;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "4711")
  long seed;

  @Option(names = "--threads", paramLabel = "T", description = "Threads for routing and replanning (default: all cores).")
  Integer threads;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output folder.")
  Path out;

  @Override
  public Integer call() throws Exception {
    if (targets == null && distanceTargets == null && counts == null) {
      throw new UsageException("give --targets, --distance-targets, --counts or more of them");
    }
    if ((planCorrection != 0 || kfoldRerun) && counts == null) {
      throw new UsageException("--plan-correction and --kfold-rerun need --counts");
    }
    if (kfoldRerun && folds < 2) {
      throw new UsageException("--kfold-rerun needs --folds >= 2");
    }
    if (fitDemand && counts == null) {
      throw new UsageException("--fit-demand needs --counts");
    }
    boolean method3 = optimize != null && !optimize.isEmpty();
    if (method3 && (fitDemand || planCorrection != 0 || kfoldRerun || distanceTargets != null)) {
      throw new UsageException("--optimize replaces the step-wise fit: drop --fit-demand, --plan-correction, --kfold-rerun and --distance-targets");
    }
    if (method3 && (budget < 3 || !(poolScale >= 1) || !(initialScale > 0 && initialScale <= poolScale))) {
      throw new UsageException("--optimize needs --budget >= 3, --pool-scale >= 1 and 0 < --initial-scale <= --pool-scale");
    }
    if (steps < 1 || iterations < 2 || !(sample > 0 && sample <= 1)) {
      throw new UsageException("need --steps >= 1, --iterations >= 2 and --sample in (0, 1]");
    }
    int nThreads = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    Network net;
    Population pop;
    boolean bochum = scenario.equals("bochum");
    // the demand scale can grow up to the pool: for Bochum a pool of 1.5 x the sample is generated
    double maxScale = 1.0;
    if (bochum) {
      BochumScenario b = BochumScenario.load();
      net = b.network();
      boolean scaled = fitDemand || method3 && optimize.contains(ShortRunEvaluator.DEMAND_SCALE);
      double poolShare = scaled ? Math.min(1.0, 1.5 * sample) : sample;
      maxScale = poolShare / sample;
      pop = BochumPopulationGenerator.generate(b, poolShare, seed);
    } else if (scenario.equals("matsim") && network != null && plans != null) {
      net = NetworkReader.read(network);
      pop = PopulationReader.read(plans, net);
      maxScale = poolScale;
    } else {
      throw new UsageException("--scenario must be bochum, or matsim with --network and --plans");
    }
    ModeSplitTargets t = targets == null ? null : ModeSplitTargets.read(targets).withReference(referenceMode);
    DistanceClassTargets dt = distanceTargets == null ? null : DistanceClassTargets.read(distanceTargets, referenceMode);
    List<String> choice = new ArrayList<>(t != null ? t.modes() : dt != null ? dt.targets(0).modes() : List.of());
    ControllerSettings cs = controllerSettings(choice, pop, seed, nThreads, bochum ? sample : 1.0);

    MatchReport matches = null;
    List<FeedIssue> issues = new ArrayList<>();
    Counts c = null;
    if (counts != null) {
      CountsInput in = readCounts(net);
      matches = in.matches();
      issues = in.issues();
      c = in.counts();
      System.out.printf("counts: %d stations matched to links, %d unmatched/ambiguous, %d feed issues%n", c.size(),
          matches == null ? 0 : matches.problems().size(), issues.size());
    }
    // the simulated volumes compared are those of the network modes named like the selected classes
    Set<String> countModes = vehicleClasses == null || vehicleClasses.isEmpty() ? Set.of("car") : Set.copyOf(vehicleClasses);
    if (method3) {
      return optimizeGlobal(net, pop, cs, t, c, matches, issues, countModes, bochum, maxScale);
    }
    CalibrationRunner.Settings s = new CalibrationRunner.Settings(steps, iterations, Math.max(1, iterations / 4),
        bochum ? sample : 1.0, countModes, t, new ModeConstantCalibrator.Settings(learningRate, maxStep), fitDemand,
        1.0, maxScale, 0.5,
        bochum ? p -> !"commuter".equals(p.attributes().get("subpopulation")) : null)
        .withDistanceTargets(dt).withPlanCorrection(planCorrection > 0 ? PlanCountCorrection.Settings.withStrength(planCorrection) : null);
    CalibrationRunner.Result r = new CalibrationRunner(net, cs, s, c, System.out).run(pop);
    Files.createDirectories(out);
    CalibrationReport.write(out, r, new CalibrationReport.Inputs(net, t, matches, issues, c == null ? 0 : folds, seed));
    if (dt != null) {
      CalibrationReport.appendDistanceClasses(out, r, dt);
    }
    if (kfoldRerun) {
      double poolShare = sample * maxScale;
      Supplier<Population> fresh = bochum
          ? () -> BochumPopulationGenerator.generate(BochumScenario.load(), poolShare, seed)
          : () -> PopulationReader.read(plans, net);
      CalibrationReport.appendRerunFolds(out, KFoldCalibration.run(net, cs, s, c, folds, seed, fresh, System.out));
    }
    PopulationWriter.write(r.population(), net, out.resolve("calibrated_plans.xml.gz"));
    System.out.println("wrote " + out.resolve("calibration_report.md"));
    return 0;
  }

  /**
   * The loop settings of the calibration runs: mode choice among {@code choiceModes} (none: route
   * choice only), MATSim's default scoring for the population, capacities scaled to {@code mobsimSample}.
   */
  static ControllerSettings controllerSettings(List<String> choiceModes, Population pop, long seed, int threads, double mobsimSample) {
    ReplanningSettings replanning = ReplanningSettings.defaults().withStrategies(choiceModes.isEmpty()
            ? List.of(new StrategySettings(Strategy.ChangeExpBeta, 0.85, -1), new StrategySettings(Strategy.ReRoute, 0.15, -1))
            : List.of(new StrategySettings(Strategy.ChangeExpBeta, 0.6, -1), new StrategySettings(Strategy.SubtourModeChoice, 0.25, -1),
                new StrategySettings(Strategy.ReRoute, 0.15, -1)))
        .withSubtourModes(choiceModes.isEmpty() ? List.of("car", "pt") : choiceModes).withFractionOfIterationsToDisableInnovation(0.8);
    MobsimSettings mobsim = MobsimSettings.builder().withSeed(seed).withSample(mobsimSample)
        .withTeleportedMode("ride", new TeleportedModeParams(30 / 3.6, 1.3)).build();
    return new ControllerSettings(0, 0, seed, threads, mobsim, DefaultScoring.forPopulation(pop), replanning, 900);
  }

  /** Method 3: the optimizer over short runs; writes the report, optimizer_steps.csv and the best run's plans. */
  private int optimizeGlobal(Network net, Population pop, ControllerSettings cs, ModeSplitTargets t, Counts c, MatchReport matches,
      List<FeedIssue> issues, Set<String> countModes, boolean bochum, double maxScale) throws java.io.IOException {
    GlobalParameterOptimizer.Method method = switch (optimizer.toLowerCase(java.util.Locale.ROOT)) {
      case "bobyqa" -> GlobalParameterOptimizer.Method.BOBYQA;
      case "cmaes", "cma-es" -> GlobalParameterOptimizer.Method.CMAES;
      default -> throw new UsageException("--optimizer must be bobyqa or cmaes, got '" + optimizer + "'");
    };
    List<GlobalParameterOptimizer.Parameter> params = new ArrayList<>();
    for (String name : optimize) {
      switch (name.trim()) {
        case ShortRunEvaluator.DEMAND_SCALE -> {
          double lo = bound(scaleBounds, 0, "--scale-bounds");
          double hi = Math.min(maxScale, bound(scaleBounds, 1, "--scale-bounds"));
          if (!(initialScale >= lo && initialScale <= hi && lo < hi)) {
            throw new UsageException("--initial-scale " + initialScale + " must lie in --scale-bounds [" + lo + ", " + hi
                + "] (the upper bound is capped at the pool's scale " + maxScale + ")");
          }
          params.add(new GlobalParameterOptimizer.Parameter(name.trim(), lo, hi, initialScale));
        }
        case ShortRunEvaluator.CAPACITY_FACTOR -> {
          double lo = bound(capacityBounds, 0, "--capacity-bounds");
          double hi = bound(capacityBounds, 1, "--capacity-bounds");
          params.add(new GlobalParameterOptimizer.Parameter(name.trim(), lo, hi, Math.max(lo, Math.min(hi, 1.0))));
        }
        case "constants" -> {
          if (t == null) {
            throw new UsageException("--optimize constants needs --targets (the modes and their shares)");
          }
          // one constant per target group (car+ride move together), the reference group stays fixed
          for (ModeSplitTargets.Group g : t.groups()) {
            if (!g.modes().contains(referenceMode)) {
              double lo = bound(constantBounds, 0, "--constant-bounds");
              double hi = bound(constantBounds, 1, "--constant-bounds");
              String first = g.modes().iterator().next();
              double start = cs.scoring().findModeParams(first).map(p -> p.constant()).orElse(0.0);
              params.add(new GlobalParameterOptimizer.Parameter(ShortRunEvaluator.CONSTANT_PREFIX + g.label(), lo, hi,
                  Math.max(lo, Math.min(hi, start))));
            }
          }
        }
        default -> throw new UsageException("--optimize: unknown parameter '" + name + "'; use demand_scale, capacity_factor or constants");
      }
    }
    if (params.isEmpty() || method == GlobalParameterOptimizer.Method.BOBYQA && params.size() < 2) {
      throw new UsageException("--optimizer bobyqa needs at least two parameters; use --optimizer cmaes for one");
    }
    if (c == null && t == null) {
      throw new UsageException("--optimize needs --counts or --targets to measure the fit");
    }
    List<String> names = params.stream().map(GlobalParameterOptimizer.Parameter::name).toList();
    ShortRunEvaluator f = new ShortRunEvaluator(net, cs, pop, c, t, names, Map.of(), new ShortRunEvaluator.Settings(iterations,
        Math.max(1, iterations / 4), bochum ? sample : 1.0, countModes, maxScale,
        bochum ? p -> !"commuter".equals(p.attributes().get("subpopulation")) : null,
        new CountShareObjective(c == null ? 0 : 1, t == null ? 0 : 1)));
    GlobalParameterOptimizer.Settings os = new GlobalParameterOptimizer.Settings(method, budget, seed, 0.2, 0.01);
    GlobalParameterOptimizer.Result r = new GlobalParameterOptimizer(os).minimize(params, x -> {
      double j = f.objective(x);
      System.out.printf(java.util.Locale.ROOT, "optimizer run %d: %s -> %.4f%n", f.runs().size() - 1, java.util.Arrays.toString(x), j);
      return j;
    });
    CalibrationRunner.Result best = OptimizerReport.result(f);
    Files.createDirectories(out);
    CalibrationReport.write(out, best, new CalibrationReport.Inputs(net, t, matches, issues, c == null ? 0 : folds, seed));
    OptimizerReport.append(out, os, r, f);
    PopulationWriter.write(best.population(), net, out.resolve("calibrated_plans.xml.gz"));
    System.out.println("best run " + r.best() + "; wrote " + out.resolve("calibration_report.md"));
    return 0;
  }

  private static double bound(double[] b, int i, String option) {
    if (b == null || b.length != 2 || !(b[0] < b[1])) {
      throw new UsageException(option + " needs two numbers LO,HI with LO < HI");
    }
    return b[i];
  }

  private record CountsInput(Counts counts, MatchReport matches, List<FeedIssue> issues) {}

  private CountsInput readCounts(Network net) {
    boolean xml = counts.endsWith(".xml") || counts.endsWith(".xml.gz");
    if (xml && !CountsV2Reader.isV2(Path.of(counts))) {
      if (vehicleClasses != null && !vehicleClasses.isEmpty()) {
        throw new UsageException("--vehicle-class: MATSim counts v1 (" + counts + ") have no vehicle classes; drop the option or use counts v2/CSV");
      }
      return new CountsInput(CountsReader.read(Path.of(counts), net), null, List.of());
    }
    ZoneId z = ZoneId.of(zone);
    SensorFeed feed;
    if (xml) {
      feed = CountsV2Reader.read(Path.of(counts), z);
    } else if (counts.endsWith(".csv")) {
      feed = CountsCsvReader.read(Path.of(counts), z);
    } else {
      TransverseMercator tm = TransverseMercator.forCrs(net.crs() == null ? BochumScenario.CRS : net.crs());
      feed = new SensorThingsReader((lon, lat, o) -> tm.project(lat, lon, o), z).read(counts);
    }
    HourlyCounts hourly = feed.hourly(z, vehicleClasses == null ? Set.of() : Set.copyOf(vehicleClasses));
    MatchReport m = new SensorMatcher(net, SensorMatcher.Settings.defaults()).match(feed.stations().values());
    List<FeedIssue> issues = new ArrayList<>(feed.issues());
    issues.addAll(hourly.issues());
    return new CountsInput(m.toCounts(hourly, feed.source()), m, issues);
  }
}
