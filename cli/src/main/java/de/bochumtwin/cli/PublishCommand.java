package de.bochumtwin.cli;

import de.bochumtwin.results.publish.DataPackage;
import de.bochumtwin.results.publish.DatasetPublisher;
import de.bochumtwin.results.publish.PublishSettings;
import de.bochumtwin.results.publish.SweepPublisher;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code twin publish RUN_OR_SWEEP_DIR --out DATASET_DIR}: turns a run folder or a sweep folder into a
 * dataset for researchers (tables, README.md, datapackage.json, data-dictionary.md, SHA256SUMS, run
 * manifests; a sweep's members hive-partitioned as member=<n>/; see docs/publish.md). Exit 0 ok, 2 bad
 * input (unknown table, missing file, not a run or sweep folder, no finished member, collect out of date,
 * output not empty).
 */
@Command(name = "publish", mixinStandardHelpOptions = true,
    description = {"Publish a run folder or a sweep folder as a self-describing dataset (Parquet, datapackage.json,"
        + " README, data dictionary, checksums).",
        "A sweep (twin sweep plan/run/collect) is published with its finished members as member=<n>/ (hive partitioning),"
            + " the network once, members, statistics and every run.json; unfinished members are skipped and listed."})
final class PublishCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "RUN_OR_SWEEP_DIR",
      description = "Output folder of `twin run` (with run.json) or a sweep folder of `twin sweep plan` (with plan.properties;"
          + " run and collect it first).")
  Path runDir;

  @Option(names = "--out", required = true, description = "Dataset folder to create (must not exist or be empty).")
  Path out;

  @Option(names = "--tables", split = ",", description = "Tables to publish, e.g. legs,link_volumes,links (default: every twin table in the run, or in the"
          + " first finished member of a sweep).")
  List<String> tables;

  @Option(names = "--licence", defaultValue = "", description = "Licence of the dataset, e.g. CC-BY-4.0 (default: not specified).")
  String licence;

  @Option(names = "--wgs84", description = "Also write links_wgs84.parquet (geometry in longitude/latitude) for web maps.")
  boolean wgs84;

  @Option(names = "--row-group-mb", defaultValue = "8", paramLabel = "MB",
      description = "Row group size (uncompressed MiB) of re-sorted tables such as link_volumes (default: ${DEFAULT-VALUE}).")
  double rowGroupMb;

  @Override
  public Integer call() {
    if (!(rowGroupMb >= 0.0625 && rowGroupMb <= 1024)) {
      throw new UsageException("--row-group-mb " + rowGroupMb + " is out of range; give 0.0625 to 1024 MiB (default 8)");
    }
    if (!java.nio.file.Files.isDirectory(runDir)) {
      throw new UsageException("RUN_OR_SWEEP_DIR " + runDir + " is not a folder; give the --out folder of `twin run` or a sweep folder");
    }
    if (java.nio.file.Files.isDirectory(out) && !isEmpty(out)) {
      throw new UsageException("--out " + out + " already exists and is not empty; choose a new dataset folder");
    }
    PublishSettings settings = new PublishSettings(tables == null ? List.of() : tables, licence, wgs84, Instant.now(),
        (long) (rowGroupMb * 1024 * 1024));
    PrintWriter o = spec.commandLine().getOut();
    List<DataPackage.Resource> published;
    if (SweepPublisher.isSweep(runDir)) {
      SweepPublisher.Result r = SweepPublisher.publish(runDir, out, settings);
      published = r.resources();
      o.println("sweep: published members " + r.published() + (r.sharedNetwork() ? "; network identical in all, published once" : ""));
      if (!r.skipped().isEmpty()) {
        o.println("skipped unfinished members (no _SUCCESS): " + r.skipped() + "; listed in README.md");
      }
    } else {
      published = DatasetPublisher.publish(runDir, out, settings);
    }
    for (DataPackage.Resource r : published) {
      o.println("published " + r.path() + (r.schema() == null ? "" : " (" + r.rows() + " rows)"));
    }
    o.println("dataset written to " + out.toAbsolutePath().normalize() + " (README.md, datapackage.json, data-dictionary.md, SHA256SUMS)");
    o.flush();
    return ExitCodes.OK;
  }

  private static boolean isEmpty(Path dir) {
    try (java.util.stream.Stream<Path> s = java.nio.file.Files.list(dir)) {
      return s.findAny().isEmpty();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
    }
  }
}
