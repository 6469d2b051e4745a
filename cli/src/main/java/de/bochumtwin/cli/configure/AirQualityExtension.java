package de.bochumtwin.cli.configure;

import de.bochumtwin.results.airquality.RunLinkEmissions;
import de.bochumtwin.results.run.RunManifest;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * {@code twin run --emissions --airquality}: after the emissions extension has written
 * {@code emissions_link_hour.parquet} (it must come earlier in the extension list), computes the
 * concentrations from the run folder's files, as {@code twin airquality --run} would, and writes the
 * air-quality tables and maps into the same folder. The sample share is the run's flow-capacity factor
 * (run.json is written only after the extensions).
 */
public final class AirQualityExtension implements RunExtension {
  private final AirQualityService.Request request;
  private final double sampleShare;
  private final PrintStream log;

  public AirQualityExtension(AirQualityService.Request request, double sampleShare, PrintStream log) {
    this.request = request;
    this.sampleShare = sampleShare;
    this.log = log;
  }

  @Override
  public String name() {
    return "airquality";
  }

  @Override
  public void finish(Path runDir, RunManifest.Builder manifest) {
    RunLinkEmissions links = RunLinkEmissions.read(runDir, sampleShare);
    AirQualityService.Outcome o = AirQualityService.run(links, request, runDir, log);
    manifest.setting("airquality_met", o.metDescription());
    manifest.setting("airquality_cell_m", request.cell_m());
    manifest.setting("airquality_grid_days", request.gridDays());
    manifest.setting("airquality_cutoff_m", request.cutoff_m());
    if (o.stations() != null) {
      for (int r = 0; r < o.stationReceptors().size(); r++) {
        manifest.setting("airquality_no2_mean_" + o.stationReceptors().name(r),
            o.stations().mean(de.bochumtwin.core.airquality.AirSpecies.NO2, r));
      }
    }
    if (o.grid() != null) {
      manifest.counter("airquality_grid_element_evaluations", o.grid().elementEvaluations());
    }
  }
}
