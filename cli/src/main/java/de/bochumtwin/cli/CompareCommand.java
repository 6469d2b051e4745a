package de.bochumtwin.cli;

import de.bochumtwin.results.compare.KpiTable;
import de.bochumtwin.results.compare.RunComparison;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code twin compare BASE_DIR SCENARIO_DIR --out DIR}: KPI table and link differences of two runs (docs/whatif.md). */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Compare a scenario run with its base run: kpis.parquet, kpis.csv, link_diff.parquet (GeoParquet),",
        "charts, change_map.png and a self-contained report.html."})
final class CompareCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "BASE_DIR", description = "Run folder of the base (written by twin run).")
  Path base;

  @Parameters(index = "1", paramLabel = "SCENARIO_DIR", description = "Run folder of the scenario.")
  Path scenario;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output folder (must not exist or be empty).")
  Path out;

  @Override
  public Integer call() throws java.io.IOException {
    for (Path p : new Path[] {base, scenario}) {
      if (!Files.isRegularFile(p.resolve("run.json"))) {
        throw new UsageException(p + " is not a finished run folder (no run.json); give the --out folders of two twin run calls");
      }
    }
    try (var entries = Files.isDirectory(out) ? Files.list(out) : java.util.stream.Stream.<Path>empty()) {
      if (Files.exists(out) && (!Files.isDirectory(out) || entries.findAny().isPresent())) {
        throw new UsageException("--out " + out + " exists and is not empty; choose a new folder");
      }
    }
    RunComparison.Result r = RunComparison.compare(base, scenario, out);
    System.out.printf(Locale.ROOT, "%-28s %14s %14s %14s %9s%n", "KPI", "base", "scenario", "change", "rel.");
    for (KpiTable.Kpi k : r.kpis().rows()) {
      System.out.printf(Locale.ROOT, "%-28s %14s %14s %14s %9s%n", k.name() + " [" + k.unit() + "]", fmt("%.3f", k.base()),
          fmt("%.3f", k.scenario()), fmt("%+.3f", k.change()), Double.isNaN(k.relativeChange()) ? ""
              : String.format(Locale.ROOT, "%+.1f %%", 100 * k.relativeChange()));
    }
    System.out.println("results in " + out.toAbsolutePath() + " (" + r.links() + " links in link_diff.parquet); report: "
        + out.toAbsolutePath().resolve("report.html"));
    return ExitCodes.OK;
  }

  private static String fmt(String pattern, double v) {
    return Double.isNaN(v) ? "absent" : String.format(Locale.ROOT, pattern, v);
  }
}
