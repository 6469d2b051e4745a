package de.bochumtwin.cli.configure;

import de.bochumtwin.core.network.Network;
import de.bochumtwin.core.population.Population;
import de.bochumtwin.results.run.RunManifest;
import de.bochumtwin.scenarios.whatif.MeasureApplier;
import de.bochumtwin.scenarios.whatif.MeasureResolver;
import de.bochumtwin.scenarios.whatif.ResolvedMeasure;
import de.bochumtwin.scenarios.whatif.ScenarioFile;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
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

  private WhatIf(ScenarioFile file, List<ResolvedMeasure> measures, int routesRemoved, Network network) {
    this.file = file;
    this.measures = List.copyOf(measures);
    this.routesRemoved = routesRemoved;
    this.network = network;
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
    Map<String, Geometry> areas = bochum ? MeasureResolver.bochumDistricts() : Map.of();
    List<ResolvedMeasure> resolved = MeasureResolver.resolve(file, base.network(), areas);
    Network net = MeasureApplier.apply(base.network(), resolved);
    int stripped = MeasureApplier.strippedRoutes(base.population(), net);
    Population pop = MeasureApplier.population(base.population(), net);
    log.printf("what-if scenario '%s': %d measure(s), %d route(s) to plan again%n", file.name(), resolved.size(), stripped);
    for (ResolvedMeasure r : resolved) {
      log.println("  " + r.describe());
    }
    return new Applied(new Scenario(base.name() + " + " + file.name(), net, pop), new WhatIf(file, resolved, stripped, net));
  }

  /**
   * For resuming a scenario run from its checkpoint: the measures applied to the base network alone (the
   * checkpoint's population already is the scenario's); {@link #network()} gives the changed network.
   */
  public static WhatIf forResume(ScenarioFile file, Network base, boolean bochum) {
    Map<String, Geometry> areas = bochum ? MeasureResolver.bochumDistricts() : Map.of();
    List<ResolvedMeasure> resolved = MeasureResolver.resolve(file, base, areas);
    return new WhatIf(file, resolved, -1, MeasureApplier.apply(base, resolved));
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
    if (routesRemoved >= 0) { // unknown after a resume: the routes were removed before the checkpoint
      manifest.counter("whatif_routes_removed", routesRemoved);
    }
  }
}
