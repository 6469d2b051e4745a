package de.bochumtwin.results.publish;

import de.bochumtwin.results.compare.ParquetRows;
import de.bochumtwin.results.json.JsonReader;
import de.bochumtwin.results.parquet.TableSchema;
import de.bochumtwin.results.run.AtomicOutputDir;
import de.bochumtwin.results.run.Sha256;
import de.bochumtwin.results.sweep.MemberKpis;
import de.bochumtwin.results.sweep.SweepMember;
import de.bochumtwin.results.sweep.SweepTables;
import de.bochumtwin.results.tables.LinkVolumesParquet;
import de.bochumtwin.results.tables.LinksParquet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Publishes a sweep folder ({@code twin sweep plan} + {@code run} + {@code collect}) as one dataset: the
 * finished members' tables hive-partitioned under {@code member=<n>/} (so one DuckDB statement with
 * {@code hive_partitioning = true} reads all members), each with its {@code run.json} and {@code kpis.parquet};
 * the network once at the top when every member's {@code links.parquet} has the same SHA-256 (else per
 * member); {@code members.parquet}/{@code .csv}, the sweep file, plan and point scenarios; the ensemble
 * statistics of {@code collect/} and its charts. Unfinished members (no {@code _SUCCESS}) are left out and
 * listed; a sweep without a finished member, or whose {@code collect/} does not cover exactly the finished
 * members, is refused before anything is written.
 */
public final class SweepPublisher {
  private SweepPublisher() {}

  /** What was published: the files in order, the published and the skipped (unfinished) members. */
  public record Result(List<DataPackage.Resource> resources, List<Integer> published, List<Integer> skipped,
      boolean sharedNetwork) {}

  /** True when {@code dir} is a sweep folder written by {@code twin sweep plan}. */
  public static boolean isSweep(Path dir) {
    return Files.isRegularFile(dir.resolve(SweepInfo.PLAN)) && Files.isRegularFile(dir.resolve(SweepInfo.MEMBERS_CSV));
  }

  /** Publishes the sweep folder {@code sweepDir} into the new folder {@code outDir}. */
  public static Result publish(Path sweepDir, Path outDir, PublishSettings settings) {
    SweepInfo info = SweepInfo.read(sweepDir);
    List<SweepInfo.Member> done = new ArrayList<>();
    List<Integer> skipped = new ArrayList<>();
    for (SweepInfo.Member m : info.members()) {
      if (MemberKpis.isFinished(runDir(sweepDir, m.member()))) {
        done.add(m);
      } else {
        skipped.add(m.member());
      }
    }
    if (done.isEmpty()) {
      throw new IllegalArgumentException(sweepDir + ": none of the " + info.members().size() + " members is finished (no "
          + MemberKpis.MARKER + " in runs/member=<n>/); run the sweep first (twin sweep run / resume)");
    }
    Path first = runDir(sweepDir, done.get(0).member());
    List<TableSchema> tables = DatasetPublisher.chooseTables(first, settings.tables());
    for (SweepInfo.Member m : done) {
      Path dir = runDir(sweepDir, m.member());
      for (TableSchema t : tables) {
        if (!Files.isRegularFile(dir.resolve(t.fileName()))) {
          throw new IllegalArgumentException(dir.resolve(t.fileName()) + " does not exist but member " + done.get(0).member()
              + " has it; leave '" + t.name() + "' out with --tables");
        }
        DatasetPublisher.checkColumns(dir.resolve(t.fileName()), t);
      }
      DatasetPublisher.checkColumns(dir.resolve("kpis.parquet"), MemberKpis.SCHEMA);
      requireFile(dir.resolve("run.json"));
    }
    boolean withLinks = tables.contains(LinksParquet.SCHEMA);
    if (settings.wgs84() && !withLinks) {
      throw new IllegalArgumentException("--wgs84 needs links.parquet of the members; add links to --tables");
    }
    boolean shared = withLinks && sameNetwork(sweepDir, done);
    TableSchema members = SweepTables.members(info.columns(), info.parameters());
    DatasetPublisher.checkColumns(sweepDir.resolve("members.parquet"), members);
    TableSchema kpiStats = SweepTables.kpiStats(info.columns());
    Path collect = sweepDir.resolve("collect");
    checkCollect(collect, kpiStats, done);

    List<DataPackage.Resource> res = new ArrayList<>();
    try (AtomicOutputDir out = AtomicOutputDir.create(outDir)) {
      Path ds = out.path();
      res.add(table(members, sweepDir.resolve("members.parquet"), ds, "members.parquet", ""));
      res.add(file(sweepDir.resolve(SweepInfo.MEMBERS_CSV), ds, "members.csv", "Members as CSV, with each point's scenario file"));
      res.add(file(sweepDir.resolve(SweepInfo.PLAN), ds, "plan.properties", "Sweep plan: name, parameters, points, resources"));
      if (Files.isRegularFile(sweepDir.resolve("sweep.yaml"))) {
        res.add(file(sweepDir.resolve("sweep.yaml"), ds, "sweep.yaml", "The sweep file as given to twin sweep plan"));
      }
      for (Path p : sorted(sweepDir.resolve("scenarios"), ".yaml")) {
        res.add(file(p, ds, "scenarios/" + p.getFileName(), "What-if scenario of one sweep point (twin run --scenario)"));
      }
      if (shared) {
        res.add(table(LinksParquet.SCHEMA, first.resolve("links.parquet"), ds, "links.parquet",
            " Identical (SHA-256) in every member; published once."));
        if (settings.wgs84()) {
          res.add(wgs84(first.resolve("links.parquet"), ds, "links_wgs84.parquet"));
        }
      }
      res.add(table(kpiStats, collect.resolve("kpi_stats.parquet"), ds, "kpi_stats.parquet", ""));
      res.add(table(SweepTables.LINK_STATS, collect.resolve("link_stats.parquet"), ds, "link_stats.parquet", ""));
      res.add(table(SweepTables.KPI_DIFF, collect.resolve("kpi_diff.parquet"), ds, "kpi_diff.parquet", ""));
      for (Path p : sorted(collect.resolve("charts"), ".png")) {
        res.add(file(p, ds, "charts/" + p.getFileName(), "Chart: KPI mean across seeds with the 5 %..95 % band per point"));
      }
      for (SweepInfo.Member m : done) {
        Path src = runDir(sweepDir, m.member());
        String prefix = SweepMember.folderName(m.member()) + "/";
        Files.createDirectories(ds.resolve(prefix));
        for (TableSchema t : tables) {
          if (t.equals(LinksParquet.SCHEMA) && shared) {
            continue;
          }
          if (t.name().equals(LinkVolumesParquet.SCHEMA.name())) {
            Path dst = ds.resolve(prefix + t.fileName());
            DatasetPublisher.writeSorted(src.resolve(t.fileName()), dst, t, settings.sortedRowGroupBytes(), "link_id", "hour", "mode");
            res.add(DatasetPublisher.resource(t, dst, prefix + t.fileName(), " Member " + m.member()
                + "; published copy re-sorted by link_id, hour, mode for range queries."));
          } else {
            res.add(table(t, src.resolve(t.fileName()), ds, prefix + t.fileName(), " Member " + m.member() + "."));
          }
        }
        if (withLinks && !shared && settings.wgs84()) {
          res.add(wgs84(src.resolve("links.parquet"), ds, prefix + "links_wgs84.parquet"));
        }
        res.add(table(MemberKpis.SCHEMA, src.resolve("kpis.parquet"), ds, prefix + "kpis.parquet", " Member " + m.member() + "."));
        res.add(file(src.resolve("run.json"), ds, prefix + "run.json", "Run manifest of member " + m.member() + " (point "
            + m.point() + ", seed " + m.seed() + ")"));
      }
      DatasetPublisher.write(ds.resolve("data-dictionary.md"), DataDictionary.markdown()
          + DataDictionary.sweepSection(info.name(), List.of(members, kpiStats)));
      List<DataPackage.Source> sources = new ArrayList<>();
      for (SweepInfo.Member m : done) {
        String manifest = SweepMember.folderName(m.member()) + "/run.json";
        Map<String, Object> run = JsonReader.parseObject(DatasetPublisher.read(ds.resolve(manifest)), manifest);
        sources.add(new DataPackage.Source("bochum-twin " + run.getOrDefault("twin_version", "?") + " run of member " + m.member()
            + ", point " + m.point() + ", seed " + m.seed() + ", started " + run.getOrDefault("started_at", "?"), manifest));
      }
      String title = "Bochum traffic twin: sweep " + info.name();
      DatasetPublisher.write(ds.resolve("datapackage.json"), DataPackage.json(DataPackage.resourceName("bochum-twin-sweep-" + info.name()),
          title, "Parameter sweep of the Bochum traffic twin: " + done.size() + " finished member runs of " + info.points()
              + " points, partitioned as member=<n>/, with ensemble statistics; see README.md and data-dictionary.md.",
          settings.publishedAt(), settings.licence(), sources, res));
      Map<String, Object> firstRun = JsonReader.parseObject(DatasetPublisher.read(first.resolve("run.json")), "run.json");
      DatasetPublisher.write(ds.resolve("README.md"), SweepReadme.text(title, info, done, skipped, shared, settings, firstRun, res));
      DatasetPublisher.write(ds.resolve("SHA256SUMS"), DatasetPublisher.checksums(ds));
      out.commit();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the dataset " + outDir + ": " + e.getMessage(), e);
    }
    return new Result(List.copyOf(res), done.stream().map(SweepInfo.Member::member).toList(), List.copyOf(skipped), shared);
  }

  private static Path runDir(Path sweepDir, int member) {
    return sweepDir.resolve("runs").resolve(SweepMember.folderName(member));
  }

  /** True when every finished member's links.parquet has the same SHA-256. */
  private static boolean sameNetwork(Path sweepDir, List<SweepInfo.Member> done) {
    Set<String> hashes = new HashSet<>();
    for (SweepInfo.Member m : done) {
      hashes.add(Sha256.ofFile(runDir(sweepDir, m.member()).resolve("links.parquet")));
    }
    return hashes.size() == 1;
  }

  /** collect/ must hold the three statistics tables, computed from exactly the finished members. */
  private static void checkCollect(Path collect, TableSchema kpiStats, List<SweepInfo.Member> done) {
    String again = "; run `twin sweep collect` on the sweep folder first";
    for (String f : List.of("kpi_stats.parquet", "link_stats.parquet", "kpi_diff.parquet")) {
      if (!Files.isRegularFile(collect.resolve(f))) {
        throw new IllegalArgumentException(collect.resolve(f) + " does not exist" + again);
      }
    }
    DatasetPublisher.checkColumns(collect.resolve("kpi_stats.parquet"), kpiStats);
    DatasetPublisher.checkColumns(collect.resolve("link_stats.parquet"), SweepTables.LINK_STATS);
    DatasetPublisher.checkColumns(collect.resolve("kpi_diff.parquet"), SweepTables.KPI_DIFF);
    Map<Integer, Integer> want = new TreeMap<>();
    for (SweepInfo.Member m : done) {
      want.merge(m.point(), 1, Integer::sum);
    }
    Map<Integer, Integer> have = new TreeMap<>();
    ParquetRows.forEach(collect.resolve("kpi_stats.parquet"), g -> have.put(g.getInteger("point", 0), g.getInteger("n", 0)));
    if (!want.equals(have)) {
      throw new IllegalArgumentException(collect.resolve("kpi_stats.parquet") + " counts members per point " + have
          + " but the finished members are " + want + " (collect/ is out of date)" + again);
    }
  }

  private static DataPackage.Resource table(TableSchema t, Path src, Path ds, String path, String note) throws IOException {
    Path dst = ds.resolve(path);
    Files.createDirectories(dst.getParent());
    DatasetPublisher.copy(src, dst);
    return DatasetPublisher.resource(t, dst, path, note);
  }

  private static DataPackage.Resource wgs84(Path links, Path ds, String path) {
    Path dst = ds.resolve(path);
    LinksWgs84.write(links, dst);
    return DatasetPublisher.resource(LinksWgs84.SCHEMA, dst, path, "");
  }

  private static DataPackage.Resource file(Path src, Path ds, String path, String description) throws IOException {
    Path dst = ds.resolve(path);
    Files.createDirectories(dst.getParent());
    DatasetPublisher.copy(src, dst);
    return new DataPackage.Resource(null, path, Files.size(dst), Sha256.ofFile(dst), 0, description);
  }

  private static void requireFile(Path f) {
    if (!Files.isRegularFile(f)) {
      throw new IllegalArgumentException(f + " does not exist although the member is marked finished; rerun the member");
    }
  }

  private static List<Path> sorted(Path dir, String suffix) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
    }
  }
}
