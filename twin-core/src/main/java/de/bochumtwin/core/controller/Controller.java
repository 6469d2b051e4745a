package de.bochumtwin.core.controller;

import de.bochumtwin.core.analysis.LegRecorder;
import de.bochumtwin.core.analysis.LegTable;
import de.bochumtwin.core.analysis.LinkVolumeRecorder;
import de.bochumtwin.core.events.EventSinks;
import de.bochumtwin.core.events.SimEventSink;
import de.bochumtwin.core.mobsim.MobsimProgress;
import de.bochumtwin.core.mobsim.MobsimResult;
import de.bochumtwin.core.mobsim.QueueSimulation;
import de.bochumtwin.core.network.Network;
import de.bochumtwin.core.population.Person;
import de.bochumtwin.core.population.Plan;
import de.bochumtwin.core.population.Population;
import de.bochumtwin.core.replanning.Replanner;
import de.bochumtwin.core.router.AltPathCalculator;
import de.bochumtwin.core.router.BinnedTravelTimes;
import de.bochumtwin.core.router.FreespeedTravelTimes;
import de.bochumtwin.core.router.Landmarks;
import de.bochumtwin.core.router.LeastCostPathCalculator;
import de.bochumtwin.core.router.ParallelRouting;
import de.bochumtwin.core.router.PlanRouter;
import de.bochumtwin.core.router.RoutePolicy;
import de.bochumtwin.core.router.TravelDisutility;
import de.bochumtwin.core.router.TravelTimeRecorder;
import de.bochumtwin.core.router.TravelTimes;
import de.bochumtwin.core.scoring.EventsScoring;
import de.bochumtwin.core.scoring.PersonScores;
import de.bochumtwin.core.util.SplitMix64;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the co-evolutionary loop. Per iteration, in MATSim's order: replanning (from the second
 * iteration on), routing of legs without a route, mobsim, scoring (the executed score goes into the
 * selected plan with the learning rate, or MSA averaging from {@link ControllerSettings#scoreMsaStartIteration},
 * see {@link ScoreUpdater}), statistics. The loop and its settings are described in docs/loop.md. Routing and
 * replanning run on {@code threads} threads; each person draws from its own generator seeded by
 * (seed, iteration, person index), so the result is identical for every thread count. With
 * {@link #Controller(Network, ControllerSettings, boolean)} and {@code true} the generator is keyed by
 * the person's id instead of its index: a person then draws the same numbers in every sample of a
 * population that contains it (used by calibration, whose short runs compare neighbouring demand scales).
 */
public final class Controller {
  private final Network network;
  private final ControllerSettings settings;
  private final QueueSimulation mobsim;
  private final Landmarks carLandmarks;
  private final Map<String, Integer> networkModeBits = new HashMap<>();
  private final RoutePolicy routePolicy;
  private final boolean streamsById;

  public Controller(Network network, ControllerSettings settings) {
    this(network, settings, RoutePolicy.NONE, false);
  }

  /**
   * A controller whose routing (initial routing and ReRoute) minimises travel time plus the policy's
   * tolls, and keeps the policy's restricted persons off its banned links. Scoring is unchanged: the
   * money of tolls enters the score through {@link IterationListener#adjustScores}.
   */
  public Controller(Network network, ControllerSettings settings, RoutePolicy routePolicy) {
    this(network, settings, routePolicy, false);
  }

  /**
   * @param streamsById key each person's replanning generator by (seed, iteration, hash of the person id)
   *     rather than by its index in the population
   */
  public Controller(Network network, ControllerSettings settings, boolean streamsById) {
    this(network, settings, RoutePolicy.NONE, streamsById);
  }

  /** Both options: a route policy and person-keyed replanning streams. */
  public Controller(Network network, ControllerSettings settings, RoutePolicy routePolicy, boolean streamsById) {
    this.network = network;
    this.settings = settings;
    this.routePolicy = routePolicy;
    this.streamsById = streamsById;
    this.mobsim = new QueueSimulation(network, settings.mobsim());
    for (String mode : settings.mobsim().networkModes()) {
      int bit = network.modes().bit(mode);
      if (bit == 0) {
        throw new IllegalArgumentException("network mode '" + mode + "' is allowed on no link of the network; "
            + "add it to the links' modes or remove it from the network modes");
      }
      networkModeBits.put(mode, bit);
    }
    int carBit = networkModeBits.getOrDefault("car", networkModeBits.values().stream().findFirst().orElse(0));
    this.carLandmarks = Landmarks.compute(network, carBit, FreespeedTravelTimes.mobsim(network));
  }

  /** Runs all iterations from {@code settings.firstIteration()}. */
  public List<IterationStats> run(Population population, IterationListener listener, MobsimProgress progress) {
    return run(population, settings.firstIteration(), null, listener, progress);
  }

  /**
   * Runs from {@code startIteration} (a resumed run passes the iteration after its checkpoint and the
   * travel times saved with it) to the last iteration.
   */
  public List<IterationStats> run(Population population, int startIteration, BinnedTravelTimes previousTravelTimes,
      IterationListener listener, MobsimProgress progress) {
    List<IterationStats> history = new ArrayList<>();
    BinnedTravelTimes travelTimes = previousTravelTimes;
    ScoreUpdater scoreUpdater = new ScoreUpdater(settings.replanning().learningRate(), settings.scoreMsaStartIteration());
    ExecutorService pool = settings.threads() > 1 ? Executors.newFixedThreadPool(settings.threads()) : null;
    try {
      for (int it = startIteration; it <= settings.lastIteration(); it++) {
        long t0 = System.nanoTime();
        if (it > settings.firstIteration()) {
          replan(population, it, travelTimes, pool);
        }
        long t1 = System.nanoTime();
        routeMissing(population, travelTimes, scoreUpdater);
        long t2 = System.nanoTime();

        LegRecorder legs = new LegRecorder(network);
        legs.reset(population.size(), population.size());
        LinkVolumeRecorder volumes = new LinkVolumeRecorder(network);
        volumes.reset(population.size(), 1);
        TravelTimeRecorder ttRecorder = new TravelTimeRecorder(network, settings.travelTimeBin_s(), TravelTimeRecorder.DEFAULT_MAX_TIME_S);
        EventsScoring scoring = new EventsScoring(settings.scoring(), network, population.size());
        List<SimEventSink> sinks = new ArrayList<>(List.of(legs, volumes, ttRecorder, scoring));
        sinks.addAll(listener.sinksFor(it, it == settings.lastIteration()));
        MobsimResult result = mobsim.run(population, EventSinks.fanOut(sinks), progress);
        long t3 = System.nanoTime();

        PersonScores scores = scoring.result();
        double[] executed = scores.scores();
        listener.adjustScores(it, executed);
        scoreUpdater.apply(population, executed, it);
        travelTimes = ttRecorder.snapshot();
        LegTable legTable = legs.table();
        long t4 = System.nanoTime();
        IterationStats stats = IterationStatistics.of(it, population, result, legTable,
            (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, (t4 - t3) / 1e9);
        history.add(stats);
        listener.iterationEnded(stats, result, legTable, volumes.table(), population, travelTimes);
      }
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
    return history;
  }

  private TravelTimes routingTimes(BinnedTravelTimes travelTimes) {
    return travelTimes == null ? FreespeedTravelTimes.mobsim(network) : travelTimes;
  }

  private PlanRouter router(TravelTimes tt, PlanRouter.Scope scope) {
    Map<String, LeastCostPathCalculator> calcs = new HashMap<>();
    Map<String, LeastCostPathCalculator> restricted = new HashMap<>();
    for (Map.Entry<String, Integer> e : networkModeBits.entrySet()) {
      Landmarks lm = e.getValue() == carLandmarks.modeBit() ? carLandmarks
          : Landmarks.compute(network, e.getValue(), FreespeedTravelTimes.mobsim(network));
      TravelDisutility cost = routePolicy.disutility(e.getKey(), tt);
      calcs.put(e.getKey(), AltPathCalculator.factory(network, lm, tt, cost, AltPathCalculator.DEFAULT_ACTIVE_LANDMARKS).create());
      if (routePolicy.hasBans() && routePolicy.bannedModes().contains(e.getKey())) {
        restricted.put(e.getKey(), AltPathCalculator.factory(network, lm, tt, cost, AltPathCalculator.DEFAULT_ACTIVE_LANDMARKS,
            routePolicy.bannedLinks()).create());
      }
    }
    return new PlanRouter(network, calcs, settings.mobsim().teleported(), scope, restricted, routePolicy.restrictedPersons());
  }

  private void routeMissing(Population population, BinnedTravelTimes travelTimes, ScoreUpdater scoreUpdater) {
    TravelTimes tt = routingTimes(travelTimes);
    Plan[] routed = ParallelRouting.routeSelectedPlans(population, settings.threads(),
        () -> router(tt, PlanRouter.Scope.MISSING_ROUTES));
    for (int p = 0; p < population.size(); p++) {
      Person person = population.get(p);
      Plan old = person.selectedPlan();
      if (routed[p] != old) {
        Plan replacement = routed[p].withScore(old.score());
        person.replacePlan(person.selectedIndex(), replacement);
        scoreUpdater.carryOver(old, replacement);
      }
    }
  }

  /** NaN = configured weights; 0 after innovation stops; else the annealed share (linear). */
  private double innovationShare(int iteration) {
    if (iteration > settings.lastInnovationIteration()) {
      return 0;
    }
    var r = settings.replanning();
    if (!r.isAnnealing()) {
      return Double.NaN;
    }
    int last = Math.min(settings.lastInnovationIteration(), settings.lastIteration());
    double x = last <= settings.firstIteration() + 1 ? 1.0
        : (double) (iteration - settings.firstIteration() - 1) / (last - settings.firstIteration() - 1);
    return r.annealStartShare() + (r.annealEndShare() - r.annealStartShare()) * Math.min(1, Math.max(0, x));
  }

  private void replan(Population population, int iteration, BinnedTravelTimes travelTimes, ExecutorService pool) {
    TravelTimes tt = routingTimes(travelTimes);
    double innovationShare = innovationShare(iteration);
    int n = population.size();
    int chunk = 256;
    int chunks = (n + chunk - 1) / chunk;
    long[] keys = new long[n];
    for (int p = 0; p < n; p++) {
      keys[p] = streamsById ? SplitMix64.key(settings.seed(), population.get(p).id()) : p;
    }
    AtomicInteger next = new AtomicInteger();
    Runnable worker = () -> {
      Replanner replanner = new Replanner(settings.replanning(), router(tt, PlanRouter.Scope.ALL_LEGS),
          router(tt, PlanRouter.Scope.MISSING_ROUTES));
      for (int c = next.getAndIncrement(); c < chunks; c = next.getAndIncrement()) {
        for (int p = c * chunk; p < Math.min(n, (c + 1) * chunk); p++) {
          SplittableRandom rnd = new SplittableRandom(SplitMix64.hash(settings.seed(), iteration, keys[p]));
          replanner.replan(population.get(p), iteration, innovationShare, rnd);
        }
      }
    };
    if (pool == null) {
      worker.run();
      return;
    }
    List<Future<?>> futures = new ArrayList<>();
    for (int i = 0; i < settings.threads(); i++) {
      futures.add(pool.submit(worker));
    }
    for (Future<?> f : futures) {
      try {
        f.get();
      } catch (java.util.concurrent.ExecutionException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        throw new IllegalStateException(e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("replanning interrupted", e);
      }
    }
  }
}
