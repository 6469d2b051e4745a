package de.bochumtwin.results.compare;

import de.bochumtwin.results.run.AtomicOutputDir;
import java.nio.file.Path;

/**
 * {@code twin compare}: reads a base and a scenario run folder and writes {@code kpis.parquet},
 * {@code kpis.csv}, {@code link_diff.parquet}, the charts, {@code change_map.png} and the
 * self-contained {@code report.html} into a new output folder (atomically: all or nothing).
 */
public final class RunComparison {
  private RunComparison() {}

  /** What was written. */
  public record Result(KpiTable kpis, int links) {}

  /**
   * Compares the runs in {@code baseDir} and {@code scenarioDir}.
   *
   * @throws IllegalArgumentException when the runs used different samples (their figures would not compare)
   */
  public static Result compare(Path baseDir, Path scenarioDir, Path outDir) {
    RunOutputs b = RunOutputs.read(baseDir);
    RunOutputs s = RunOutputs.read(scenarioDir);
    if (b.sample != s.sample) {
      throw new IllegalArgumentException("the runs used different samples (" + baseDir + ": " + b.sample + ", "
          + scenarioDir + ": " + s.sample + "); run both with the same --sample");
    }
    KpiTable kpis = KpiTable.of(b, s);
    try (AtomicOutputDir out = AtomicOutputDir.create(outDir)) {
      kpis.writeParquet(out.path().resolve("kpis.parquet"));
      kpis.writeCsv(out.path().resolve("kpis.csv"));
      int n = LinkDiff.write(out.path().resolve("link_diff.parquet"), b, s);
      AirQualityDiff.write(out.path(), b, s);
      ComparisonReport.write(out.path(), b, s, kpis);
      out.commit();
      return new Result(kpis, n);
    }
  }
}
