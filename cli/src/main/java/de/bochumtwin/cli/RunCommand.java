package de.bochumtwin.cli;

import de.bochumtwin.cli.configure.CheckpointStore;
import de.bochumtwin.cli.configure.DefaultScenario;
import de.bochumtwin.cli.configure.DefaultScoring;
import de.bochumtwin.cli.configure.EmissionSetup;
import de.bochumtwin.cli.configure.EmissionsExtension;
import de.bochumtwin.cli.configure.RunExtension;
import de.bochumtwin.cli.configure.EvRunExtension;
import de.bochumtwin.cli.configure.MatsimConfigMapper;
import de.bochumtwin.cli.configure.RunConfig;
import de.bochumtwin.cli.configure.RunService;
import de.bochumtwin.cli.configure.Scenario;
import de.bochumtwin.cli.configure.WhatIf;
import de.bochumtwin.core.controller.ControllerSettings;
import de.bochumtwin.core.emissions.EmissionSettings;
import de.bochumtwin.core.emissions.LookupBehavior;
import de.bochumtwin.core.mobsim.MobsimSettings;
import de.bochumtwin.core.network.Network;
import de.bochumtwin.core.population.Person;
import de.bochumtwin.core.population.Population;
import de.bochumtwin.core.population.PopulationSampler;
import de.bochumtwin.core.replanning.ReplanningSettings;
import de.bochumtwin.core.replanning.StrategySettings;
import de.bochumtwin.core.replanning.StrategySettings.Strategy;
import de.bochumtwin.core.scoring.ScoringParameters;
import de.bochumtwin.results.emissions.DistrictArea;
import de.bochumtwin.scenarios.config.ConfigReader;
import de.bochumtwin.scenarios.matsim.NetworkReader;
import de.bochumtwin.scenarios.matsim.PopulationReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code twin run}: runs the co-evolutionary loop on MATSim inputs, a MATSim config, or (without
 * arguments) the bundled default scenario, and writes the run folder (see docs/outputs.md).
 */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Run the agent-based simulation and write Parquet results.",
        "Without arguments: the bundled default scenario into output/<timestamp>."})
final class RunCommand implements Callable<Integer> {
  @Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--network", paramLabel = "FILE", description = "MATSim network (v1/v2, .xml or .xml.gz).")
  Path network;

  @Option(names = "--plans", paramLabel = "FILE", description = "MATSim plans/population (v4/v5/v6, .xml or .xml.gz).")
  Path plans;

  @Option(names = "--matsim-config", paramLabel = "FILE",
      description = "Run a MATSim scenario from its config.xml; unsupported options are listed, not silently ignored.")
  Path matsimConfig;

  @Option(names = "--scenario", paramLabel = "FILE.yaml",
      description = "What-if scenario: measures applied to a copy of the base the file names (docs/whatif.md).")
  Path scenario;

  /** The parsed --scenario file, or null. */
  private de.bochumtwin.scenarios.whatif.ScenarioFile whatIf;
  private WhatIf whatIfExtension;

  @Option(names = "--config", paramLabel = "FILE",
      description = "Our run configuration (MATSim config format, see docs/configuration.md); unknown entries are errors.")
  Path config;

  @Option(names = "--iterations", paramLabel = "N", description = "Number of iterations (default: 1, or as the config says).")
  Integer iterations;

  @Option(names = "--seed", paramLabel = "S", description = "Random seed (default 4711 or the config's global.randomSeed).")
  Long seed;

  @Option(names = "--threads", paramLabel = "T", description = "Threads for routing and replanning (default: all cores).")
  Integer threads;

  @Option(names = "--sample", paramLabel = "F", defaultValue = "1.0",
      description = "Simulate a share F of the persons (0 < F <= 1) with capacities scaled by F (default ${DEFAULT-VALUE}).")
  double sample;

  @Option(names = "--events", description = "Also write the last iteration's events as events.xml.gz.")
  boolean events;

  @Option(names = "--out", paramLabel = "DIR", description = "Output folder (must not exist or be empty).")
  Path out;

  @Option(names = "--checkpoint-interval", paramLabel = "N", defaultValue = "10",
      description = "Save a resumable checkpoint every N iterations (0 = never; default ${DEFAULT-VALUE}).")
  int checkpointInterval;

  @Option(names = "--warm-start-assignment",
      description = "Give car legs initial routes from a static user equilibrium (path-based assignment of the car trips).")
  boolean warmStart;

  @Option(names = "--warm-start-peak-share", paramLabel = "F", defaultValue = "0.1",
      description = "Share of daily car trips assigned as the peak hour in the warm start (default ${DEFAULT-VALUE}).")
  double warmStartPeakShare;

  @Option(names = "--resume", paramLabel = "DIR",
      description = "Continue an interrupted run whose --out was DIR from its last checkpoint; the result equals an uninterrupted run.")
  Path resume;

  @Option(names = "--emissions", description = "Compute warm and cold-start emissions in the last iteration (docs/emissions.md).")
  boolean emissions;

  @Option(names = "--warm-table", paramLabel = "FILE", description = "With --emissions: average warm HBEFA table (default: the bundled open set).")
  Path warmTable;

  @Option(names = "--cold-table", paramLabel = "FILE", description = "With --emissions: average cold-start HBEFA table.")
  Path coldTable;

  @Option(names = "--detailed-warm-table", paramLabel = "FILE", description = "With --emissions: detailed warm HBEFA table.")
  Path detailedWarmTable;

  @Option(names = "--detailed-cold-table", paramLabel = "FILE", description = "With --emissions: detailed cold-start HBEFA table.")
  Path detailedColdTable;

  @Option(names = "--emission-vehicles", paramLabel = "FILE",
      description = "With --emissions: MATSim vehicles file with HBEFA attributes (vehicle id = person id); default: Bochum's register shares.")
  Path emissionVehicles;

  @Option(names = "--fleet-year", paramLabel = "YEAR", description = "With --emissions: year of Bochum's fleet shares (default: the latest).")
  Integer fleetYear;

  @Option(names = "--raster-cell-m", paramLabel = "M", defaultValue = "100",
      description = "With --emissions: side of the emission raster cells in metres (default ${DEFAULT-VALUE}).")
  double rasterCell_m;


  @Option(names = "--airquality", description = "With --emissions: NO2/PM concentrations from the last iteration's link"
      + " emissions at the end of the run (docs/airquality.md).")
  boolean airquality;

  @Option(names = "--airquality-met", paramLabel = "FILE", description = "With --airquality: hourly met CSV (default: a synthetic Bochum year).")
  Path airqualityMet;

  @Option(names = "--airquality-background", paramLabel = "FILE", description = "With --airquality: background CSV (default: Bochum urban background).")
  Path airqualityBackground;

  @Option(names = "--airquality-cell-m", paramLabel = "M", defaultValue = "50",
      description = "With --airquality: receptor grid cell, 0 = stations only (default ${DEFAULT-VALUE}).")
  double airqualityCell_m;

  @Option(names = "--ev-share", paramLabel = "F",
      description = "E-mobility: a share F (0..1) of the car agents drive a BEV (seeded draw per person); plans and"
          + " simulates charging, queues and costs (docs/ev.md).")
  Double evShare;

  @Option(names = "--chargers", paramLabel = "FILE",
      description = "Public chargers for --ev-share: MATSim chargers XML or our CSV (default for the Bochum scenario:"
          + " the bundled Bundesnetzagentur 2019 chargers).")
  Path chargers;

  @Option(names = "--temperature-c", paramLabel = "T",
      description = "Outside temperature in °C for the EVs' auxiliary power (default 10).")
  Double temperatureC;

  @Override
  public Integer call() throws IOException {
    // originalArgs holds the whole command line; keep only this subcommand's options
    List<String> all = spec.commandLine().getParseResult().originalArgs();
    int at = all.indexOf(spec.name());
    List<String> args = new ArrayList<>(at >= 0 ? all.subList(at + 1, all.size()) : all);
    if (resume != null) {
      return resume(args);
    }
    validate();
    readScenarioFile();
    int nThreads = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    Map<String, Path> inputs = new LinkedHashMap<>();
    RunConfig rc;
    Scenario sc;
    boolean isDefault = false;
    if (matsimConfig != null || config != null) {
      Path file = matsimConfig != null ? matsimConfig : config;
      rc = MatsimConfigMapper.map(ConfigReader.read(file), config != null, nThreads);
      inputs.put("config", file);
      Path net = network != null ? network : rc.networkFile();
      Path pl = plans != null ? plans : rc.plansFile();
      sc = load(net, pl, inputs);
      rc = overrides(rc, sc.population(), nThreads);
    } else if (network != null) {
      sc = load(network, plans, inputs);
      rc = overrides(plainConfig(sc.population(), nThreads), sc.population(), nThreads);
    } else {
      isDefault = true;
      sc = whatIf == null ? DefaultScenario.load(seed == null ? 4711 : seed)
          : DefaultScenario.load(seed == null ? 4711 : seed, de.bochumtwin.scenarios.whatif.BochumGrowth.of(
              de.bochumtwin.scenarios.whatif.BochumGrowth.measures(whatIf), de.bochumtwin.scenarios.bochum.BochumScenario.load(),
              de.bochumtwin.scenarios.whatif.MeasureResolver.bochumDistricts()));
      rc = overrides(DefaultScenario.config(sc, nThreads), sc.population(), nThreads);
      if (iterations == null) {
        rc = rc.withController(withIterations(rc.controller(), DefaultScenario.ITERATIONS));
      }
    }
    for (String u : rc.unsupported()) {
      System.err.println("warning: unsupported config option ignored: " + u);
    }
    if (sample < 1.0) {
      Population sampled = PopulationSampler.sample(sc.population(), sample, rc.controller().seed());
      System.err.printf("sample %.3f: %d of %d persons%n", sample, sampled.size(), sc.population().size());
      sc = new Scenario(sc.name(), sc.network(), sampled);
    }
    if (whatIf != null) {
      WhatIf.Applied applied = WhatIf.apply(whatIf, sc, isDefault, demandContext(sc, rc, isDefault),
          rc.controller().seed(), System.err);
      sc = applied.scenario();
      whatIfExtension = applied.extension();
      inputs.put("scenario", scenario);
      rc = withPtChange(rc);
    }
    if (warmStart) {
      warmStart(sc, rc);
    }
    Path target = out != null ? out : Path.of("output", LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
    RunService.Request req = new RunService.Request(sc, rc, sample, events, target, checkpointInterval, args, inputs,
        extensions(sc, rc, inputs.get("network"), isDefault));
    var history = new RunService(System.err, RunCommand::progressBar).run(req, null);
    if (isDefault && !history.isEmpty()) {
      DefaultScenario.printKpis(System.out, sc.population());
    }
    System.out.println("results in " + target.toAbsolutePath());
    return ExitCodes.OK;
  }

  /** What the scenario file's demand-side measures are checked against (zones, EVs, chargers, scoring). */
  private de.bochumtwin.scenarios.whatif.DemandContext demandContext(Scenario sc, RunConfig rc, boolean bochum) {
    List<String> zones = bochum ? de.bochumtwin.scenarios.bochum.BochumScenario.load().zones().stream()
        .map(de.bochumtwin.scenarios.bochum.Zone::id).toList() : List.of();
    de.bochumtwin.core.ev.Chargers known = null;
    if (WhatIf.evShare(whatIf, evShare) != null) {
      try {
        known = EvRunExtension.rawChargers(sc.network(), chargers, bochum);
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
    }
    return new de.bochumtwin.scenarios.whatif.DemandContext(zones, evShare != null, known, rc.controller().scoring());
  }

  private RunConfig withPtChange(RunConfig rc) {
    try {
      return rc.withController(WhatIf.controller(whatIf, rc.controller()));
    } catch (IllegalArgumentException e) {
      throw new UsageException(scenario + ": " + e.getMessage());
    }
  }

  private void warmStart(Scenario sc, RunConfig rc) {
    long t0 = System.nanoTime();
    var settings = new de.bochumtwin.core.assignment.AssignmentSettings(
        de.bochumtwin.core.assignment.AssignmentSettings.Algorithm.PATH_BASED, 1e-4, 200, rc.controller().threads());
    var r = de.bochumtwin.core.assignment.WarmStart.apply(sc.network(), sc.population(), "car", warmStartPeakShare,
        sample < 1 ? sample : rc.controller().mobsim().flowCapacityFactor(), settings, rc.controller().seed());
    System.err.printf("warm start: %d car legs routed on equilibrium paths (%d OD pairs, relative gap %.1e after %d iterations, %.1f s)%n",
        r.legsRouted(), r.odPairs(), r.relativeGap(), r.iterations(), (System.nanoTime() - t0) / 1e9);
  }

  /** Optional models enabled by options: {@code --emissions} and {@code --ev-share}; resolved before the loop starts, so bad input stops early. */
  private List<RunExtension> extensions(Scenario sc, RunConfig rc, Path networkFile, boolean bochum) {
    List<RunExtension> list = new ArrayList<>();
    if (whatIfExtension != null) {
      list.add(whatIfExtension);
    }
    if (!emissions) {
      if (warmTable != null || coldTable != null || detailedWarmTable != null || detailedColdTable != null
          || emissionVehicles != null || fleetYear != null) {
        throw new UsageException("the emission table/fleet options need --emissions");
      }
    } else {
      EmissionSettings settings = EmissionSettings.defaults().withLookupBehavior(
          warmTable != null && detailedWarmTable == null && detailedColdTable == null
              ? LookupBehavior.directlyTryAverageTable : LookupBehavior.tryDetailedThenTechnologyAverageThenAverageTable);
      EmissionSetup.Fleet fleet = EmissionSetup.fleet(emissionVehicles, fleetYear);
      var model = EmissionSetup.model(EmissionSetup.tables(warmTable, detailedWarmTable, coldTable, detailedColdTable),
          settings, fleet, sc.network(), networkFile);
      List<DistrictArea> districts = bochum ? EmissionSetup.bochumDistricts() : List.of();
      list.add(new EmissionsExtension(sc.network(), model, fleet, districts, rasterCell_m, System.err));
      if (airquality) {
        if (!(airqualityCell_m >= 0)) {
          throw new UsageException("--airquality-cell-m must be >= 0, got " + airqualityCell_m);
        }
        boolean stations = de.bochumtwin.scenarios.bochum.BochumScenario.CRS.equals(sc.network().crs()) || bochum;
        list.add(new de.bochumtwin.cli.configure.AirQualityExtension(new de.bochumtwin.cli.configure.AirQualityService.Request(
            airqualityMet, airqualityBackground, airqualityCell_m, 1, 1000, rc.controller().threads(), stations,
            rc.controller().seed()), rc.controller().mobsim().flowCapacityFactor(), System.err));
      }
    }
    if (!airquality && (airqualityMet != null || airqualityBackground != null || airqualityCell_m != 50)) {
      throw new UsageException("--airquality-met, --airquality-background and --airquality-cell-m only apply with"
          + " --airquality; add --airquality (and --emissions) or drop them");
    }
    if (airquality && !emissions) {
      throw new UsageException("--airquality needs --emissions (it disperses the emissions of the last iteration)");
    }
    Double share = whatIf == null ? evShare : WhatIf.evShare(whatIf, evShare);
    if (share == null && (chargers != null || temperatureC != null)) {
      throw new UsageException("--chargers and --temperature-c need --ev-share F (or an ev_share measure in --scenario)");
    }
    if (whatIf != null && evShare != null && !share.equals(evShare)) {
      System.err.printf("ev_share of %s: %.3f instead of --ev-share %.3f%n", scenario, share, evShare);
    }
    if (share != null) {
      try {
        list.add(EvRunExtension.forRun(sc, rc, share, chargers, temperatureC, bochum,
            whatIf == null ? java.util.function.UnaryOperator.identity() : WhatIf.chargers(whatIf, sc, bochum, rc.controller().seed()),
            System.err));
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
    }
    return list;
  }

  private static ProgressBar lastBar;

  private static ProgressBar progressBar(int iteration) {
    if (lastBar != null) {
      lastBar.finish();
    }
    lastBar = ProgressBar.forStderr("iteration " + iteration);
    return lastBar;
  }

  private void validate() {
    if (network != null && plans == null && matsimConfig == null && config == null) {
      throw new UsageException("--network needs --plans (or use --matsim-config FILE)");
    }
    if (plans != null && network == null && matsimConfig == null && config == null) {
      throw new UsageException("--plans needs --network (or use --matsim-config FILE)");
    }
    if (matsimConfig != null && config != null) {
      throw new UsageException("use either --matsim-config or --config, not both");
    }
    if (!(sample > 0 && sample <= 1)) {
      throw new UsageException("--sample must be in (0, 1], got " + sample);
    }
    if (iterations != null && iterations < 1) {
      throw new UsageException("--iterations must be >= 1, got " + iterations);
    }
    if (threads != null && threads < 1) {
      throw new UsageException("--threads must be >= 1, got " + threads);
    }
    if (checkpointInterval < 0) {
      throw new UsageException("--checkpoint-interval must be >= 0, got " + checkpointInterval);
    }
    if (out != null && resume == null && Files.exists(out) && !isEmptyDir(out)) {
      throw new UsageException(out + " exists and is not empty; choose a new --out folder (runs never overwrite results)");
    }
    if (evShare != null && !(evShare >= 0 && evShare <= 1)) {
      throw new UsageException("--ev-share must be in [0, 1], got " + evShare);
    }
    if (evShare == null && scenario == null && (chargers != null || temperatureC != null)) {
      throw new UsageException("--chargers and --temperature-c need --ev-share F");
    }
    for (Path p : new Path[] {network, plans, matsimConfig, config, chargers, scenario}) {
      if (p != null && !Files.isRegularFile(p)) {
        throw new UsageException(p + ": file not found; check the path");
      }
    }
  }

  /** Parses --scenario (all problems at once) and takes its base network/plans, before anything is loaded. */
  private void readScenarioFile() {
    if (scenario == null) {
      return;
    }
    if (network != null || plans != null || matsimConfig != null) {
      throw new UsageException("--scenario names its own base; drop --network, --plans and --matsim-config");
    }
    // lenient: problems of the measures are reported together with those found against the base network
    whatIf = de.bochumtwin.scenarios.whatif.ScenarioFileReader.readLenient(scenario);
    if (!whatIf.baseUsable()) {
      throw new de.bochumtwin.scenarios.whatif.ScenarioFileException(scenario, whatIf.problems());
    }
    if (config != null && whatIf.isBochumDefault()) {
      // a plans base may take our run configuration (e.g. SubtourModeChoice); its network and plans are the file's
      throw new UsageException("--config goes with a scenario file whose base is {network, plans}; base: bochum-default"
          + " has its own settings");
    }
    if (!whatIf.isBochumDefault()) {
      network = whatIf.networkFile();
      plans = whatIf.plansFile();
    }
  }

  private static boolean isEmptyDir(Path p) {
    try (var s = Files.list(p)) {
      return s.findAny().isEmpty();
    } catch (IOException e) {
      return false;
    }
  }

  private static Scenario load(Path net, Path pl, Map<String, Path> inputs) {
    Network n = NetworkReader.read(net);
    Population p = PopulationReader.read(pl, n);
    inputs.put("network", net);
    inputs.put("plans", pl);
    return new Scenario(pl.getFileName().toString(), n, p);
  }

  /** Settings for plain --network/--plans runs: MATSim defaults, ChangeExpBeta 0.9 + ReRoute 0.1. */
  private RunConfig plainConfig(Population pop, int nThreads) {
    ScoringParameters scoring = DefaultScoring.forPopulation(pop);
    ReplanningSettings replanning = ReplanningSettings.defaults().withStrategies(List.of(
            new StrategySettings(Strategy.ChangeExpBeta, 0.9, -1), new StrategySettings(Strategy.ReRoute, 0.1, -1)))
        .withFractionOfIterationsToDisableInnovation(0.8);
    long s = seed == null ? 4711 : seed;
    ControllerSettings cs = new ControllerSettings(0, 0, s, nThreads, MobsimSettings.builder().withSeed(s).build(),
        scoring, replanning, 900);
    return new RunConfig(null, null, cs, List.of(), false);
  }

  /** Applies --iterations, --seed, --sample (capacity factors) and fills scoring for types the config lacks. */
  private RunConfig overrides(RunConfig rc, Population pop, int nThreads) {
    ControllerSettings c = rc.controller();
    long s = seed != null ? seed : c.seed();
    MobsimSettings.Builder mb = c.mobsim().toBuilder().withSeed(s);
    if (sample < 1.0) {
      mb.withFlowCapacityFactor(c.mobsim().flowCapacityFactor() * sample)
          .withStorageCapacityFactor(c.mobsim().storageCapacityFactor() * sample);
    }
    ScoringParameters scoring = c.scoring() != null ? c.scoring() : DefaultScoring.forPopulation(pop);
    Set<String> types = new LinkedHashSet<>();
    Set<String> modes = new LinkedHashSet<>();
    for (Person p : pop.persons()) {
      var plan = p.selectedPlan();
      for (int i = 0; i < plan.activityCount(); i++) {
        types.add(plan.activity(i).type());
      }
      for (int i = 0; i < plan.legCount(); i++) {
        modes.add(plan.leg(i).mode());
      }
    }
    scoring.checkCovers(types, modes);
    ControllerSettings cs = new ControllerSettings(c.firstIteration(), c.lastIteration(), s, threads != null ? nThreads : c.threads(),
        mb.build(), scoring, c.replanning(), c.travelTimeBin_s());
    if (iterations != null) {
      cs = withIterations(cs, iterations);
    }
    return rc.withController(cs);
  }

  private static ControllerSettings withIterations(ControllerSettings c, int n) {
    return new ControllerSettings(c.firstIteration(), c.firstIteration() + n - 1, c.seed(), c.threads(), c.mobsim(),
        c.scoring(), c.replanning(), c.travelTimeBin_s());
  }

  /** Re-parses the interrupted run's command line and continues it from the checkpoint. */
  private Integer resume(List<String> myArgs) throws IOException {
    CheckpointStore store = new CheckpointStore(resume);
    if (!store.exists()) {
      throw new UsageException("no checkpoint for " + resume + " (looked in " + store.dir()
          + "); a run writes one every --checkpoint-interval iterations");
    }
    List<String> original = store.args();
    RunCommand orig = new RunCommand();
    CommandLine cl = new CommandLine(orig);
    cl.parseArgs(original.toArray(new String[0]));
    orig.spec = cl.getCommandSpec();
    orig.resume = resume;
    return orig.continueFrom(store, original);
  }

  private Integer continueFrom(CheckpointStore store, List<String> args) throws IOException {
    validate();
    readScenarioFile();
    int nThreads = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    Map<String, Path> inputs = new LinkedHashMap<>();
    RunConfig rc;
    Network net;
    if (matsimConfig != null || config != null) {
      Path file = matsimConfig != null ? matsimConfig : config;
      rc = MatsimConfigMapper.map(ConfigReader.read(file), config != null, nThreads);
      inputs.put("config", file);
      Path nf = network != null ? network : rc.networkFile();
      net = NetworkReader.read(nf);
      inputs.put("network", nf);
      inputs.put("plans", plans != null ? plans : rc.plansFile());
    } else if (network != null) {
      net = NetworkReader.read(network);
      inputs.put("network", network);
      inputs.put("plans", plans);
      rc = null;
    } else {
      Scenario d = DefaultScenario.load(seed == null ? 4711 : seed);
      net = d.network();
      rc = DefaultScenario.config(d, nThreads);
      if (iterations == null) {
        rc = rc.withController(withIterations(rc.controller(), DefaultScenario.ITERATIONS));
      }
    }
    if (whatIf != null) {
      whatIfExtension = WhatIf.forResume(whatIf, net, network == null);
      net = whatIfExtension.network();
      inputs.put("scenario", scenario);
    }
    Population pop = store.population(net);
    if (rc == null) {
      rc = plainConfig(pop, nThreads);
    }
    rc = overrides(rc, pop, nThreads);
    if (whatIf != null) {
      rc = withPtChange(rc);
    }
    Scenario sc = new Scenario("resumed " + resume.getFileName(), net, pop);
    Path target = out != null ? out : resume;
    boolean bochum = network == null && matsimConfig == null && config == null;
    List<RunExtension> exts = extensions(sc, rc, inputs.get("network"), bochum);
    store.restore(exts);
    RunService.Request req = new RunService.Request(sc, rc, sample, events, target, checkpointInterval, args, inputs, exts);
    RunService.Resume state = new RunService.Resume(store.iteration(), store.travelTimes(net), store.history());
    new RunService(System.err, RunCommand::progressBar).run(req, state);
    System.out.println("results in " + target.toAbsolutePath());
    return ExitCodes.OK;
  }
}
