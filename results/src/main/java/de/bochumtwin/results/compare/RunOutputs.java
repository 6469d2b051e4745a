package de.bochumtwin.results.compare;

import de.bochumtwin.results.json.JsonReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

/**
 * What a comparison or a report needs from one run folder, aggregated: leg totals by mode, daily volume
 * and mean speed per link, hourly totals over all links, the links with their geometry, the run.json
 * text and counters, and the total emissions. Immutable
 * after {@link #read(Path)}.
 */
final class RunOutputs {
  final Path dir;
  /** Legs (trips) per mode, modes sorted. */
  final Map<String, Integer> legsByMode = new TreeMap<>();
  /** Sum of distance_m and trav_time_s of legs of the network modes. */
  double networkDistance_m;
  double networkTravelTime_s;
  final Set<String> networkModes;
  final double sample;
  /** run.json counter {@code stuck_aborted}, or -1 when the run does not report it. */
  final long stuck;
  /** The run.json text as written, and its counters (integers) parsed. */
  final String manifestJson;
  final Map<String, Long> counters = new LinkedHashMap<>();
  /** Per hour bin (index = hour since scenario start): vehicles entering links, speed sum, volume with speed. */
  double[] hourVolume = new double[0];
  double[] hourSpeedSum = new double[0];
  double[] hourSpeedVolume = new double[0];
  /** CO2 (total) in g per hour bin from emissions_link_hour.parquet, or null when the run has none. */
  double[] hourCo2_g;
  /** Per link id: [daily volume, volume-weighted speed sum, volume with speed]. */
  final Map<String, double[]> links = new HashMap<>();
  /** Link ids in links.parquet order, with their WKB geometry. */
  final List<String> linkIds = new ArrayList<>();
  final Map<String, byte[]> geometry = new HashMap<>();
  final Map<String, String> linksMetadata;
  /** Total emissions by column (scope total, key all), or empty when the run has no emissions_totals.parquet. */
  final Map<String, Double> emissions = new LinkedHashMap<>();
  /**
   * Air quality at the named receptors (airquality_exceedances.parquet of {@code twin run --airquality}):
   * receptor -> {NO2 mean, PM10 mean, PM2.5 mean, NO2 hours above 200, PM10 days above 50}; empty without it.
   */
  final Map<String, double[]> airStations = new LinkedHashMap<>();
  /** The run's airquality_grid_mean.parquet, or null. */
  Path airGridMean;

  private RunOutputs(Path dir, Set<String> networkModes, double sample, long stuck, Map<String, String> linksMetadata,
      String manifestJson) {
    this.dir = dir;
    this.manifestJson = manifestJson;
    this.networkModes = networkModes;
    this.sample = sample;
    this.stuck = stuck;
    this.linksMetadata = linksMetadata;
  }

  static RunOutputs read(Path dir) {
    String json;
    try {
      json = Files.readString(dir.resolve("run.json"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + dir.resolve("run.json") + " (" + e.getMessage()
          + "); compare needs two finished run folders of twin run", e);
    }
    Set<String> modes = Set.copyOf(Arrays.asList(jsonString(json, "network_modes", "car").split(",")));
    double sample = Double.parseDouble(jsonNumber(json, "sample", "1"));
    Map<String, Long> counters = new LinkedHashMap<>();
    Object c = JsonReader.parseObject(json, dir.resolve("run.json").toString()).get("counters");
    if (c instanceof Map<?, ?> m) {
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (e.getValue() instanceof Number n) {
          counters.put(String.valueOf(e.getKey()), n.longValue());
        }
      }
    }
    long stuck = counters.getOrDefault("stuck_aborted", -1L);
    List<String> ids = new ArrayList<>();
    Map<String, byte[]> geom = new HashMap<>();
    Map<String, String> meta = ParquetRows.forEach(dir.resolve("links.parquet"), g -> {
      String id = g.getString("link_id", 0);
      ids.add(id);
      geom.put(id, g.getBinary("geometry", 0).getBytes());
    });
    RunOutputs r = new RunOutputs(dir, modes, sample, stuck, meta, json);
    r.counters.putAll(counters);
    r.linkIds.addAll(ids);
    r.geometry.putAll(geom);
    ParquetRows.forEach(dir.resolve("legs.parquet"), g -> {
      String mode = g.getString("mode", 0);
      r.legsByMode.merge(mode, 1, Integer::sum);
      if (modes.contains(mode)) {
        r.networkDistance_m += g.getDouble("distance_m", 0);
        r.networkTravelTime_s += g.getInteger("trav_time_s", 0);
      }
    });
    ParquetRows.forEach(dir.resolve("link_volumes.parquet"), g -> {
      double[] a = r.links.computeIfAbsent(g.getString("link_id", 0), k -> new double[3]);
      int v = g.getInteger("volume", 0);
      int h = Math.max(0, g.getInteger("hour", 0));
      r.ensureHours(h + 1);
      a[0] += v;
      r.hourVolume[h] += v;
      if (ParquetRows.has(g, "mean_speed_mps") && v > 0) {
        double sp = v * g.getDouble("mean_speed_mps", 0);
        a[1] += sp;
        a[2] += v;
        r.hourSpeedSum[h] += sp;
        r.hourSpeedVolume[h] += v;
      }
    });
    Path lh = dir.resolve("emissions_link_hour.parquet");
    if (Files.isRegularFile(lh)) {
      double[][] co2 = {new double[24]};
      ParquetRows.forEach(lh, g -> {
        int h = Math.max(0, g.getInteger("hour", 0));
        if (h >= co2[0].length) {
          co2[0] = Arrays.copyOf(co2[0], h + 1);
        }
        if (ParquetRows.has(g, "co2_total_g")) {
          co2[0][h] += g.getDouble("co2_total_g", 0);
        }
      });
      r.hourCo2_g = co2[0];
    }
    Path aq = dir.resolve("airquality_exceedances.parquet");
    if (Files.isRegularFile(aq)) {
      ParquetRows.forEach(aq, g -> r.airStations.put(g.getString("receptor", 0), new double[] {
          g.getDouble("no2_mean_ugm3", 0), g.getDouble("pm10_mean_ugm3", 0), g.getDouble("pm2_5_mean_ugm3", 0),
          g.getInteger("no2_hours_above_200", 0), g.getInteger("pm10_days_above_50", 0)}));
    }
    Path grid = dir.resolve("airquality_grid_mean.parquet");
    r.airGridMean = Files.isRegularFile(grid) ? grid : null;
    Path em = dir.resolve("emissions_totals.parquet");
    if (Files.isRegularFile(em)) {
      ParquetRows.forEach(em, g -> {
        if (g.getString("scope", 0).equals("total") && g.getString("key", 0).equals("all")) {
          for (Type t : g.getType().getFields()) {
            if (t.isPrimitive() && t.asPrimitiveType().getPrimitiveTypeName() == PrimitiveType.PrimitiveTypeName.DOUBLE
                && ParquetRows.has(g, t.getName())) {
              r.emissions.put(t.getName(), g.getDouble(t.getName(), 0));
            }
          }
        }
      });
    }
    return r;
  }

  private void ensureHours(int n) {
    if (hourVolume.length < n) {
      int len = Math.max(n, 24);
      hourVolume = Arrays.copyOf(hourVolume, len);
      hourSpeedSum = Arrays.copyOf(hourSpeedSum, len);
      hourSpeedVolume = Arrays.copyOf(hourSpeedVolume, len);
    }
  }

  /** Vehicles entering links per hour bin, at least 24 bins. */
  double[] hourlyVolume(int bins) {
    return Arrays.copyOf(hourVolume, Math.max(bins, hourVolume.length));
  }

  /** Volume-weighted mean speed per hour bin in km/h, NaN for hours without a measured speed. */
  double[] hourlySpeed_kmh(int bins) {
    double[] out = new double[Math.max(bins, hourVolume.length)];
    for (int h = 0; h < out.length; h++) {
      out[h] = h < hourSpeedVolume.length && hourSpeedVolume[h] > 0 ? 3.6 * hourSpeedSum[h] / hourSpeedVolume[h] : Double.NaN;
    }
    return out;
  }

  /** A label for the links' CRS: EPSG:25832/25833 from the GeoParquet metadata, else the source CRS string. */
  String crsLabel() {
    String geo = linksMetadata.getOrDefault(de.bochumtwin.results.geo.GeoParquetMetadata.KEY, "");
    Matcher m = Pattern.compile("\"code\"\\s*:\\s*(2583[23])\\b").matcher(geo);
    if (m.find()) {
      return "EPSG:" + m.group(1);
    }
    return linksMetadata.getOrDefault(de.bochumtwin.results.tables.LinksParquet.SOURCE_CRS_KEY, "unknown CRS");
  }

  /** Daily volume of a link (0 when it had no traffic). */
  double volume(String linkId) {
    double[] a = links.get(linkId);
    return a == null ? 0 : a[0];
  }

  /** Volume-weighted mean speed of a link in m/s, or NaN without traffic. */
  double speed_mps(String linkId) {
    double[] a = links.get(linkId);
    return a == null || a[2] == 0 ? Double.NaN : a[1] / a[2];
  }

  int legs() {
    int n = 0;
    for (int v : legsByMode.values()) {
      n += v;
    }
    return n;
  }

  private static String jsonString(String json, String key, String fallback) {
    Matcher m = Pattern.compile("\"" + Pattern.quote(key) + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
    return m.find() ? m.group(1) : fallback;
  }

  private static String jsonNumber(String json, String key, String fallback) {
    Matcher m = Pattern.compile("\"" + Pattern.quote(key) + "\"\\s*:\\s*(-?[0-9][0-9.eE+-]*)").matcher(json);
    return m.find() ? m.group(1) : fallback;
  }
}
