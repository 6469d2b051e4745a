package de.bochumtwin.results.compare;

import de.bochumtwin.results.json.JsonReader;
import de.bochumtwin.results.report.HtmlPage;
import de.bochumtwin.results.report.HtmlPage.Cell;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/** Pieces shared by the run and the comparison report: geometries, the manifest section, PNG files. */
final class ReportParts {
  private ReportParts() {}

  /** The links' geometries parsed from WKB, in {@code ids} order (null where a link has none). */
  static List<Geometry> geometries(List<String> ids, Map<String, byte[]> wkb, Path source) {
    WKBReader reader = new WKBReader();
    List<Geometry> out = new ArrayList<>(ids.size());
    for (String id : ids) {
      byte[] b = wkb.get(id);
      try {
        out.add(b == null ? null : reader.read(b));
      } catch (ParseException e) {
        throw new IllegalArgumentException(source + ": link " + id + " has an invalid WKB geometry (" + e.getMessage()
            + "); rewrite links.parquet with twin run", e);
      }
    }
    return out;
  }

  /** A setting of run.json as text, or {@code fallback}. */
  static String setting(RunOutputs r, String key, String fallback) {
    Object s = JsonReader.parseObject(r.manifestJson, r.dir.resolve("run.json").toString()).get("settings");
    if (s instanceof Map<?, ?> m && m.get(key) != null) {
      return String.valueOf(m.get(key));
    }
    return fallback;
  }

  /** A short summary table of run.json and the whole file, folded. */
  static void manifest(HtmlPage page, String label, RunOutputs r) {
    Map<String, Object> m = JsonReader.parseObject(r.manifestJson, r.dir.resolve("run.json").toString());
    List<List<Cell>> rows = new ArrayList<>();
    rows.add(List.of(Cell.text("folder"), Cell.text(r.dir.toAbsolutePath().normalize().toString())));
    for (String k : List.of("twin_version", "seed", "started_at", "finished_at", "wall_time_s", "java_version", "threads")) {
      if (m.containsKey(k)) {
        rows.add(List.of(Cell.text(k), Cell.text(String.valueOf(m.get(k)))));
      }
    }
    for (String k : List.of("scenario", "whatif_name", "whatif_measures", "sample", "first_iteration", "last_iteration",
        "network_modes", "extensions", "command_line")) {
      String v = setting(r, k, null);
      if (v != null) {
        rows.add(List.of(Cell.text(k), Cell.text(v)));
      }
    }
    page.table("manifest-" + label, List.of("run.json (" + label + ")", "value"), rows);
    page.preformatted("the complete run.json (" + label + ")", r.manifestJson, true);
  }

  /** Writes {@code png} as a new file in {@code dir} and returns the bytes. */
  static byte[] write(Path dir, String name, byte[] png) {
    try {
      Files.write(dir.resolve(name), png, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      return png;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + dir.resolve(name) + ": " + e.getMessage(), e);
    }
  }

  /** The bytes of an existing PNG of the run folder, or null when the run did not write it. */
  static byte[] readIfPresent(Path file) {
    try {
      return Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
