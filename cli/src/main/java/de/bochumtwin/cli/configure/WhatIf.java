package de.bochumtwin.cli.configure;

import de.bochumtwin.core.events.SimEventSink;
import de.bochumtwin.core.network.Network;
import de.bochumtwin.core.router.RoutePolicy;
import de.bochumtwin.core.scoring.ScoringParameters;
import de.bochumtwin.scenarios.whatif.Policies;
import de.bochumtwin.scenarios.whatif.PolicyCharges;
import de.bochumtwin.core.population.Population;
import de.bochumtwin.results.run.RunManifest;
import de.bochumtwin.core.controller.ControllerSettings;
import de.bochumtwin.core.ev.Chargers;
import de.bochumtwin.scenarios.whatif.BochumGrowth;
import de.bochumtwin.scenarios.whatif.ChargerPlacement;
import de.bochumtwin.scenarios.whatif.ChargersMeasure;
import de.bochumtwin.scenarios.whatif.DemandContext;
import de.bochumtwin.scenarios.whatif.EvShareMeasure;
import de.bochumtwin.scenarios.whatif.GrowthMeasure;
import de.bochumtwin.scenarios.whatif.MeasureApplier;
import de.bochumtwin.scenarios.whatif.PopulationGrowth;
import de.bochumtwin.scenarios.whatif.PtChangeApplier;
import de.bochumtwin.scenarios.whatif.MeasureResolver;
import de.bochumtwin.scenarios.whatif.ResolvedMeasure;
import de.bochumtwin.scenarios.whatif.ScenarioFile;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * Wiring of {@code twin run --scenario FILE.yaml}: resolves the file's measures on the loaded base
 * network, builds the changed copy of network and population, and records the measures in run.json
 * (settings {@code whatif_name}, {@code whatif_measures}; counters {@code whatif_measures},
 * {@code whatif_routes_removed}). As a
 * {@link RunExtension} it only writes the manifest entries; the simulation itself is unchanged.
 */
public final class WhatIf implements RunExtension {
  private final ScenarioFile file;
  private final List<ResolvedMeasure> measures;
  private final int routesRemoved;
  private final Network network;
  private final Policies policies;
  private final Policies.ZoneEffect zone;
  private double marginalUtilityOfMoney = 1.0;
  private PolicyCharges charges;

  private WhatIf(ScenarioFile file, List<ResolvedMeasure> measures, int routesRemoved, Network network, Policies policies,
      Policies.ZoneEffect zone) {
    this.file = file;
    this.measures = List.copyOf(measures);
    this.routesRemoved = routesRemoved;
    this.network = network;
    this.policies = policies;
    this.zone = zone;
  }

  /** The applied scenario and the extension that records it. */
  public record Applied(Scenario scenario, WhatIf extension) {}

  /**
   * Resolves and applies {@code file} to {@code base} (which is not changed).
   *
   * @param bochum whether the base is the bundled Bochum scenario (then districts may be named)
   * @throws de.bochumtwin.scenarios.whatif.ScenarioFileException listing every problem; nothing is applied
   */
  public static Applied apply(ScenarioFile file, Scenario base, boolean bochum, PrintStream log) {
    return apply(file, base, bochum, DemandContext.UNCHECKED, 0, log);
  }

  /**
   * As {@link #apply(ScenarioFile, Scenario, boolean, PrintStream)}, checking the demand-side measures
   * against {@code context}. Growth on a plans base clones or drops agents here (seeded by {@code seed});
   * on the Bochum base the population generator has already applied it ({@link DefaultScenario#load(long,
   * de.bochumtwin.scenarios.bochum.ZoneGrowth)}). EV share, chargers and pt changes are applied by the run
   * wiring ({@link #evShare}, {@link #chargers}, {@link #controller}).
   */
  public static Applied apply(ScenarioFile file, Scenario base, boolean bochum, DemandContext context, long seed,
      PrintStream log) {
    Map<String, Geometry> areas = bochum ? MeasureResolver.bochumDistricts() : Map.of();
    List<ResolvedMeasure> resolved = MeasureResolver.resolve(file, base.network(), areas, context);
    Network net = MeasureApplier.apply(base.network(), resolved);
    Population grown = base.population();
    List<GrowthMeasure> growth = BochumGrowth.measures(file);
    if (!bochum && !growth.isEmpty()) {
      grown = PopulationGrowth.apply(grown, growth, base.network(), areas, seed);
      log.printf("growth: %d persons -> %d%n", base.population().size(), grown.size());
    }
    int stripped = MeasureApplier.strippedRoutes(grown, net);
    Population pop = MeasureApplier.population(grown, net);
    Policies policies = policies(resolved, net);
    Policies.ZoneEffect zone = policies.applyZone(pop);
    pop = zone.population();
    log.printf("what-if scenario '%s': %d measure(s), %d route(s) to plan again%n", file.name(), resolved.size(), stripped);
    for (ResolvedMeasure r : resolved) {
      log.println("  " + r.describe());
    }
    if (zone.bannedPersons() > 0) {
      log.printf("  low-emission zone: %d banned vehicle(s), %d of them used in plans; %d person(s) lose the car (%d legs"
          + " switched), %d route(s) to plan around the zone%n", zone.bannedPersons(), zone.bannedCarUsers(), zone.carLost(),
          zone.legsSwitched(), zone.routesRemoved());
    }
    return new Applied(new Scenario(base.name() + " + " + file.name(), net, pop),
        new WhatIf(file, resolved, stripped, net, policies, zone));
  }

  /**
   * For resuming a scenario run from its checkpoint: the measures applied to the base network alone (the
   * checkpoint's population already is the scenario's); {@link #network()} gives the changed network.
   */
  public static WhatIf forResume(ScenarioFile file, Network base, boolean bochum) {
    Map<String, Geometry> areas = bochum ? MeasureResolver.bochumDistricts() : Map.of();
    List<ResolvedMeasure> resolved = MeasureResolver.resolve(file, base, areas);
    Network net = MeasureApplier.apply(base, resolved);
    return new WhatIf(file, resolved, -1, net, policies(resolved, net), null);
  }

  private static Policies policies(List<ResolvedMeasure> resolved, Network net) {
    return Policies.of(resolved, net);
  }

  @Override
  public RoutePolicy routePolicy(ScoringParameters scoring, Population population) {
    marginalUtilityOfMoney = scoring.marginalUtilityOfMoney();
    if (policies.isEmpty()) {
      return null;
    }
    return policies.routePolicy(population, scoring);
  }

  @Override
  public List<SimEventSink> sinksFor(int iteration, boolean lastIteration, Population population) {
    if (!policies.hasCharges()) {
      return List.of();
    }
    charges = policies.newCharges(population.size());
    return List.of(charges);
  }

  @Override
  public void adjustScores(int iteration, double[] executedScores) {
    if (charges != null) {
      charges.adjustScores(executedScores, marginalUtilityOfMoney);
    }
  }

  /**
   * The EV share of the run: the file's last {@code ev_share} measure applied to {@code cliShare}
   * ({@code share} replaces it, {@code delta} adds to it), else {@code cliShare}; null = no EVs.
   */
  public static Double evShare(ScenarioFile file, Double cliShare) {
    Double out = cliShare;
    for (var m : file.measures()) {
      if (m instanceof EvShareMeasure e) {
        out = e.effectiveShare(out);
      }
    }
    return out;
  }

  /** The file's charger measures as an edit of the run's chargers (identity without any). */
  public static UnaryOperator<Chargers> chargers(ScenarioFile file, Scenario sc, boolean bochum, long seed) {
    List<ChargersMeasure> ms = new ArrayList<>();
    for (var m : file.measures()) {
      if (m instanceof ChargersMeasure c) {
        ms.add(c);
      }
    }
    if (ms.isEmpty()) {
      return UnaryOperator.identity();
    }
    Map<String, Geometry> areas = bochum ? MeasureResolver.bochumDistricts() : Map.of();
    return raw -> ChargerPlacement.apply(raw, ms, sc.network(), sc.population(), areas, seed);
  }

  /** The run's loop settings with the file's pt changes (unchanged without any). */
  public static ControllerSettings controller(ScenarioFile file, ControllerSettings cs) {
    return PtChangeApplier.apply(cs, PtChangeApplier.measures(file));
  }

  /** The changed network. */
  public Network network() {
    return network;
  }

  public Path file() {
    return file.file();
  }

  @Override
  public String name() {
    return "whatif";
  }

  @Override
  public void finish(Path runDir, RunManifest.Builder manifest) {
    manifest.setting("whatif_name", file.name());
    manifest.setting("whatif_measures", String.join("; ", measures.stream().map(ResolvedMeasure::describe).toList()));
    manifest.counter("whatif_measures", measures.size());
    if (charges != null) { // last iteration
      manifest.counter("whatif_toll_eur", Math.round(charges.totalToll_eur()));
      manifest.counter("whatif_toll_passages", charges.tollPassages());
      manifest.counter("whatif_parking_eur", Math.round(charges.totalParking_eur()));
      manifest.counter("whatif_parking_arrivals", charges.parkedArrivals());
    }
    if (zone != null && zone.bannedPersons() > 0) {
      manifest.counter("whatif_lez_banned_vehicles", zone.bannedPersons());
      manifest.counter("whatif_lez_banned_car_users", zone.bannedCarUsers());
      manifest.counter("whatif_lez_car_lost", zone.carLost());
      manifest.counter("whatif_lez_legs_switched", zone.legsSwitched());
      manifest.counter("whatif_lez_routes_removed", zone.routesRemoved());
    }
    if (routesRemoved >= 0) { // unknown after a resume: the routes were removed before the checkpoint
      manifest.counter("whatif_routes_removed", routesRemoved);
    }
  }
}
