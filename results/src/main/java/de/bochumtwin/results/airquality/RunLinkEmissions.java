package de.bochumtwin.results.airquality;

import de.bochumtwin.core.airquality.AirSpecies;
import de.bochumtwin.results.compare.ParquetRows;
import de.bochumtwin.results.json.JsonReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.parquet.example.data.Group;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/**
 * The links and their hourly emissions of a finished run, read from its folder: geometry, type,
 * free speed, lanes and origId from {@code links.parquet}; grams per link and hour from
 * {@code emissions_link_hour.parquet} (written by {@code twin run --emissions} or {@code twin emissions});
 * the sample share from run.json's {@code flow_capacity_factor} (a 1 % run has 0.01: its emissions are
 * multiplied by 100 to stand for the whole population). Species: NOx = {@code nox_g}, NO2 = {@code no2_g}
 * (direct), PM10 = {@code pm_g + pm_non_exhaust_g}, PM2.5 = {@code pm2_5_g + pm2_5_non_exhaust_g}; hours
 * at or after 24 are folded onto the clock hour (hour mod 24).
 */
public final class RunLinkEmissions {
  /** One link: id, origId (nullable), type (nullable), free speed, lanes and its straight line. */
  public record Link(String id, String origId, String type, double freespeed_mps, double lanes,
      double x0, double y0, double x1, double y1) {}

  private final List<Link> links;
  private final double[][] grams;
  private final double sampleShare;
  private final String crs;

  private RunLinkEmissions(List<Link> links, double[][] grams, double sampleShare, String crs) {
    this.links = links;
    this.grams = grams;
    this.sampleShare = sampleShare;
    this.crs = crs;
  }

  public List<Link> links() {
    return links;
  }

  /** Grams of {@code s} emitted on link {@code l} in clock hour {@code hour} (0-23), as simulated (not scaled). */
  public double grams(int l, int hour, AirSpecies s) {
    return grams[l][hour * 4 + s.ordinal()];
  }

  /** Share of the population simulated (1 for a full run). */
  public double sampleShare() {
    return sampleShare;
  }

  /** CRS of the link coordinates, e.g. EPSG:25832 (from the GeoParquet metadata; "unknown" if absent). */
  public String crs() {
    return crs;
  }

  /** Reads a finished run folder (sample share from its run.json). */
  public static RunLinkEmissions read(Path runDir) {
    return read(runDir, Double.NaN);
  }

  /**
   * Reads the link and emission tables of {@code runDir}; {@code sampleShare} NaN means: from run.json
   * (a run still being written has none yet, so {@code twin run --airquality} passes its own share).
   */
  public static RunLinkEmissions read(Path runDir, double sampleShare) {
    Path linksFile = runDir.resolve("links.parquet");
    Path emFile = runDir.resolve("emissions_link_hour.parquet");
    Path manifest = runDir.resolve("run.json");
    for (Path p : Double.isNaN(sampleShare) ? List.of(linksFile, emFile, manifest) : List.of(linksFile, emFile)) {
      if (!Files.isRegularFile(p)) {
        throw new IllegalArgumentException(runDir + " has no " + p.getFileName() + "; give the --out folder of"
            + " `twin run --emissions` (or of `twin emissions` plus links.parquet and run.json)");
      }
    }
    List<Link> links = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    WKBReader wkb = new WKBReader();
    Map<String, String> meta = ParquetRows.forEach(linksFile, g -> {
      Geometry geom;
      try {
        geom = wkb.read(g.getBinary("geometry", 0).getBytes());
      } catch (ParseException e) {
        throw new IllegalArgumentException(linksFile + ": link " + g.getString("link_id", 0) + ": bad WKB geometry: " + e.getMessage());
      }
      Coordinate[] c = geom.getCoordinates();
      String id = g.getString("link_id", 0);
      index.put(id, links.size());
      links.add(new Link(id, opt(g, "orig_id"), opt(g, "type"), g.getDouble("freespeed_mps", 0), g.getDouble("lanes", 0),
          c[0].x, c[0].y, c[c.length - 1].x, c[c.length - 1].y));
    });
    String crs = crsOf(meta.get("geo"));
    double[][] grams = new double[links.size()][24 * 4];
    ParquetRows.forEach(emFile, g -> {
      String id = g.getString("link_id", 0);
      Integer l = index.get(id);
      if (l == null) {
        throw new IllegalArgumentException(emFile + ": link " + id + " is not in links.parquet; are both from the same run?");
      }
      int h = Math.floorMod(g.getInteger("hour", 0), 24);
      double[] row = grams[l];
      row[h * 4 + AirSpecies.NOX.ordinal()] += num(g, "nox_g");
      row[h * 4 + AirSpecies.NO2.ordinal()] += num(g, "no2_g");
      row[h * 4 + AirSpecies.PM10.ordinal()] += num(g, "pm_g") + num(g, "pm_non_exhaust_g");
      row[h * 4 + AirSpecies.PM2_5.ordinal()] += num(g, "pm2_5_g") + num(g, "pm2_5_non_exhaust_g");
    });
    double share = sampleShare;
    if (Double.isNaN(share)) {
      Map<String, Object> run;
      try {
        run = JsonReader.parseObject(Files.readString(manifest), manifest.toString());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + manifest + ": " + e.getMessage(), e);
      }
      share = 1;
      Object settings = run.get("settings");
      if (settings instanceof Map<?, ?> m && m.get("flow_capacity_factor") instanceof Number n) {
        share = n.doubleValue();
      }
    }
    if (!(share > 0 && share <= 1)) {
      throw new IllegalArgumentException(manifest + ": settings.flow_capacity_factor must be in (0, 1], got " + share);
    }
    return new RunLinkEmissions(List.copyOf(links), grams, share, crs);
  }

  private static double num(Group g, String col) {
    if (!g.getType().containsField(col) || g.getFieldRepetitionCount(col) == 0) {
      return 0;
    }
    return g.getDouble(col, 0);
  }

  private static String opt(Group g, String col) {
    return g.getType().containsField(col) && g.getFieldRepetitionCount(col) > 0 ? g.getString(col, 0) : null;
  }

  static String crsOf(String geo) {
    if (geo == null) {
      return "unknown";
    }
    int i = geo.lastIndexOf("\"code\""); // the top-level id comes last in PROJJSON
    if (i >= 0) {
      int a = geo.indexOf(':', i + 6);
      int b = geo.indexOf(',', a);
      int e = geo.indexOf('}', a);
      int end = b < 0 ? e : e < 0 ? b : Math.min(b, e);
      String code = geo.substring(a + 1, end).replaceAll("[^0-9]", "");
      if (!code.isEmpty()) {
        return "EPSG:" + code;
      }
    }
    return "unknown";
  }
}
