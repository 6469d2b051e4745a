package de.bochumtwin.calibration.report;

import de.bochumtwin.calibration.method.CalibrationRunner;
import de.bochumtwin.calibration.method.GlobalParameterOptimizer;
import de.bochumtwin.calibration.method.ShortRunEvaluator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report of a method-3 calibration ({@link GlobalParameterOptimizer} over
 * {@link ShortRunEvaluator} runs): {@link #result} turns the first and the best evaluation into a
 * two-step {@link CalibrationRunner.Result} for {@link CalibrationReport#write} (before = start
 * values, after = best values), and {@link #append} adds {@code optimizer_steps.csv} (one row per
 * run), the optimised parameters to {@code calibrated_parameters.csv} and a section to the report.
 */
public final class OptimizerReport {
  private OptimizerReport() {}

  /** Before = the first run (start values), after = the best run, with its scoring and plans. */
  public static CalibrationRunner.Result result(ShortRunEvaluator f) {
    List<ShortRunEvaluator.Run> runs = f.runs();
    if (runs.isEmpty() || f.bestResult() == null) {
      throw new IllegalStateException("no evaluation was run");
    }
    CalibrationRunner.Result best = f.bestResult();
    CalibrationRunner.Step b = best.last();
    CalibrationRunner.Step after = new CalibrationRunner.Step(1, b.constants(), b.demandScale(), b.persons(), b.modeShares(),
        b.volumes(), b.fit(), b.seconds(), b.classTrips());
    return new CalibrationRunner.Result(List.of(runs.get(0).step(), after), best.calibratedScoring(), b.demandScale(),
        best.population());
  }

  /**
   * Writes {@code optimizer_steps.csv}, appends {@code capacity_factor} (when optimised) to
   * {@code calibrated_parameters.csv} and a method-3 section to {@code calibration_report.md}
   * (both written by {@link CalibrationReport#write} before).
   */
  public static void append(Path dir, GlobalParameterOptimizer.Settings settings, GlobalParameterOptimizer.Result r,
      ShortRunEvaluator f) throws IOException {
    List<String> names = new ArrayList<>();
    r.parameters().forEach(p -> names.add(p.name()));
    StringBuilder csv = new StringBuilder("run");
    names.forEach(n -> csv.append(',').append(n));
    csv.append(",objective,persons,share_stations_geh_below_5,seconds\n");
    for (ShortRunEvaluator.Run run : f.runs()) {
      csv.append(run.index());
      for (String n : names) {
        csv.append(String.format(Locale.ROOT, ",%.6f", run.values().get(n)));
      }
      CalibrationRunner.Step s = run.step();
      csv.append(String.format(Locale.ROOT, ",%.6f,%d,%s,%.2f%n", run.objective(), s.persons(),
          s.fit() == null ? "" : String.format(Locale.ROOT, "%.4f", s.fit().shareStationsGehBelow5()), s.seconds()));
    }
    Files.writeString(dir.resolve("optimizer_steps.csv"), csv.toString(), StandardCharsets.UTF_8);

    Map<String, Double> best = f.runs().get(r.best().index()).values();
    if (names.contains(ShortRunEvaluator.CAPACITY_FACTOR)) {
      Files.writeString(dir.resolve("calibrated_parameters.csv"), ShortRunEvaluator.CAPACITY_FACTOR + ","
          + best.get(ShortRunEvaluator.CAPACITY_FACTOR) + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }
    StringBuilder md = new StringBuilder("## Global parameters (method 3)\n\n");
    md.append(String.format(Locale.ROOT, "%s, budget %d runs, %d used; best run %d; objective (mean hourly GEH^2 + "
            + "share errors in pp^2) %.4f at the start, %.4f at the best run. Every run: `optimizer_steps.csv`.%n%n",
        settings.method(), settings.maxEvaluations(), f.runs().size(), r.best().index(), f.runs().get(0).objective(),
        r.best().objective()));
    md.append("| parameter | lower | upper | start | first run | fitted |\n|---|---:|---:|---:|---:|---:|\n");
    Map<String, Double> first = f.runs().get(0).values();
    for (int i = 0; i < names.size(); i++) {
      GlobalParameterOptimizer.Parameter p = r.parameters().get(i);
      md.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f | %.4f |%n", p.name(), p.lower(), p.upper(), p.initial(),
          first.get(p.name()), r.best().x()[i]));
    }
    md.append("\n(BOBYQA moves a start closer than one trust radius, 0.2 of the range, to a bound inward; "
        + "the first run shows where it began.)\n");
    md.append('\n');
    Files.writeString(dir.resolve("calibration_report.md"), md.toString(), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
  }
}
