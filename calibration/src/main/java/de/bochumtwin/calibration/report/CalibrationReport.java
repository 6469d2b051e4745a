package de.bochumtwin.calibration.report;

import de.bochumtwin.calibration.feeds.FeedIssue;
import de.bochumtwin.calibration.fit.CountComparison;
import de.bochumtwin.calibration.fit.FitMetrics;
import de.bochumtwin.calibration.fit.HoldOut;
import de.bochumtwin.calibration.matching.MatchReport;
import de.bochumtwin.calibration.matching.StationMatch;
import de.bochumtwin.calibration.method.CalibrationRunner;
import de.bochumtwin.calibration.method.DistanceClassTargets;
import de.bochumtwin.calibration.method.KFoldCalibration;
import de.bochumtwin.calibration.method.ModeSplitTargets;
import de.bochumtwin.core.network.Network;
import de.bochumtwin.results.parquet.ColumnBindings;
import de.bochumtwin.results.parquet.ColumnType;
import de.bochumtwin.results.parquet.ParquetTableWriter;
import de.bochumtwin.results.parquet.TableSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the fit report of a calibration into a folder: {@code calibration_report.md} (parameters,
 * mode shares and count fit before/after, k-fold hold-out, unmatched sensors, feed issues),
 * {@code calibrated_parameters.csv}, {@code calibration_steps.csv}, {@code station_fit.parquet}
 * (one row per station and state before/after) and {@code counts_scatter.png}.
 */
public final class CalibrationReport {
  public static final TableSchema STATION_FIT = TableSchema.builder("station_fit",
          "Fit of simulated to observed counts per station, before and after calibration.")
      .required("state", ColumnType.STRING, "", "before (first step, uncalibrated) or after (last step, calibrated)")
      .required("station_id", ColumnType.STRING, "", "Station id from the feed")
      .required("link_id", ColumnType.STRING, "", "Matched network link")
      .required("counted_hours", ColumnType.INT32, "h", "Hours with an observed value")
      .required("obs_daily", ColumnType.DOUBLE, "veh/d", "Observed vehicles summed over the counted hours")
      .required("sim_daily", ColumnType.DOUBLE, "veh/d", "Simulated vehicles (expanded by 1/sample) over the counted hours")
      .required("geh", ColumnType.DOUBLE, "", "GEH of the mean hourly flow over the counted hours")
      .required("share_hours_geh_below_5", ColumnType.DOUBLE, "", "Share of counted hours with hourly GEH < 5")
      .build();

  /** What went into the calibration besides its result (all nullable except the result). */
  public record Inputs(Network network, ModeSplitTargets targets, MatchReport matches, List<FeedIssue> feedIssues,
      int folds, long seed) {}

  private CalibrationReport() {}

  public static void write(Path dir, CalibrationRunner.Result r, Inputs in) throws IOException {
    Files.createDirectories(dir);
    CalibrationRunner.Step before = r.first();
    CalibrationRunner.Step after = r.last();
    writeParameters(dir.resolve("calibrated_parameters.csv"), r);
    writeSteps(dir.resolve("calibration_steps.csv"), r);
    if (after.fit() != null) {
      writeStations(dir.resolve(STATION_FIT.fileName()), before.fit(), after.fit(), in.network());
      ScatterChart.write(dir.resolve("counts_scatter.png"), before.fit(), after.fit());
    }
    StringBuilder md = new StringBuilder("# Calibration report\n\n");
    md.append(String.format(Locale.ROOT, "%d steps; before = step 0 (uncalibrated), after = step %d (calibrated parameters).%n%n",
        r.steps().size(), after.step()));
    md.append("## Parameters\n\n| parameter | before | after |\n|---|---:|---:|\n");
    for (String m : after.constants().keySet()) {
      md.append(String.format(Locale.ROOT, "| ASC %s (utils/leg) | %.3f | %.3f |%n", m, before.constants().get(m), after.constants().get(m)));
    }
    md.append(String.format(Locale.ROOT, "| demand scale | %.3f | %.3f |%n%n", before.demandScale(), after.demandScale()));
    if (in.targets() != null) {
      md.append("## Mode shares (trips)\n\n| modes | target % | before % | after % | after - target (pp) |\n|---|---:|---:|---:|---:|\n");
      double[] b = in.targets().groupShares(before.modeShares());
      double[] a = in.targets().groupShares(after.modeShares());
      List<ModeSplitTargets.Group> g = in.targets().groups();
      for (int i = 0; i < g.size(); i++) {
        md.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %+.1f |%n", g.get(i).label(), 100 * g.get(i).share(),
            100 * b[i], 100 * a[i], 100 * (a[i] - g.get(i).share())));
      }
      md.append('\n');
    }
    if (after.fit() != null) {
      md.append("## Count fit\n\n| metric | before | after |\n|---|---:|---:|\n");
      metrics(md, "hourly", before.fit().hourly(), after.fit().hourly());
      metrics(md, "daily", before.fit().daily(), after.fit().daily());
      md.append(String.format(Locale.ROOT, "| stations with GEH < 5 (mean hourly flow) | %.1f %% | %.1f %% |%n%n",
          100 * before.fit().shareStationsGehBelow5(), 100 * after.fit().shareStationsGehBelow5()));
      md.append("Scatter plot: `counts_scatter.png`; per station: `station_fit.parquet`.\n\n");
      if (in.folds() > 1) {
        md.append("## Hold-out by station (" + in.folds() + "-fold, after calibration)\n\n"
            + "| fold | train stations | held-out stations | factor | train GEH<5 | held-out GEH<5 | held-out hourly RMSE | held-out daily rel. error |\n"
            + "|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (HoldOut.Fold f : HoldOut.kFold(countsOf(after), after.volumes(), in.folds(), in.seed())) {
          md.append(String.format(Locale.ROOT, "| %d | %d | %d | %.3f | %.1f %% | %.1f %% | %.1f | %+.1f %% |%n", f.fold(),
              f.trainStations(), f.testStations(), f.factor(), 100 * f.trainShareGehBelow5(), 100 * f.testShareGehBelow5(),
              f.testHourlyRmse(), 100 * f.testDailyMeanRelError()));
        }
        md.append('\n');
      }
    }
    if (in.matches() != null) {
      md.append(String.format(Locale.ROOT, "## Sensor matching%n%n%d of %d sensors matched.%n%n", in.matches().matched().size(),
          in.matches().matches().size()));
      for (StationMatch m : in.matches().problems()) {
        md.append("- ").append(m.status()).append(' ').append(m.station().id()).append(": ").append(m.reason()).append('\n');
      }
      md.append('\n');
    }
    if (in.feedIssues() != null && !in.feedIssues().isEmpty()) {
      md.append("## Feed issues (" + in.feedIssues().size() + ")\n\n");
      in.feedIssues().stream().limit(200).forEach(i -> md.append("- ").append(i).append('\n'));
      md.append('\n');
    }
    Files.writeString(dir.resolve("calibration_report.md"), md.toString(), StandardCharsets.UTF_8);
  }

  /**
   * Appends the mode shares per distance class (target, before, after) to {@code calibration_report.md}
   * in {@code dir} (written by {@link #write} before).
   */
  public static void appendDistanceClasses(Path dir, CalibrationRunner.Result r, DistanceClassTargets t) throws IOException {
    StringBuilder md = new StringBuilder("## Mode shares by beeline-distance class (trips)\n\n| class | modes | target % | before % | after % |\n"
        + "|---|---|---:|---:|---:|\n");
    for (int d = 0; d < t.classCount(); d++) {
      ModeSplitTargets td = t.targets(d);
      double[] b = shares(td, r.first().classTrips(), d);
      double[] a = shares(td, r.last().classTrips(), d);
      for (int g = 0; g < td.groups().size(); g++) {
        md.append(String.format(Locale.ROOT, "| %s | %s | %.1f | %.1f | %.1f |%n", t.label(d), td.groups().get(g).label(),
            100 * td.groups().get(g).share(), 100 * b[g], 100 * a[g]));
      }
    }
    Files.writeString(dir.resolve("calibration_report.md"), md.append('\n').toString(), StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);
  }

  private static double[] shares(ModeSplitTargets t, List<Map<String, Double>> classTrips, int d) {
    double[] v = classTrips.size() > d ? t.groupShares(classTrips.get(d)) : new double[t.groups().size()];
    double n = 0;
    for (double x : v) {
      n += x;
    }
    for (int i = 0; i < v.length; i++) {
      v[i] = n > 0 ? v[i] / n : Double.NaN;
    }
    return v;
  }

  /**
   * Appends the k-fold hold-out with a re-run per fold to {@code calibration_report.md} and writes
   * {@code kfold_rerun.csv} (one row per fold).
   */
  public static void appendRerunFolds(Path dir, List<KFoldCalibration.Fold> folds) throws IOException {
    StringBuilder md = new StringBuilder("## Hold-out by station, calibration re-run per fold\n\n"
        + "Each fold's stations were left out of a full calibration run; its fit is that run's at the held-out stations.\n\n"
        + "| fold | held-out stations | demand scale | train GEH<5 | held-out GEH<5 | train hourly RMSE | held-out hourly RMSE | held-out hourly R^2 |\n"
        + "|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    StringBuilder csv = new StringBuilder("fold,held_out_stations,demand_scale,train_share_geh_below_5,test_share_geh_below_5,"
        + "train_hourly_rmse,test_hourly_rmse,test_hourly_r2\n");
    for (KFoldCalibration.Fold f : folds) {
      md.append(String.format(Locale.ROOT, "| %d | %d | %.3f | %.1f %% | %.1f %% | %.2f | %.2f | %.3f |%n", f.fold(), f.heldOut().size(),
          f.demandScale(), 100 * f.train().shareStationsGehBelow5(), 100 * f.test().shareStationsGehBelow5(), f.train().hourly().rmse(),
          f.test().hourly().rmse(), f.test().hourly().r2()));
      csv.append(String.format(Locale.ROOT, "%d,%d,%.5f,%.5f,%.5f,%.4f,%.4f,%.5f%n", f.fold(), f.heldOut().size(), f.demandScale(),
          f.train().shareStationsGehBelow5(), f.test().shareStationsGehBelow5(), f.train().hourly().rmse(), f.test().hourly().rmse(),
          f.test().hourly().r2()));
    }
    Files.writeString(dir.resolve("calibration_report.md"), md.append('\n').toString(), StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);
    Files.writeString(dir.resolve("kfold_rerun.csv"), csv.toString(), StandardCharsets.UTF_8);
  }

  private static de.bochumtwin.core.counts.Counts countsOf(CalibrationRunner.Step s) {
    List<de.bochumtwin.core.counts.CountStation> st = new ArrayList<>();
    for (CountComparison.StationFit f : s.fit().stations()) {
      st.add(de.bochumtwin.core.counts.CountStation.of(f.stationId(), f.link(), f.obs_vph(), Double.NaN, Double.NaN));
    }
    return de.bochumtwin.core.counts.Counts.of("fit", 0, null, st);
  }

  private static void metrics(StringBuilder md, String label, FitMetrics b, FitMetrics a) {
    md.append(String.format(Locale.ROOT, "| %s mean error (veh) | %.1f | %.1f |%n", label, b.meanError(), a.meanError()));
    md.append(String.format(Locale.ROOT, "| %s mean relative error | %+.1f %% | %+.1f %% |%n", label, 100 * b.meanRelError(), 100 * a.meanRelError()));
    md.append(String.format(Locale.ROOT, "| %s RMSE (veh) | %.1f | %.1f |%n", label, b.rmse(), a.rmse()));
    md.append(String.format(Locale.ROOT, "| %s R^2 | %.3f | %.3f |%n", label, b.r2(), a.r2()));
    md.append(String.format(Locale.ROOT, "| %s share GEH < 5 | %.1f %% | %.1f %% |%n", label, 100 * b.shareGehBelow5(), 100 * a.shareGehBelow5()));
  }

  private static void writeParameters(Path f, CalibrationRunner.Result r) throws IOException {
    StringBuilder sb = new StringBuilder("parameter,value\n");
    r.last().constants().forEach((m, v) -> sb.append("asc_").append(m).append(',').append(v).append('\n'));
    sb.append("demand_scale,").append(r.demandScale()).append('\n');
    Files.writeString(f, sb.toString(), StandardCharsets.UTF_8);
  }

  private static void writeSteps(Path f, CalibrationRunner.Result r) throws IOException {
    List<String> modes = new ArrayList<>(r.last().constants().keySet());
    StringBuilder sb = new StringBuilder("step,persons,demand_scale,seconds,share_stations_geh_below_5,hourly_rmse");
    modes.forEach(m -> sb.append(",asc_").append(m));
    modes.forEach(m -> sb.append(",share_").append(m));
    sb.append('\n');
    for (CalibrationRunner.Step s : r.steps()) {
      sb.append(String.format(Locale.ROOT, "%d,%d,%.4f,%.2f,%s,%s", s.step(), s.persons(), s.demandScale(), s.seconds(),
          s.fit() == null ? "" : String.format(Locale.ROOT, "%.4f", s.fit().shareStationsGehBelow5()),
          s.fit() == null ? "" : String.format(Locale.ROOT, "%.3f", s.fit().hourly().rmse())));
      for (String m : modes) {
        sb.append(String.format(Locale.ROOT, ",%.4f", s.constants().getOrDefault(m, 0.0)));
      }
      for (String m : modes) {
        sb.append(String.format(Locale.ROOT, ",%.5f", s.modeShares().getOrDefault(m, 0.0)));
      }
      sb.append('\n');
    }
    Files.writeString(f, sb.toString(), StandardCharsets.UTF_8);
  }

  private static void writeStations(Path f, CountComparison before, CountComparison after, Network net) {
    List<CountComparison.StationFit> rows = new ArrayList<>(before.stations());
    int nBefore = rows.size();
    rows.addAll(after.stations());
    ColumnBindings b = ColumnBindings.of(STATION_FIT)
        .codedStringColumn("state", i -> i < nBefore ? 0 : 1, new String[] {"before", "after"})
        .stringColumn("station_id", i -> rows.get(i).stationId())
        .stringColumn("link_id", i -> net.linkId(rows.get(i).link()))
        .int32Column("counted_hours", i -> rows.get(i).countedHours())
        .doubleColumn("obs_daily", i -> rows.get(i).obsDaily())
        .doubleColumn("sim_daily", i -> rows.get(i).simDaily())
        .doubleColumn("geh", i -> rows.get(i).geh())
        .doubleColumn("share_hours_geh_below_5", i -> rows.get(i).shareHoursGehBelow5())
        .build();
    ParquetTableWriter.write(f, b, rows.size(), Map.of());
  }
}
