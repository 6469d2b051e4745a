package de.bochumtwin.results.publish;

import de.bochumtwin.results.json.JsonReader;
import de.bochumtwin.results.parquet.ParquetTableWriter;
import de.bochumtwin.results.parquet.TableSchema;
import de.bochumtwin.results.run.AtomicOutputDir;
import de.bochumtwin.results.run.Sha256;
import de.bochumtwin.results.tables.LinkVolumesParquet;
import de.bochumtwin.results.tables.OutputTables;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.schema.Type;

/**
 * Turns a {@code twin run} output folder into a dataset that stands on its own (issue 10): the chosen
 * Parquet tables, {@code run.json}, {@code data-dictionary.md}, {@code datapackage.json}, {@code README.md}
 * and {@code SHA256SUMS}, written atomically ({@link AtomicOutputDir}).
 *
 * <p>Tables are copied byte for byte, except {@code link_volumes}, which is re-sorted by
 * (link_id, hour, mode) and written with row groups of {@link PublishSettings#sortedRowGroupBytes()}
 * (default {@value #SORTED_ROW_GROUP_BYTES} bytes) so that the
 * per-row-group min/max statistics of {@code link_id} let readers skip most of the file for one link.
 * Sweep folders are handed to {@link SweepPublisher}.
 */
public final class DatasetPublisher {
  /** Row group size (uncompressed bytes) of re-sorted tables: about 200k link_volumes rows per group. */
  public static final long SORTED_ROW_GROUP_BYTES = 8L * 1024 * 1024;

  private DatasetPublisher() {}

  /**
   * Publishes {@code runDir} into the new folder {@code outDir}; returns the published files in order. A
   * sweep folder ({@link SweepPublisher#isSweep}) is published by {@link SweepPublisher}.
   */
  public static List<DataPackage.Resource> publish(Path runDir, Path outDir, PublishSettings settings) {
    if (SweepPublisher.isSweep(runDir)) {
      return SweepPublisher.publish(runDir, outDir, settings).resources();
    }
    Path manifest = runDir.resolve("run.json");
    if (!Files.isRegularFile(manifest)) {
      throw new IllegalArgumentException(runDir + " is neither a twin run folder (no run.json) nor a sweep folder (no"
          + " plan.properties); give the --out folder of `twin run` or `twin sweep plan`");
    }
    Map<String, Object> run = JsonReader.parseObject(read(manifest), manifest.toString());
    List<TableSchema> tables = chooseTables(runDir, settings.tables());
    if (settings.wgs84() && !Files.isRegularFile(runDir.resolve("links.parquet"))) {
      throw new IllegalArgumentException("--wgs84 needs " + runDir.resolve("links.parquet") + ", which does not exist");
    }
    String runName = runDir.toAbsolutePath().normalize().getFileName().toString();
    String title = "Bochum traffic twin: run " + runName;
    List<DataPackage.Resource> resources = new ArrayList<>();
    try (AtomicOutputDir out = AtomicOutputDir.create(outDir)) {
      Path dir = out.path();
      for (TableSchema t : tables) {
        Path src = runDir.resolve(t.fileName());
        Path dst = dir.resolve(t.fileName());
        String note = "";
        if (t.name().equals(LinkVolumesParquet.SCHEMA.name())) {
          writeSorted(src, dst, t, settings.sortedRowGroupBytes(), "link_id", "hour", "mode");
          note = " Published copy: re-sorted by link_id, hour, mode (string order of link_id) for range queries.";
        } else {
          copy(src, dst);
        }
        resources.add(resource(t, dst, note));
      }
      if (settings.wgs84()) {
        Path dst = dir.resolve(LinksWgs84.SCHEMA.fileName());
        LinksWgs84.write(runDir.resolve("links.parquet"), dst);
        resources.add(resource(LinksWgs84.SCHEMA, dst, ""));
      }
      copy(manifest, dir.resolve("run.json"));
      resources.add(new DataPackage.Resource(null, "run.json", size(dir.resolve("run.json")),
          Sha256.ofFile(dir.resolve("run.json")), 0,
          "Run manifest: seed, inputs with SHA-256, settings, phase wall times, counters"));
      write(dir.resolve("data-dictionary.md"), DataDictionary.markdown());
      String description = "Tables of one run of the Bochum traffic twin (agent-based traffic simulation);"
          + " see README.md and data-dictionary.md.";
      write(dir.resolve("datapackage.json"), DataPackage.json(DataPackage.resourceName("bochum-twin-" + runName), title,
          description, settings.publishedAt(), settings.licence(), run, resources));
      write(dir.resolve("README.md"), DatasetReadme.text(title, runName, settings.publishedAt(), settings.licence(), run,
          resources));
      write(dir.resolve("SHA256SUMS"), checksums(dir));
      out.commit();
    }
    return List.copyOf(resources);
  }

  /**
   * {@code sha256sum} format: "hex  relative/path" per file (sub-folders included, '/' separated), sorted by
   * path, SHA256SUMS itself excluded.
   */
  static String checksums(Path dir) {
    TreeSet<String> names = new TreeSet<>();
    try (Stream<Path> s = Files.walk(dir)) {
      s.filter(Files::isRegularFile).forEach(p -> names.add(dir.relativize(p).toString().replace('\\', '/')));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
    }
    names.remove("SHA256SUMS");
    StringBuilder sb = new StringBuilder();
    for (String n : names) {
      sb.append(Sha256.ofFile(dir.resolve(n))).append("  ").append(n).append('\n');
    }
    return sb.toString();
  }

  static List<TableSchema> chooseTables(Path runDir, List<String> requested) {
    Map<String, TableSchema> known = new LinkedHashMap<>();
    for (TableSchema s : OutputTables.all()) {
      known.put(s.name(), s);
    }
    List<TableSchema> chosen = new ArrayList<>();
    if (requested.isEmpty()) {
      for (TableSchema s : known.values()) {
        if (Files.isRegularFile(runDir.resolve(s.fileName()))) {
          chosen.add(s);
        }
      }
      if (chosen.isEmpty()) {
        throw new IllegalArgumentException(runDir + " holds none of the twin's tables " + known.keySet());
      }
    } else {
      for (String name : requested) {
        TableSchema s = known.get(name.trim());
        if (s == null) {
          throw new IllegalArgumentException("--tables: unknown table '" + name + "'; known tables: " + known.keySet());
        }
        if (!Files.isRegularFile(runDir.resolve(s.fileName()))) {
          throw new IllegalArgumentException("--tables: " + runDir.resolve(s.fileName()) + " does not exist; leave '" + name
              + "' out or publish another run");
        }
        if (!chosen.contains(s)) {
          chosen.add(s);
        }
      }
    }
    for (TableSchema s : chosen) {
      checkColumns(runDir.resolve(s.fileName()), s);
    }
    return chosen;
  }

  /** The descriptor is generated from the schema, so a file with other columns (e.g. custom pollutants) is refused. */
  static void checkColumns(Path file, TableSchema s) {
    List<String> have = new ArrayList<>();
    try (ParquetFileReader r = ParquetFileReader.open(new LocalInputFile(file))) {
      for (Type t : r.getFooter().getFileMetaData().getSchema().getFields()) {
        have.add(t.getName());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the Parquet footer of " + file + ": " + e.getMessage(), e);
    }
    List<String> want = s.columns().stream().map(TableSchema.Column::name).toList();
    if (!have.equals(want)) {
      throw new IllegalArgumentException(file + " has columns " + have + " but the twin's schema of '" + s.name() + "' is "
          + want + " (e.g. emissions with custom pollutant tables); leave it out with --tables");
    }
  }

  static void writeSorted(Path src, Path dst, TableSchema t, long rowGroupBytes, String... keys) {
    ParquetColumns in = ParquetColumns.read(src, t);
    Integer[] order = new Integer[in.rows()];
    Arrays.setAll(order, i -> i);
    Comparator<Integer> cmp = null;
    for (String k : keys) {
      Comparator<Integer> c = comparator(in, k);
      cmp = cmp == null ? c : cmp.thenComparing(c);
    }
    Arrays.sort(order, cmp);
    int[] o = new int[order.length];
    for (int i = 0; i < o.length; i++) {
      o[i] = order[i];
    }
    try (ParquetTableWriter w = ParquetTableWriter.open(dst, t, in.extraMetadata(), rowGroupBytes)) {
      w.writeRows(in.bind(o, Map.of()), 0, o.length);
    }
  }

  private static Comparator<Integer> comparator(ParquetColumns in, String key) {
    Object v = in.values(key);
    if (v instanceof String[]) {
      String[] a = (String[]) v;
      return Comparator.comparing(i -> a[i], Comparator.nullsLast(Comparator.naturalOrder()));
    }
    if (v instanceof int[]) {
      int[] a = (int[]) v;
      return Comparator.comparingInt(i -> a[i]);
    }
    throw new IllegalArgumentException("cannot sort by column '" + key + "'");
  }

  static DataPackage.Resource resource(TableSchema t, Path file, String note) {
    return resource(t, file, file.getFileName().toString(), note);
  }

  /** A table resource whose {@code path} in the dataset is {@code path} ('/' separated). */
  static DataPackage.Resource resource(TableSchema t, Path file, String path, String note) {
    long rows;
    try (ParquetFileReader r = ParquetFileReader.open(new LocalInputFile(file))) {
      rows = r.getRecordCount();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the Parquet footer of " + file + ": " + e.getMessage(), e);
    }
    return new DataPackage.Resource(t, path, size(file), Sha256.ofFile(file), rows,
        t.description() + note);
  }

  static void copy(Path src, Path dst) {
    try {
      Files.copy(src, dst);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy " + src + " to " + dst + ": " + e.getMessage(), e);
    }
  }

  static long size(Path f) {
    try {
      return Files.size(f);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot stat " + f + ": " + e.getMessage(), e);
    }
  }

  static String read(Path f) {
    try {
      return Files.readString(f, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + f + ": " + e.getMessage(), e);
    }
  }

  static void write(Path f, String text) {
    try {
      Files.writeString(f, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + f + ": " + e.getMessage(), e);
    }
  }
}
