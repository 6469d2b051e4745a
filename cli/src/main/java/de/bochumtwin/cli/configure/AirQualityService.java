package de.bochumtwin.cli.configure;

import de.bochumtwin.core.airquality.AirQualityResult;
import de.bochumtwin.core.airquality.AirSpecies;
import de.bochumtwin.core.airquality.Background;
import de.bochumtwin.core.airquality.CanyonRule;
import de.bochumtwin.core.airquality.ConcentrationModel;
import de.bochumtwin.core.airquality.DispersionSettings;
import de.bochumtwin.core.airquality.LineSources;
import de.bochumtwin.core.airquality.Meteorology;
import de.bochumtwin.core.airquality.No2Conversion;
import de.bochumtwin.core.airquality.Receptors;
import de.bochumtwin.results.airquality.AirQualityMap;
import de.bochumtwin.results.airquality.AirQualityTables;
import de.bochumtwin.results.airquality.RunLinkEmissions;
import de.bochumtwin.scenarios.airquality.BackgroundReader;
import de.bochumtwin.scenarios.airquality.BochumStations;
import de.bochumtwin.scenarios.airquality.MetFileReader;
import de.bochumtwin.scenarios.airquality.StationPlacement;
import de.bochumtwin.scenarios.airquality.SyntheticClimate;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Wires the air-quality model for {@code twin airquality} and {@code twin run --airquality}: link
 * emissions of a run folder (scaled by 1 / sample share) become line sources with canyon widths from
 * {@link CanyonRule}; the stations (Bochum's, for EPSG:25832 networks) are computed over the whole
 * meteorology, the receptor grid over its first {@code gridDays} days (hourly rasters and their mean);
 * the tables and maps are written into {@code outDir}.
 */
public final class AirQualityService {
  /** Options; null files mean the defaults (synthetic Bochum year, Bochum urban background). */
  public record Request(Path met, Path background, double cell_m, int gridDays, double cutoff_m, int threads,
      boolean stations, long seed) {}

  /** What was computed, for summaries and tests. */
  public record Outcome(LineSources sources, Receptors stationReceptors, AirQualityResult stations, AirQualityResult grid,
      double gridSeconds, String metDescription) {}

  private AirQualityService() {}

  public static LineSources sources(RunLinkEmissions run) {
    List<RunLinkEmissions.Link> links = run.links();
    LineSources.Builder b = LineSources.builder(links.size());
    double scale = 1 / run.sampleShare() / 3600.0;
    for (int l = 0; l < links.size(); l++) {
      RunLinkEmissions.Link k = links.get(l);
      int s = b.add(k.id(), k.x0(), k.y0(), k.x1(), k.y1(), CanyonRule.width_m(k.type(), k.freespeed_mps(), k.lanes()));
      for (int h = 0; h < 24; h++) {
        for (AirSpecies sp : AirSpecies.values()) {
          double g = run.grams(l, h, sp);
          if (g > 0) {
            b.addRate(s, h, sp, g * scale);
          }
        }
      }
    }
    return b.build();
  }

  public static List<StationPlacement.LinkShape> shapes(RunLinkEmissions run) {
    List<StationPlacement.LinkShape> out = new ArrayList<>();
    for (RunLinkEmissions.Link k : run.links()) {
      out.add(new StationPlacement.LinkShape(k.id(), k.origId(), k.x0(), k.y0(), k.x1(), k.y1(), k.lanes()));
    }
    return out;
  }

  public static Meteorology meteorology(Path met, long seed) {
    return met == null ? SyntheticClimate.bochumYear(seed) : MetFileReader.read(met);
  }

  /** The first {@code days} days of {@code met} (all of it when shorter). */
  static Meteorology firstDays(Meteorology met, int days) {
    Meteorology.Builder b = Meteorology.builder();
    for (int h = 0; h < met.hourCount() && met.day(h) < days; h++) {
      b.hour(met.time(h), met.hourOfDay(h), met.day(h), met.wind_mps(h), met.windFrom_deg(h), met.stability(h), met.temperature_c(h));
    }
    return b.build();
  }

  public static Outcome run(RunLinkEmissions run, Request req, Path outDir, PrintStream log) {
    LineSources src = sources(run);
    Meteorology met = meteorology(req.met(), req.seed());
    Background bg = req.background() == null ? BackgroundReader.bochumDefault() : BackgroundReader.read(req.background());
    DispersionSettings st = DispersionSettings.defaults(req.threads()).withCutoff_m(req.cutoff_m());
    ConcentrationModel model = new ConcentrationModel(src, st, No2Conversion.Method.ROMBERG);
    List<Receptors.Point> named = req.stations() ? BochumStations.receptors(shapes(run)) : List.of();
    String metText = req.met() == null ? "synthetic Bochum year (seed " + req.seed() + ")" : req.met().toString();
    log.printf(Locale.ROOT, "airquality: %d links (%d canyons), emissions x %.0f (sample share %.4g), %d met hours from %s%n",
        src.size(), canyons(src), 1 / run.sampleShare(), run.sampleShare(), met.hourCount(), metText);
    AirQualityResult stations = null;
    Receptors stationReceptors = Receptors.named(named);
    if (!named.isEmpty()) {
      stations = model.run(stationReceptors, met, bg, false);
      AirQualityTables.writeStations(outDir.resolve(AirQualityTables.STATIONS_SCHEMA.fileName()), stations, run.crs());
      AirQualityTables.writeExceedances(outDir.resolve(AirQualityTables.EXCEEDANCES_SCHEMA.fileName()), stations, run.crs());
      for (int r = 0; r < stationReceptors.size(); r++) {
        log.printf(Locale.ROOT, "  %-8s NO2 %.1f ug/m3 (%d h > 200), PM10 %.1f (%d d > 50), PM2.5 %.1f, NOx %.1f%n",
            stationReceptors.name(r), stations.mean(AirSpecies.NO2, r), stations.no2HoursAbove200(r),
            stations.mean(AirSpecies.PM10, r), stations.pm10DaysAbove50(r), stations.mean(AirSpecies.PM2_5, r),
            stations.mean(AirSpecies.NOX, r));
      }
    }
    AirQualityResult grid = null;
    double gridSeconds = Double.NaN;
    if (req.cell_m() > 0) {
      Meteorology gm = firstDays(met, req.gridDays());
      double[] box = bbox(src);
      Receptors rec = Receptors.grid(named, box[0] - 200, box[1] - 200, box[2] + 200, box[3] + 200, req.cell_m());
      long cpu0 = processCpu_ns();
      long t0 = System.nanoTime();
      grid = model.run(rec, gm, bg, true);
      gridSeconds = (System.nanoTime() - t0) / 1e9;
      double cpu = (processCpu_ns() - cpu0) / 1e9;
      log.printf(Locale.ROOT, "  grid: %d x %d cells of %.0f m, %d hours, %d threads: %.2f s wall, %.2f s process CPU"
          + " (%d element evaluations)%n", rec.gridNx(), rec.gridNy(), req.cell_m(), gm.hourCount(), req.threads(), gridSeconds,
          cpu, grid.elementEvaluations());
      AirQualityTables.writeGridHourly(outDir.resolve(AirQualityTables.GRID_HOURLY_SCHEMA.fileName()), grid, run.crs());
      AirQualityTables.writeGridMean(outDir.resolve(AirQualityTables.GRID_MEAN_SCHEMA.fileName()), grid, run.crs());
      AirQualityMap.write(outDir.resolve("airquality_no2_map.png"), grid, AirSpecies.NO2, run.links(),
          "NO2, mean of " + gm.hourCount() + " h (" + gm.time(0) + " ...), traffic + background");
      AirQualityMap.write(outDir.resolve("airquality_pm10_map.png"), grid, AirSpecies.PM10, run.links(),
          "PM10, mean of " + gm.hourCount() + " h (" + gm.time(0) + " ...), traffic + background");
    }
    return new Outcome(src, stationReceptors, stations, grid, gridSeconds, metText);
  }

  /** CPU time of the whole JVM (all threads), or 0 when the JVM does not report it. */
  static long processCpu_ns() {
    java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean s ? Math.max(0, s.getProcessCpuTime()) : 0;
  }

  static int canyons(LineSources s) {
    int n = 0;
    for (int i = 0; i < s.size(); i++) {
      if (s.canyonWidth_m(i) > 0) {
        n++;
      }
    }
    return n;
  }

  static double[] bbox(LineSources s) {
    double[] b = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
    for (int i = 0; i < s.size(); i++) {
      b[0] = Math.min(b[0], Math.min(s.x0(i), s.x1(i)));
      b[1] = Math.min(b[1], Math.min(s.y0(i), s.y1(i)));
      b[2] = Math.max(b[2], Math.max(s.x0(i), s.x1(i)));
      b[3] = Math.max(b[3], Math.max(s.y0(i), s.y1(i)));
    }
    if (s.size() == 0) {
      throw new IllegalArgumentException("the run has no links");
    }
    return b;
  }
}
