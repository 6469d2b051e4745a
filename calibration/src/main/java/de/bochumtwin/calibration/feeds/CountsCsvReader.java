package de.bochumtwin.calibration.feeds;

import de.bochumtwin.scenarios.io.InputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads traffic counts from a CSV file with a header line; separator {@code ,} or {@code ;} (from the
 * header). Columns (any order, names case-insensitive):
 *
 * <ul>
 *   <li>{@code station_id} (required); where: {@code x,y} (scenario CRS, m), {@code link_id},
 *       {@code osm_way_id}; direction: {@code bearing} (degrees clockwise from north) or
 *       {@code direction} (N, NE, ...); the first row of a station defines it.
 *   <li>{@code start}, {@code end} (required): ISO-8601 with offset, or local time in the given zone.
 *   <li>{@code vehicle_class} or {@code mode} (default {@code all}); {@code value} (required):
 *       vehicles in the interval. An empty value is reported as missing, a non-numeric one as malformed.
 * </ul>
 *
 * Structural errors (missing column, wrong field count) throw {@link InputException} with file and
 * line; problems of single observations become {@link FeedIssue}s with the id {@code file:line}.
 */
public final class CountsCsvReader {
  private CountsCsvReader() {}

  public static SensorFeed read(Path file, ZoneId zone) {
    SensorFeed.Builder feed = SensorFeed.builder(file.toString());
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String header = r.readLine();
      if (header == null) {
        throw new InputException(file, 1, "the file is empty; expected a header with station_id,start,end,value");
      }
      String sep = header.contains(";") && !header.contains(",") ? ";" : ",";
      String[] names = header.replace("\uFEFF", "").split(sep, -1);
      Map<String, Integer> col = new HashMap<>();
      for (int i = 0; i < names.length; i++) {
        col.put(names[i].trim().toLowerCase(Locale.ROOT), i);
      }
      for (String req : new String[] {"station_id", "start", "end", "value"}) {
        if (!col.containsKey(req)) {
          throw new InputException(file, 1, "missing column '" + req + "'; the header must name station_id, start, end, value "
              + "(and optionally x, y, link_id, osm_way_id, bearing or direction, vehicle_class)");
        }
      }
      String line;
      int lineNo = 1;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        String[] f = line.split(sep, -1);
        if (f.length != names.length) {
          throw new InputException(file, lineNo, "has " + f.length + " fields, the header " + names.length
              + "; quote-free CSV with one value per column is expected");
        }
        row(file, lineNo, f, col, zone, feed);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read counts " + file + ": " + e.getMessage(), e);
    }
    return feed.build();
  }

  private static void row(Path file, int lineNo, String[] f, Map<String, Integer> col, ZoneId zone, SensorFeed.Builder feed) {
    String id = file.getFileName() + ":" + lineNo;
    String station = get(f, col, "station_id");
    if (station.isEmpty()) {
      throw new InputException(file, lineNo, "empty station_id");
    }
    if (!feed.hasStation(station)) {
      double bearing;
      try {
        String b = get(f, col, "bearing");
        bearing = SensorStation.parseBearing(b.isEmpty() ? get(f, col, "direction") : b);
      } catch (IllegalArgumentException e) {
        throw new InputException(file, lineNo, e.getMessage());
      }
      feed.station(new SensorStation(station, number(file, lineNo, get(f, col, "x")), number(file, lineNo, get(f, col, "y")),
          emptyToNull(get(f, col, "link_id")), emptyToNull(get(f, col, "osm_way_id")), bearing));
    }
    String cls = get(f, col, "vehicle_class");
    if (cls.isEmpty()) {
      cls = get(f, col, "mode");
    }
    cls = cls.isEmpty() ? "all" : cls;
    String value = get(f, col, "value");
    if (value.isEmpty()) {
      feed.issue(FeedIssue.Kind.MISSING_VALUE, id, "station " + station + " " + get(f, col, "start") + ": no value");
      return;
    }
    try {
      Instant start = Times.parse(get(f, col, "start"), zone);
      Instant end = Times.parse(get(f, col, "end"), zone);
      feed.observation(new SensorObservation(id, station, cls, start, end, Double.parseDouble(value)));
    } catch (IllegalArgumentException e) {
      feed.issue(FeedIssue.Kind.MALFORMED, id, e.getMessage());
    }
  }

  private static double number(Path file, int line, String s) {
    if (s.isEmpty()) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      throw new InputException(file, line, "coordinate '" + s + "' is not a number (metres in the scenario CRS)");
    }
  }

  private static String get(String[] f, Map<String, Integer> col, String name) {
    Integer i = col.get(name);
    return i == null ? "" : f[i].trim();
  }

  private static String emptyToNull(String s) {
    return s.isEmpty() ? null : s;
  }
}
