package de.bochumtwin.cli.configure;

import de.bochumtwin.core.emissions.EmissionHandler;
import de.bochumtwin.core.emissions.EmissionModel;
import de.bochumtwin.core.emissions.Pollutant;
import de.bochumtwin.core.events.SimEventSink;
import de.bochumtwin.core.network.Network;
import de.bochumtwin.core.population.Population;
import de.bochumtwin.results.emissions.DistrictArea;
import de.bochumtwin.results.emissions.EmissionOutputs;
import de.bochumtwin.results.emissions.EmissionTables;
import de.bochumtwin.results.emissions.EmissionTotals;
import de.bochumtwin.results.run.RunManifest;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Online emissions in {@code twin run --emissions}: an {@link EmissionHandler} rides along the mobsim of
 * the last iteration only (earlier iterations are learning, not results); {@link #finish} writes the
 * emission tables, the raster and the chart into the run folder and adds the totals to run.json. The
 * model is resolved in the constructor, so missing factors stop the run before the first iteration.
 */
public final class EmissionsExtension implements RunExtension {
  private final Network network;
  private final EmissionModel model;
  private final EmissionSetup.Fleet fleet;
  private final List<DistrictArea> districts;
  private final double cell_m;
  private final PrintStream log;
  private EmissionHandler handler;

  public EmissionsExtension(Network network, EmissionModel model, EmissionSetup.Fleet fleet, List<DistrictArea> districts,
      double cell_m, PrintStream log) {
    this.network = network;
    this.model = model;
    this.fleet = fleet;
    this.districts = List.copyOf(districts);
    this.cell_m = cell_m;
    this.log = log;
  }

  @Override
  public String name() {
    return "emissions";
  }

  @Override
  public List<SimEventSink> sinksFor(int iteration, boolean lastIteration, Population population) {
    if (!lastIteration) {
      return List.of();
    }
    // per-vehicle totals on: finish() writes emissions_vehicle.parquet
    handler = new EmissionHandler(model, network, fleet.classOf(), null, true);
    return List.of(handler);
  }

  /** The handler of the last iteration (null before it ran). */
  public EmissionHandler handler() {
    return handler;
  }

  @Override
  public void finish(Path runDir, RunManifest.Builder manifest) {
    if (handler == null) {
      return;
    }
    EmissionTotals totals = EmissionOutputs.write(runDir, handler, network, districts, cell_m);
    manifest.setting("emissions_fleet", fleet.description());
    manifest.setting("emissions_lookup", model.settings().lookupBehavior().name());
    manifest.setting("emissions_raster_cell_m", cell_m);
    manifest.setting("emissions_districts", districts.isEmpty() ? "n/a" : String.join(",",
        districts.stream().map(DistrictArea::name).toList()));
    manifest.counter("emissions_warm_traversals", handler.warmTraversals());
    manifest.counter("emissions_cold_starts", handler.coldStarts());
    manifest.counter("emissions_capped_speeds", handler.cappedSpeeds());
    List<Pollutant> pol = model.pollutants();
    for (int p = 0; p < pol.size(); p++) {
      String col = EmissionTables.column(pol.get(p));
      manifest.counter("emissions_" + col, Math.round(totals.total_g(p)));
      manifest.setting("emissions_total_" + col, totals.total_g(p));
    }
    log.printf("emissions (last iteration): %d warm traversals, %d cold starts%n", handler.warmTraversals(), handler.coldStarts());
    for (int p = 0; p < pol.size(); p++) {
      log.printf("  %-18s %16.3f g%n", pol.get(p).name(), totals.total_g(p));
    }
  }
}
