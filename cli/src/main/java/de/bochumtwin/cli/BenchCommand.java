package de.bochumtwin.cli;

import de.bochumtwin.cli.configure.EmissionSetup;
import de.bochumtwin.core.emissions.EmissionHandler;
import de.bochumtwin.core.emissions.EmissionModel;
import de.bochumtwin.core.emissions.EmissionSettings;
import de.bochumtwin.core.emissions.LookupBehavior;
import de.bochumtwin.core.events.EventSinks;
import de.bochumtwin.core.events.EventTypeCounter;
import de.bochumtwin.core.mobsim.MobsimProgress;
import de.bochumtwin.core.mobsim.MobsimResult;
import de.bochumtwin.core.mobsim.MobsimSettings;
import de.bochumtwin.core.mobsim.QueueSimulation;
import de.bochumtwin.scenarios.hbefa.DefaultEmissionFactors;
import de.bochumtwin.scenarios.synthetic.SyntheticCity;
import de.bochumtwin.scenarios.synthetic.SyntheticCitySpec;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code twin bench}: the end-to-end mobsim benchmark on the seeded synthetic city. Prints agents,
 * link events, mobsim wall time, link events per second and peak heap. Numbers go into
 * docs/performance.md together with the machine and the command.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Benchmark the mobsim on a reproducible synthetic city (default 100,000 agents).")
final class BenchCommand implements Callable<Integer> {
  @Option(names = "--agents", defaultValue = "100000", description = "Agents (default ${DEFAULT-VALUE}).")
  int agents;

  @Option(names = "--grid", defaultValue = "0", description = "Nodes per side of the grid (0 = the generator's default).")
  int grid;

  @Option(names = "--seed", defaultValue = "4711", description = "Seed of the city generator and the mobsim (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--repeat", defaultValue = "5", description = "Mobsim runs; the median is reported (default ${DEFAULT-VALUE}).")
  int repeat;

  @Option(names = "--loop", description = "Also run two loop iterations (the second with replanning) and print the time per phase.")
  boolean loop;

  @Option(names = "--threads", defaultValue = "0", description = "Threads for routing and replanning in --loop (0 = all cores).")
  int threads;

  @Option(names = "--emissions", description = "Also measure the emission handler's overhead: bare mobsim vs mobsim"
      + " + emission handler (bundled factor set, Bochum fleet shares), alternating, medians of --repeat runs each.")
  boolean emissions;

  @Option(names = "--ev-share", paramLabel = "F",
      description = "Also time the mobsim with the EV model (planner + charging handler) for a share F of the car agents.")
  Double evShare;

  /** Median extra mobsim seconds of the EV model (planner + handler), NaN without --ev-share. */
  private double evExtra_s = Double.NaN;

  @Override
  public Integer call() {
    if (agents < 1 || repeat < 1) {
      throw new IllegalArgumentException("--agents and --repeat must be >= 1");
    }
    SyntheticCitySpec.Builder spec = SyntheticCitySpec.defaults().toBuilder().withAgents(agents);
    if (grid > 0) {
      spec.withGridSize(grid);
    }
    long t0 = System.nanoTime();
    SyntheticCity city = SyntheticCity.generate(spec.build(), seed);
    double gen_s = (System.nanoTime() - t0) / 1e9;
    System.out.printf("synthetic city: %d nodes, %d links, %d agents, generated in %.2f s%n",
        city.network().nodeCount(), city.network().linkCount(), city.population().size(), gen_s);
    MobsimSettings settings = MobsimSettings.builder().withSeed(seed).build();
    QueueSimulation sim = new QueueSimulation(city.network(), settings);
    double[] wall = new double[repeat];
    MobsimResult result = null;
    long linkEvents = 0;
    for (int r = 0; r < repeat; r++) {
      EventTypeCounter counter = new EventTypeCounter();
      long s = System.nanoTime();
      result = sim.run(city.population(), counter, MobsimProgress.NONE);
      wall[r] = (System.nanoTime() - s) / 1e9;
      linkEvents = counter.linkEvents();
      System.out.printf("run %d: %.3f s, %,d link events, %.2f M link events/s%n", r + 1, wall[r], linkEvents,
          linkEvents / wall[r] / 1e6);
    }
    double[] sorted = wall.clone();
    Arrays.sort(sorted);
    double median = sorted[repeat / 2];
    System.out.println("agents              " + result.agents());
    System.out.println("departures          " + result.departures());
    System.out.println("arrivals            " + result.arrivals());
    System.out.println("stuck               " + result.stuckAborted() + " aborted, " + result.stuckForcedMoves() + " forced moves");
    System.out.println("link events         " + linkEvents);
    System.out.printf("mobsim wall time    %.3f s (median of %d)%n", median, repeat);
    System.out.printf("link events/s       %.2f million (one thread)%n", linkEvents / median / 1e6);
    System.out.printf("simulated           %s to %s%n", de.bochumtwin.core.population.Time.format(result.simStartTime_s()),
        de.bochumtwin.core.population.Time.format(result.simEndTime_s()));
    System.out.printf("peak heap           %.0f MB%n", peakHeapBytes() / 1e6);
    if (evShare != null) {
      evBenchmark(city, sim, median);
    }
    if (loop) {
      loopBenchmark(city, median);
    }
    if (emissions) {
      emissionBenchmark(city, sim);
    }
    return ExitCodes.OK;
  }

  /**
   * Three iterations of the full loop (ChangeExpBeta 0.8, ReRoute 0.1, TimeAllocationMutator 0.1): the
   * third one (reported) replans, re-routes, simulates and scores. Scoring runs online as an event handler
   * inside the mobsim, so its cost is the mobsim time with handlers minus the bare mobsim time above.
   */
  private void loopBenchmark(SyntheticCity city, double bareMobsim_s) {
    int t = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    var replanning = de.bochumtwin.core.replanning.ReplanningSettings.defaults().withStrategies(java.util.List.of(
        new de.bochumtwin.core.replanning.StrategySettings(de.bochumtwin.core.replanning.StrategySettings.Strategy.ChangeExpBeta, 0.8, -1),
        new de.bochumtwin.core.replanning.StrategySettings(de.bochumtwin.core.replanning.StrategySettings.Strategy.ReRoute, 0.1, -1),
        new de.bochumtwin.core.replanning.StrategySettings(de.bochumtwin.core.replanning.StrategySettings.Strategy.TimeAllocationMutator, 0.1, -1)));
    var cs = new de.bochumtwin.core.controller.ControllerSettings(0, 2, seed, t, MobsimSettings.builder().withSeed(seed).build(),
        de.bochumtwin.cli.configure.DefaultScoring.forPopulation(city.population()), replanning, 900);
    var stats = new de.bochumtwin.core.controller.Controller(city.network(), cs)
        .run(city.population(), new de.bochumtwin.core.controller.IterationListener() {}, MobsimProgress.NONE);
    var it = stats.get(2); // the third iteration: JIT-compiled, replanning on observed travel times
    // the scoring handler's own cost: bare mobsim vs mobsim + Charypar-Nagel scoring, alternating, medians
    var sim = new QueueSimulation(city.network(), MobsimSettings.builder().withSeed(seed).build());
    var scoringParams = cs.scoring();
    double[] bare = new double[repeat];
    double[] scored = new double[repeat];
    for (int r = 0; r < repeat; r++) {
      long s0 = System.nanoTime();
      sim.run(city.population(), new de.bochumtwin.core.events.SimEventSink() {}, MobsimProgress.NONE);
      bare[r] = (System.nanoTime() - s0) / 1e9;
      long s1 = System.nanoTime();
      sim.run(city.population(), new de.bochumtwin.core.scoring.EventsScoring(scoringParams, city.network(),
          city.population().size()), MobsimProgress.NONE);
      scored[r] = (System.nanoTime() - s1) / 1e9;
    }
    Arrays.sort(bare);
    Arrays.sort(scored);
    double scoringHandler = Math.max(0, scored[repeat / 2] - bare[repeat / 2]);
    double handlers = Math.max(0, it.mobsim_s() - bareMobsim_s);
    double total = it.iteration_s();
    System.out.printf("loop iteration 2 (%d threads):%n", t);
    System.out.printf("  replanning        %7.3f s  %5.1f %%  (selection, ReRoute, TimeAllocationMutator)%n", it.replanning_s(), 100 * it.replanning_s() / total);
    System.out.printf("  routing           %7.3f s  %5.1f %%  (legs without a route)%n", it.routing_s(), 100 * it.routing_s() / total);
    System.out.printf("  mobsim            %7.3f s  %5.1f %%  (bare mobsim %.3f s + online handlers %.3f s;%n", it.mobsim_s(),
        100 * it.mobsim_s() / total, bareMobsim_s, handlers);
    System.out.printf("                                      of the handlers, scoring alone %.3f s: median of %d bare/scored pairs)%n",
        scoringHandler, repeat);
    System.out.printf("  scoring/stats     %7.3f s  %5.1f %%%n", it.scoring_s(), 100 * it.scoring_s() / total);
    System.out.printf("  replanning + scoring (online scoring handler + finishing): %.1f %% of the iteration%n",
        100 * (it.replanning_s() + it.scoring_s() + scoringHandler) / total);
    if (!Double.isNaN(evExtra_s)) {
      System.out.printf("  EV model (--ev-share %.3f): +%.3f s = %+.1f %% of this iteration%n", evShare, evExtra_s,
          100 * evExtra_s / total);
    }
  }

  /**
   * The mobsim with and without the EV model, {@code repeat} runs each, alternating; the EV time includes
   * the charging planner (it runs before every mobsim in {@code twin run}). Chargers: one public charger
   * per 20 car links (22 kW, 2 plugs), every 100th link a fast one (150 kW, 4 plugs), at link midpoints.
   */
  private void evBenchmark(SyntheticCity city, QueueSimulation sim, double bareMedian_s) {
    var net = city.network();
    var b = de.bochumtwin.core.ev.Chargers.builder();
    int carBit = net.modes().bit("car");
    for (int l = 0; l < net.linkCount(); l++) {
      if (l % 20 != 0 || !net.allowsMode(l, carBit)) {
        continue;
      }
      boolean fast = l % 100 == 0;
      double x = 0.5 * (net.nodeX_m(net.fromNode(l)) + net.nodeX_m(net.toNode(l)));
      double y = 0.5 * (net.nodeY_m(net.fromNode(l)) + net.nodeY_m(net.toNode(l)));
      b.add("c" + l, l, x, y, fast ? 150 : 22, fast ? 4 : 2, null, "bench", true);
    }
    var chargers = b.build();
    var settings = de.bochumtwin.core.ev.EvSettings.defaults();
    var fleet = de.bochumtwin.cli.configure.EvRunExtension.drawFleet(city.population(), evShare, settings, seed);
    var planner = new de.bochumtwin.core.ev.ChargingPlanner(net, chargers, settings);
    double[] bare = new double[repeat];
    double[] ev = new double[repeat];
    double[] plan = new double[repeat];
    double[] bareCpu = new double[repeat];
    double[] evCpu = new double[repeat];
    var threadMx = ManagementFactory.getThreadMXBean();
    de.bochumtwin.core.ev.EvRunResult last = null;
    for (int r = 0; r < repeat; r++) {
      long c = threadMx.getCurrentThreadCpuTime();
      long s = System.nanoTime();
      sim.run(city.population(), new EventTypeCounter(), MobsimProgress.NONE);
      bare[r] = (System.nanoTime() - s) / 1e9;
      bareCpu[r] = (threadMx.getCurrentThreadCpuTime() - c) / 1e9;
      c = threadMx.getCurrentThreadCpuTime();
      s = System.nanoTime();
      var cp = planner.plan(city.population(), fleet);
      plan[r] = (System.nanoTime() - s) / 1e9;
      var handler = new de.bochumtwin.core.ev.ChargingHandler(net, chargers, fleet, cp, settings);
      sim.run(city.population(), de.bochumtwin.core.events.EventSinks.fanOut(java.util.List.of(new EventTypeCounter(), handler)),
          MobsimProgress.NONE);
      ev[r] = (System.nanoTime() - s) / 1e9;
      evCpu[r] = (threadMx.getCurrentThreadCpuTime() - c) / 1e9;
      last = handler.result();
      System.out.printf("ev run %d: bare %.3f s (cpu %.3f s), with EVs %.3f s (cpu %.3f s, planner %.3f s)%n", r + 1,
          bare[r], bareCpu[r], ev[r], evCpu[r], plan[r]);
    }
    double mb = median(bare);
    double me = median(ev);
    System.out.printf("EVs                 %d of %d agents (share %.3f of car agents), %d chargers%n", fleet.evCount(),
        city.population().size(), evShare, chargers.size());
    System.out.printf("EV day              %d charging attempts, %d failed, %d stranded, %.0f kWh charged%n",
        last.sessions().size(), last.failedChargingAttempts(), last.strandedVehicles(), last.totalCharged_kWh());
    System.out.printf("mobsim without EVs  %.3f s (median of %d)%n", mb, repeat);
    System.out.printf("mobsim with EVs     %.3f s (median of %d; planner median %.3f s)%n", me, repeat, median(plan));
    System.out.printf("EV overhead         %+.1f %% of the mobsim wall time%n", 100 * (me - mb) / mb);
    evExtra_s = me - mb;
    double cb = median(bareCpu);
    double ce = median(evCpu);
    System.out.printf("EV overhead (cpu)   %+.1f %% of the mobsim thread CPU time (%.3f s -> %.3f s, medians)%n",
        100 * (ce - cb) / cb, cb, ce);
  }

  private static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s[s.length / 2];
  }

  /**
   * Bare mobsim (event counter only), mobsim + emission handler with per-vehicle totals (as {@code twin
   * emissions} and {@code twin run --emissions} use it) and without them, alternating so all see the same
   * machine state; prints the medians and the overheads in percent of the bare median.
   */
  private void emissionBenchmark(SyntheticCity city, QueueSimulation sim) {
    EmissionSetup.Fleet fleet = EmissionSetup.fleet(null, null);
    EmissionModel model = EmissionSetup.model(DefaultEmissionFactors.load(), EmissionSettings.defaults()
        .withLookupBehavior(LookupBehavior.tryDetailedThenTechnologyAverageThenAverageTable), fleet, city.network(), null);
    double[] bare = new double[repeat];
    double[] with = new double[repeat];
    double[] noVeh = new double[repeat];
    double[] bareCpu = new double[repeat];
    double[] withCpu = new double[repeat];
    double[] noVehCpu = new double[repeat];
    var threadMx = ManagementFactory.getThreadMXBean();
    EmissionHandler h = null;
    for (int r = 0; r < repeat; r++) {
      long c = threadMx.getCurrentThreadCpuTime();
      long s = System.nanoTime();
      sim.run(city.population(), new EventTypeCounter(), MobsimProgress.NONE);
      bare[r] = (System.nanoTime() - s) / 1e9;
      bareCpu[r] = (threadMx.getCurrentThreadCpuTime() - c) / 1e9;
      h = new EmissionHandler(model, city.network(), fleet.classOf(), null, true);
      c = threadMx.getCurrentThreadCpuTime();
      s = System.nanoTime();
      sim.run(city.population(), EventSinks.fanOut(List.of(new EventTypeCounter(), h)), MobsimProgress.NONE);
      with[r] = (System.nanoTime() - s) / 1e9;
      withCpu[r] = (threadMx.getCurrentThreadCpuTime() - c) / 1e9;
      EmissionHandler h2 = new EmissionHandler(model, city.network(), fleet.classOf(), null, false);
      c = threadMx.getCurrentThreadCpuTime();
      s = System.nanoTime();
      sim.run(city.population(), EventSinks.fanOut(List.of(new EventTypeCounter(), h2)), MobsimProgress.NONE);
      noVeh[r] = (System.nanoTime() - s) / 1e9;
      noVehCpu[r] = (threadMx.getCurrentThreadCpuTime() - c) / 1e9;
      System.out.printf("emissions run %d: bare %.3f s (cpu %.3f), with handler %.3f s (cpu %.3f, %+.1f %%), without"
          + " vehicle totals %.3f s (cpu %.3f, %+.1f %%)%n", r + 1, bare[r], bareCpu[r], with[r], withCpu[r],
          100 * (withCpu[r] / bareCpu[r] - 1), noVeh[r], noVehCpu[r], 100 * (noVehCpu[r] / bareCpu[r] - 1));
    }
    double b = median(bare);
    double w = median(with);
    double n = median(noVeh);
    long trav = Math.max(1, h.warmTraversals());
    System.out.printf("emission handler    %d warm traversals, %d cold starts, %d pollutants, %d emission classes%n",
        h.warmTraversals(), h.coldStarts(), model.pollutants().size(), model.types().size());
    System.out.printf("mobsim bare         %.3f s (median of %d)%n", b, repeat);
    System.out.printf("mobsim + emissions  %.3f s (median of %d; with per-vehicle totals)%n", w, repeat);
    System.out.printf("emission overhead   %+.1f %% (%.0f ns per warm traversal)%n", 100 * (w / b - 1), (w - b) * 1e9 / trav);
    System.out.printf("without veh. totals %.3f s, overhead %+.1f %% (%.0f ns per warm traversal)%n", n,
        100 * (n / b - 1), (n - b) * 1e9 / trav);
    double cb = median(bareCpu);
    double cw = median(withCpu);
    double cn = median(noVehCpu);
    System.out.printf("thread cpu medians  bare %.3f s, with totals %.3f s (%+.1f %%), without %.3f s (%+.1f %%)%n",
        cb, cw, 100 * (cw / cb - 1), cn, 100 * (cn / cb - 1));
  }

  static long peakHeapBytes() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
