package de.bochumtwin.calibration.feeds;

import static javax.xml.stream.XMLStreamConstants.END_DOCUMENT;
import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import de.bochumtwin.scenarios.io.XmlInput;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Reads MATSim counts v2 ({@code counts_v2.xsd}, notes/matsim-semantics.md section 3.4) into a
 * {@link SensorFeed}:
 *
 * <pre>
 * &lt;counts year="2024" name? description? source?&gt;
 *   &lt;location id="LINK_ID" name? x? y?&gt;               (refId is accepted for id)
 *     &lt;measurements type="volumes" mode="car" interval="3600"&gt;
 *       &lt;value t="28800" val="412"/&gt;                 (t = interval start, s after midnight)
 * </pre>
 *
 * One station per location, its id being the link id (matched by link id first); the mode of a
 * {@code measurements} element becomes the observation's vehicle class, so
 * {@link SensorFeed#hourly} can select e.g. {@code car} or {@code truck}. Only {@code type}
 * {@code volumes} (or absent) is read; other types (velocities, passengers) are skipped with a
 * {@link FeedIssue.Kind#MALFORMED} issue naming the location. Values are vehicles per interval; the
 * file has no dates, so all values are placed on 1 January of {@code year} in local time
 * ({@code zone}). Intervals longer than an hour (daily values, {@code interval="86400"}) are kept as
 * observations and then reported as {@code NOT_HOURLY} by the hourly aggregation; a missing or
 * negative {@code val} is reported with its file and line, never read as 0.
 */
public final class CountsV2Reader {
  private CountsV2Reader() {}

  /** Whether {@code file} (plain or gzip) is counts v2: its first {@code <location} comes before any {@code <count }. */
  public static boolean isV2(Path file) {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(de.bochumtwin.scenarios.io.InputFiles.open(file),
        StandardCharsets.UTF_8))) {
      for (String l = r.readLine(); l != null; l = r.readLine()) {
        if (l.contains("<location")) {
          return true;
        }
        if (l.contains("<count ")) {
          return false;
        }
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read counts " + file + ": " + e.getMessage(), e);
    }
  }

  public static SensorFeed read(Path file, ZoneId zone) {
    SensorFeed.Builder feed = SensorFeed.builder(file.toString());
    try (XmlInput in = XmlInput.open(file)) {
      boolean root = false;
      LocalDate day = LocalDate.of(2000, 1, 1);
      String station = null;
      String mode = null;
      int interval_s = 3600;
      boolean skip = false;
      while (true) {
        int e = in.next();
        if (e == END_DOCUMENT) {
          break;
        }
        if (e == END_ELEMENT) {
          if (in.name().equals("measurements")) {
            mode = null;
            skip = false;
          }
          continue;
        }
        if (e != START_ELEMENT) {
          continue;
        }
        String n = in.name();
        if (!root) {
          if (!n.equals("counts")) {
            throw in.error("root element is <" + n + ">, expected <counts>; pass a MATSim counts v2 file");
          }
          root = true;
          int year = (int) in.optionalDouble("year", 2000);
          day = LocalDate.of(year, 1, 1);
        } else if (n.equals("location")) {
          String id = in.attr("id") != null ? in.attr("id") : in.attr("refId");
          if (id == null || id.isBlank()) {
            throw in.error("<location> without id; give the link id as id=\"...\"");
          }
          station = id;
          feed.station(new SensorStation(id, in.optionalDouble("x", Double.NaN), in.optionalDouble("y", Double.NaN), id, null,
              Double.NaN));
        } else if (n.equals("measurements")) {
          if (station == null) {
            throw in.error("<measurements> outside a <location>");
          }
          String type = in.attr("type");
          mode = in.attr("mode") == null ? "all" : in.attr("mode");
          interval_s = (int) in.optionalDouble("interval", 3600);
          if (interval_s <= 0) {
            throw in.error("interval must be > 0 seconds, got " + interval_s);
          }
          skip = type != null && !type.equalsIgnoreCase("volumes") && !type.equalsIgnoreCase("count")
              && !type.equalsIgnoreCase("counts");
          if (skip) {
            feed.issue(FeedIssue.Kind.MALFORMED, station + "/" + type, "measurements of type '" + type
                + "' are not volumes and are not used (line " + in.line() + ")");
          }
        } else if (n.equals("value")) {
          if (mode == null) {
            throw in.error("<value> outside <measurements>");
          }
          if (skip) {
            continue;
          }
          String id = file.getFileName() + ":" + in.line();
          String t = in.attr("t");
          String v = in.attr("val");
          if (v == null || v.isBlank()) {
            feed.issue(FeedIssue.Kind.MISSING_VALUE, id, "value without val at location " + station + ", t=" + t);
            continue;
          }
          double val;
          int t_s;
          try {
            val = Double.parseDouble(v.trim());
            t_s = (int) Double.parseDouble(t == null ? "0" : t.trim());
          } catch (NumberFormatException ex) {
            feed.issue(FeedIssue.Kind.MALFORMED, id, "non-numeric t='" + t + "' or val='" + v + "' at location " + station);
            continue;
          }
          if (!(val >= 0) || Double.isInfinite(val) || t_s < 0) {
            feed.issue(FeedIssue.Kind.MALFORMED, id, "negative or infinite val=" + v + " or t=" + t + " at location " + station);
            continue;
          }
          Instant start = day.atStartOfDay(zone).plusSeconds(t_s).toInstant();
          feed.observation(new SensorObservation(id, station, mode, start, start.plusSeconds(interval_s), val));
        }
      }
    }
    return feed.build();
  }
}
