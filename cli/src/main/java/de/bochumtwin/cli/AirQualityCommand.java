package de.bochumtwin.cli;

import de.bochumtwin.cli.configure.AirQualityService;
import de.bochumtwin.results.airquality.RunLinkEmissions;
import de.bochumtwin.results.run.AtomicOutputDir;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code twin airquality}: NO2/PM concentrations from the link emissions of a finished run
 * (docs/airquality.md). Exit 0 ok, 2 bad input.
 */
@Command(name = "airquality", mixinStandardHelpOptions = true,
    description = "NO2, NOx, PM10 and PM2.5 concentrations from a run's link emissions (Gaussian line sources + street canyons).")
final class AirQualityCommand implements Callable<Integer> {
  @Option(names = "--run", required = true, paramLabel = "DIR",
      description = "Run folder of `twin run --emissions` (links.parquet, emissions_link_hour.parquet, run.json).")
  Path run;

  @Option(names = "--met", paramLabel = "FILE", description = "Hourly met CSV (simple layout or the Bochum EcoWitt export);"
      + " default: a synthetic Bochum year.")
  Path met;

  @Option(names = "--background", paramLabel = "FILE", description = "Background CSV (pollutant,background_ugm3);"
      + " default: Bochum urban background from UBA 2011.")
  Path background;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (must not exist or be empty).")
  Path out;

  @Option(names = "--cell-m", defaultValue = "50", description = "Receptor grid cell in metres; 0 = stations only (default ${DEFAULT-VALUE}).")
  double cell_m;

  @Option(names = "--grid-days", defaultValue = "1", description = "Days of the met period computed on the grid (default ${DEFAULT-VALUE});"
      + " stations always get the whole period.")
  int gridDays;

  @Option(names = "--cutoff-m", defaultValue = "1000", description = "Links farther than this from a receptor are skipped (default ${DEFAULT-VALUE}).")
  double cutoff_m;

  @Option(names = "--threads", defaultValue = "0", description = "Threads (0 = all cores).")
  int threads;

  @Option(names = "--stations", defaultValue = "auto", description = "Station receptors: bochum, none or auto (bochum for EPSG:25832 networks).")
  String stations;

  @Option(names = "--seed", defaultValue = "4711", description = "Seed of the synthetic year (default ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() {
    if (!(cell_m >= 0) || gridDays < 1 || !(cutoff_m > 0) || threads < 0) {
      throw new UsageException("--cell-m must be >= 0, --grid-days >= 1, --cutoff-m > 0, --threads >= 0");
    }
    if (!stations.equals("auto") && !stations.equals("bochum") && !stations.equals("none")) {
      throw new UsageException("--stations must be bochum, none or auto, got '" + stations + "'");
    }
    RunLinkEmissions links = RunLinkEmissions.read(run);
    boolean st = stations.equals("bochum") || stations.equals("auto") && links.crs().equals("EPSG:25832");
    int t = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
    try (AtomicOutputDir dir = AtomicOutputDir.create(out)) {
      AirQualityService.run(links, new AirQualityService.Request(met, background, cell_m, gridDays, cutoff_m, t, st, seed),
          dir.path(), System.out);
      dir.commit();
    }
    System.out.println("results in " + out.toAbsolutePath());
    return ExitCodes.OK;
  }
}
