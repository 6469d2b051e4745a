package de.bochumtwin.cli.configure;

import de.bochumtwin.core.analysis.LegTable;
import de.bochumtwin.core.analysis.LinkVolumeTable;
import de.bochumtwin.core.controller.Controller;
import de.bochumtwin.core.controller.ControllerSettings;
import de.bochumtwin.core.controller.IterationListener;
import de.bochumtwin.core.controller.IterationStats;
import de.bochumtwin.core.controller.ModeStats;
import de.bochumtwin.core.events.SimEventSink;
import de.bochumtwin.core.mobsim.MobsimProgress;
import de.bochumtwin.core.mobsim.MobsimResult;
import de.bochumtwin.core.population.Population;
import de.bochumtwin.core.router.BinnedTravelTimes;
import de.bochumtwin.results.compare.RunReport;
import de.bochumtwin.results.loop.IterationCharts;
import de.bochumtwin.results.loop.IterationsParquet;
import de.bochumtwin.results.run.AtomicOutputDir;
import de.bochumtwin.results.run.RunManifest;
import de.bochumtwin.results.tables.LegsParquet;
import de.bochumtwin.results.tables.LinkVolumesParquet;
import de.bochumtwin.results.tables.LinksParquet;
import de.bochumtwin.scenarios.matsim.EventsXmlWriter;
import de.bochumtwin.scenarios.matsim.PopulationWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Runs the loop on loaded inputs and writes every output of a run into an atomic output folder:
 * {@code legs.parquet}, {@code link_volumes.parquet} (last iteration), {@code links.parquet},
 * {@code iterations.parquet}, {@code iteration_modes.parquet}, {@code scorestats.png},
 * {@code modestats.png}, {@code output_plans.xml.gz}, optionally {@code events.xml.gz},
 * {@code run.json}, and last the run report ({@code report.html}, {@code volume_map.png}). Checkpoints
 * are written every {@code checkpointInterval} iterations.
 */
public final class RunService {
  /** What to run and where to write it. */
  public record Request(Scenario scenario, RunConfig config, double sample, boolean writeEvents, Path out,
      int checkpointInterval, List<String> args, Map<String, Path> inputFiles, List<RunExtension> extensions) {
    public Request {
      extensions = List.copyOf(extensions);
    }
  }

  /** State to resume from (null for a fresh run). */
  public record Resume(int lastFinishedIteration, BinnedTravelTimes travelTimes, List<IterationStats> history) {}

  private final PrintStream log;
  private final IntFunction<MobsimProgress> progressForIteration;

  public RunService(PrintStream log, IntFunction<MobsimProgress> progressForIteration) {
    this.log = log;
    this.progressForIteration = progressForIteration;
  }

  public List<IterationStats> run(Request req, Resume resume) {
    Instant started = Instant.now();
    long t0 = System.nanoTime();
    ControllerSettings cs = req.config().controller();
    Scenario sc = req.scenario();
    CheckpointStore checkpoints = new CheckpointStore(req.out());
    try (AtomicOutputDir out = AtomicOutputDir.create(req.out())) {
      Path dir = out.path();
      Controller controller = new Controller(sc.network(), cs, routePolicy(req));
      List<IterationStats> history = new ArrayList<>(resume == null ? List.of() : resume.history());
      Listener listener = new Listener(req, dir, checkpoints, history);
      int start = resume == null ? cs.firstIteration() : resume.lastFinishedIteration() + 1;
      log.printf("running %s: %d persons, %d links, iterations %d..%d, %d thread(s)%s%n", sc.name(),
          sc.population().size(), sc.network().linkCount(), start, cs.lastIteration(), cs.threads(),
          resume == null ? "" : " (resumed after iteration " + resume.lastFinishedIteration() + ")");
      long tLoop = System.nanoTime();
      if (start <= cs.lastIteration()) {
        controller.run(sc.population(), start, resume == null ? null : resume.travelTimes(), listener,
            new ProgressAdapter(listener));
      }
      double loop_s = (System.nanoTime() - tLoop) / 1e9;
      listener.closeEvents();
      long tWrite = System.nanoTime();
      LinksParquet.write(dir.resolve("links.parquet"), sc.network());
      IterationsParquet.write(dir.resolve("iterations.parquet"), history);
      IterationsParquet.writeModes(dir.resolve("iteration_modes.parquet"), history);
      IterationCharts.writeScores(dir.resolve("scorestats.png"), history);
      IterationCharts.writeModeShares(dir.resolve("modestats.png"), history);
      PopulationWriter.write(sc.population(), sc.network(), dir.resolve("output_plans.xml.gz"));
      double write_s = (System.nanoTime() - tWrite) / 1e9;
      RunManifest.Builder manifest = manifest(req, started, (tLoop - t0) / 1e9, loop_s, write_s, history, listener.lastMobsim);
      for (RunExtension x : req.extensions()) {
        long tx = System.nanoTime();
        x.finish(dir, manifest);
        manifest.phase("extension_" + x.name(), (System.nanoTime() - tx) / 1e9);
      }
      manifest.finishedAt(Instant.now()).build().writeTo(dir.resolve("run.json"));
      report(dir);
      out.commit();
      checkpoints.delete();
      summary(history, listener.lastMobsim);
      return history;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the outputs: " + e.getMessage(), e);
    }
  }

  /**
   * Writes report.html and volume_map.png. The report only summarises files already written, so a
   * failure here is logged with its reason and does not throw away the run's outputs.
   */
  private void report(Path dir) {
    if (!Files.isRegularFile(dir.resolve("legs.parquet"))) {
      log.println("no run report: the run has no legs.parquet (no iteration ran)");
      return;
    }
    try {
      RunReport.write(dir);
    } catch (RuntimeException e) {
      log.println("WARNING: the run report (report.html) could not be written: " + e.getMessage()
          + "; the run's tables are complete, compare them with twin compare");
    }
  }

  /** The one route policy of the extensions (what-if tolls and bans), or none. */
  private static de.bochumtwin.core.router.RoutePolicy routePolicy(Request req) {
    de.bochumtwin.core.router.RoutePolicy found = null;
    for (RunExtension x : req.extensions()) {
      de.bochumtwin.core.router.RoutePolicy p = x.routePolicy(req.config().controller().scoring(), req.scenario().population());
      if (p != null && found != null) {
        throw new IllegalStateException("two run extensions set a route policy; only one is supported");
      }
      found = p != null ? p : found;
    }
    return found == null ? de.bochumtwin.core.router.RoutePolicy.NONE : found;
  }

  private RunManifest.Builder manifest(Request req, Instant started, double setup_s, double loop_s, double write_s,
      List<IterationStats> history, MobsimResult last) {
    ControllerSettings cs = req.config().controller();
    RunManifest.Builder m = RunManifest.builder().twinVersion(de.bochumtwin.cli.TwinVersion.get()).seed(cs.seed())
        .startedAt(started).javaVersion(System.getProperty("java.version")).threads(cs.threads());
    for (Map.Entry<String, Path> e : req.inputFiles().entrySet()) {
      m.input(e.getKey(), e.getValue());
    }
    m.setting("scenario", req.scenario().name());
    m.setting("first_iteration", cs.firstIteration());
    m.setting("last_iteration", cs.lastIteration());
    m.setting("sample", req.sample());
    m.setting("flow_capacity_factor", cs.mobsim().flowCapacityFactor());
    m.setting("storage_capacity_factor", cs.mobsim().storageCapacityFactor());
    m.setting("stuck_time_s", cs.mobsim().stuckTime_s());
    m.setting("remove_stuck_vehicles", cs.mobsim().removeStuckVehicles());
    m.setting("network_modes", String.join(",", cs.mobsim().networkModes()));
    m.setting("strategies", cs.replanning().strategies().toString());
    m.setting("brain_exp_beta", cs.replanning().brainExpBeta());
    m.setting("max_plans", cs.replanning().maxAgentPlanMemorySize());
    m.setting("activity_types", cs.scoring().toString());
    m.setting("events_written", req.writeEvents());
    m.setting("checkpoint_interval", req.checkpointInterval());
    m.setting("unsupported_config_options", String.join("; ", req.config().unsupported()));
    m.setting("command_line", String.join(" ", req.args()));
    m.phase("setup", setup_s);
    m.phase("loop", loop_s);
    m.phase("write_outputs", write_s);
    double mob = history.stream().mapToDouble(IterationStats::mobsim_s).sum();
    m.phase("mobsim_total", mob);
    m.phase("replanning_total", history.stream().mapToDouble(IterationStats::replanning_s).sum());
    m.phase("routing_total", history.stream().mapToDouble(IterationStats::routing_s).sum());
    m.phase("scoring_total", history.stream().mapToDouble(IterationStats::scoring_s).sum());
    if (last != null) {
      m.counters(last);
    }
    m.counter("persons", req.scenario().population().size());
    m.counter("links", req.scenario().network().linkCount());
    m.counter("iterations", history.size());
    m.setting("extensions", String.join(",", req.extensions().stream().map(RunExtension::name).toList()));
    return m;
  }

  private void summary(List<IterationStats> history, MobsimResult last) {
    if (history.isEmpty()) {
      return;
    }
    IterationStats s = history.get(history.size() - 1);
    log.printf("iteration %d: avg. executed score %.3f, %d stuck, vehicle conservation %s%n", s.iteration(),
        s.avgExecutedScore(), s.stuckAgents(), last == null ? "n/a" : last.isConserved() ? "ok" : "VIOLATED");
    for (ModeStats m : s.modes()) {
      log.printf("  %-6s %6.1f %% of %d trips, mean %.0f s, %.0f m%n", m.mode(), 100 * m.share(), m.trips(),
          m.meanTravelTime_s(), m.meanDistance_m());
    }
  }

  /** Feeds the per-iteration progress bar and writes per-iteration outputs and checkpoints. */
  private final class Listener implements IterationListener {
    private final Request req;
    private final Path dir;
    private final CheckpointStore checkpoints;
    private final List<IterationStats> history;
    private EventsXmlWriter events;
    private MobsimResult lastMobsim;
    private int current;

    Listener(Request req, Path dir, CheckpointStore checkpoints, List<IterationStats> history) {
      this.req = req;
      this.dir = dir;
      this.checkpoints = checkpoints;
      this.history = history;
    }

    @Override
    public List<SimEventSink> sinksFor(int iteration, boolean lastIteration) {
      current = iteration;
      List<SimEventSink> sinks = new ArrayList<>();
      for (RunExtension x : req.extensions()) {
        sinks.addAll(x.sinksFor(iteration, lastIteration, req.scenario().population()));
      }
      if (lastIteration && req.writeEvents()) {
        try {
          events = new EventsXmlWriter(dir.resolve("events.xml.gz"));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        sinks.add(events);
      }
      return sinks;
    }

    @Override
    public void adjustScores(int iteration, double[] executedScores) {
      for (RunExtension x : req.extensions()) {
        x.adjustScores(iteration, executedScores);
      }
    }

    @Override
    public void iterationEnded(IterationStats stats, MobsimResult mobsim, LegTable legs, LinkVolumeTable volumes,
        Population population, BinnedTravelTimes travelTimes) {
      history.add(stats);
      lastMobsim = mobsim;
      log.printf("iteration %d: score %.3f, %d legs, %d stuck, mobsim %.2f s, replanning %.2f s%n", stats.iteration(),
          stats.avgExecutedScore(), mobsim.arrivals(), stats.stuckAgents(), stats.mobsim_s(), stats.replanning_s());
      ControllerSettings cs = req.config().controller();
      if (stats.iteration() == cs.lastIteration()) {
        LegsParquet.write(dir.resolve("legs.parquet"), legs);
        LinkVolumesParquet.write(dir.resolve("link_volumes.parquet"), volumes, req.sample());
      } else if (req.checkpointInterval() > 0 && (stats.iteration() - cs.firstIteration() + 1) % req.checkpointInterval() == 0) {
        checkpoints.save(stats.iteration(), req.args(), population, req.scenario().network(), travelTimes, history,
            req.extensions());
      }
    }

    void closeEvents() {
      if (events != null) {
        try {
          events.close();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }

  /** Labels the progress bar with the current iteration. */
  private final class ProgressAdapter implements MobsimProgress {
    private final Listener listener;
    private int shownFor = -1;
    private MobsimProgress bar;

    ProgressAdapter(Listener listener) {
      this.listener = listener;
    }

    @Override
    public void update(int time_s, int finished, int agents, int enRoute) {
      if (shownFor != listener.current) {
        shownFor = listener.current;
        bar = progressForIteration.apply(listener.current);
      }
      bar.update(time_s, finished, agents, enRoute);
    }
  }
}
