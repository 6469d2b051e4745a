package de.bochumtwin.calibration.feeds;

import de.bochumtwin.results.json.JsonReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads count stations and observations from an OGC SensorThings API (v1.0/1.1) service or from
 * saved response files. One {@link SensorStation} per Datastream (a Thing with two directions has two
 * Datastreams); station id = the Datastream's {@code @iot.id}.
 *
 * <ul>
 *   <li>Things are read from {@code <root>/Things?$expand=Locations,Datastreams} (or from the given
 *       file/URL when it already names the Things collection), following {@code @iot.nextLink}.
 *   <li>Position: the first Location's GeoJSON Point [lon, lat] (WGS84), projected with
 *       {@code projection}; link and direction from the Datastream's (else the Thing's) properties
 *       {@code linkId}, {@code osmWayId}, {@code bearing} or {@code direction}; vehicle class from
 *       {@code vehicleClass} (default {@code all}).
 *   <li>Observations: inline {@code Observations} of an expanded Datastream, else
 *       {@code Observations@iot.navigationLink}, else {@code <root>/Datastreams(id)/Observations};
 *       all pages via {@code @iot.nextLink} (resolved against the page's address, so saved pages
 *       can link each other by file name).
 *   <li>{@code phenomenonTime} is an ISO interval {@code start/end} with offsets, or an instant plus
 *       the Datastream property {@code interval_s}. {@code result} null is a missing value; a
 *       non-numeric, negative or undated result is reported as malformed with its {@code @iot.id}.
 * </ul>
 */
public final class SensorThingsReader {
  /** Projects WGS84 longitude/latitude (degrees) into the scenario CRS; writes x, y (m) into {@code out}. */
  @FunctionalInterface
  public interface Projection {
    void project(double lon_deg, double lat_deg, double[] out);
  }

  private static final int MAX_PAGES = 100_000;

  private final Projection projection;
  private final ZoneId zone;
  private final HttpClient http;
  private int pagesRead;

  /** @param zone zone for timestamps without offset */
  public SensorThingsReader(Projection projection, ZoneId zone) {
    this.projection = projection;
    this.zone = zone;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).followRedirects(HttpClient.Redirect.NORMAL).build();
  }

  /** Reads from a service root or Things URL ({@code http(s)://...}) or a saved Things page (file path). */
  public SensorFeed read(String location) {
    URI start;
    URI root;
    if (location.startsWith("http://") || location.startsWith("https://")) {
      URI u = URI.create(location);
      if (u.getPath().contains("/Things")) {
        start = u;
        root = URI.create(location.substring(0, location.indexOf("/Things")));
      } else {
        String r = location.endsWith("/") ? location.substring(0, location.length() - 1) : location;
        root = URI.create(r);
        start = URI.create(r + "/Things?$expand=Locations,Datastreams");
      }
    } else {
      start = Path.of(location).toAbsolutePath().toUri();
      root = null;
    }
    SensorFeed.Builder feed = SensorFeed.builder(location);
    Set<URI> seen = new HashSet<>();
    for (URI page = start; page != null; ) {
      Map<String, Object> doc = fetch(page, seen);
      for (Object t : list(doc.get("value"))) {
        thing(asMap(t), page, root, feed);
      }
      page = next(doc, page);
    }
    return feed.build();
  }

  /** Number of pages fetched by the last {@link #read} calls (for tests and logs). */
  public int pagesRead() {
    return pagesRead;
  }

  private void thing(Map<String, Object> thing, URI page, URI root, SensorFeed.Builder feed) {
    double[] xy = {Double.NaN, Double.NaN};
    List<Object> locs = list(thing.get("Locations"));
    if (!locs.isEmpty()) {
      Map<String, Object> geo = asMap(asMap(locs.get(0)).get("location"));
      List<Object> c = list(geo.get("coordinates"));
      if ("Point".equals(geo.get("type")) && c.size() >= 2 && c.get(0) instanceof Number lon && c.get(1) instanceof Number lat) {
        projection.project(lon.doubleValue(), lat.doubleValue(), xy);
      }
    }
    Map<String, Object> thingProps = asMap(thing.get("properties"));
    for (Object d : list(thing.get("Datastreams"))) {
      Map<String, Object> ds = asMap(d);
      String id = idOf(ds.get("@iot.id"));
      if (id == null) {
        feed.issue(FeedIssue.Kind.MALFORMED, "Thing " + idOf(thing.get("@iot.id")), "a Datastream without @iot.id: skipped");
        continue;
      }
      Map<String, Object> props = asMap(ds.get("properties"));
      String bearing = text(props, thingProps, "bearing");
      double bearing_deg;
      try {
        bearing_deg = SensorStation.parseBearing(bearing != null ? bearing : text(props, thingProps, "direction"));
      } catch (IllegalArgumentException e) {
        feed.issue(FeedIssue.Kind.MALFORMED, "Datastream " + id, e.getMessage() + "; direction ignored");
        bearing_deg = Double.NaN;
      }
      feed.station(new SensorStation(id, xy[0], xy[1], text(props, thingProps, "linkId"), text(props, thingProps, "osmWayId"), bearing_deg));
      String cls = text(props, thingProps, "vehicleClass");
      String interval = text(props, thingProps, "interval_s");
      Obs ctx = new Obs(id, cls == null ? "all" : cls, interval == null ? 0 : Double.parseDouble(interval));
      observations(ds, page, root, ctx, feed);
    }
  }

  private record Obs(String stationId, String vehicleClass, double interval_s) {}

  private void observations(Map<String, Object> ds, URI page, URI root, Obs ctx, SensorFeed.Builder feed) {
    URI next;
    if (ds.containsKey("Observations")) {
      for (Object o : list(ds.get("Observations"))) {
        observation(asMap(o), ctx, feed);
      }
      Object nl = ds.get("Observations@iot.nextLink");
      next = nl instanceof String s ? page.resolve(s) : null;
    } else if (ds.get("Observations@iot.navigationLink") instanceof String nav) {
      next = page.resolve(nav);
    } else if (root != null) {
      next = URI.create(root + "/Datastreams(" + ctx.stationId() + ")/Observations");
    } else {
      feed.issue(FeedIssue.Kind.MISSING_VALUE, "Datastream " + ctx.stationId(), "no Observations (neither inline nor a link)");
      return;
    }
    Set<URI> seen = new HashSet<>();
    while (next != null) {
      Map<String, Object> doc = fetch(next, seen);
      for (Object o : list(doc.get("value"))) {
        observation(asMap(o), ctx, feed);
      }
      next = next(doc, next);
    }
  }

  private void observation(Map<String, Object> o, Obs ctx, SensorFeed.Builder feed) {
    String id = idOf(o.get("@iot.id"));
    String oid = id == null ? "Datastream " + ctx.stationId() + " observation without @iot.id" : "Observation " + id;
    Object result = o.get("result");
    if (result == null) {
      feed.issue(FeedIssue.Kind.MISSING_VALUE, oid, "result is null (station " + ctx.stationId() + ", " + o.get("phenomenonTime") + ")");
      return;
    }
    if (!(result instanceof Number n) || n.doubleValue() < 0 || Double.isInfinite(n.doubleValue())) {
      feed.issue(FeedIssue.Kind.MALFORMED, oid, "result '" + result + "' is not a count >= 0; skipped");
      return;
    }
    if (!(o.get("phenomenonTime") instanceof String pt)) {
      feed.issue(FeedIssue.Kind.MALFORMED, oid, "no phenomenonTime; skipped");
      return;
    }
    try {
      Instant start;
      Instant end;
      int slash = pt.indexOf('/');
      if (slash >= 0) {
        start = Times.parse(pt.substring(0, slash), zone);
        end = Times.parse(pt.substring(slash + 1), zone);
      } else if (ctx.interval_s() > 0) {
        start = Times.parse(pt, zone);
        end = start.plusMillis(Math.round(ctx.interval_s() * 1000));
      } else {
        throw new IllegalArgumentException("phenomenonTime '" + pt + "' is an instant and the Datastream has no property interval_s");
      }
      feed.observation(new SensorObservation(oid, ctx.stationId(), ctx.vehicleClass(), start, end, n.doubleValue()));
    } catch (IllegalArgumentException e) {
      feed.issue(FeedIssue.Kind.MALFORMED, oid, e.getMessage() + "; skipped");
    }
  }

  private Map<String, Object> fetch(URI uri, Set<URI> seen) {
    if (!seen.add(uri) || seen.size() > MAX_PAGES) {
      throw new IllegalStateException("SensorThings paging loops or exceeds " + MAX_PAGES + " pages at " + uri);
    }
    pagesRead++;
    String body;
    try {
      if ("file".equals(uri.getScheme())) {
        body = Files.readString(Path.of(uri), StandardCharsets.UTF_8);
      } else {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
            .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() != 200) {
          throw new UncheckedIOException(new IOException("GET " + uri + " answered HTTP " + r.statusCode()
              + "; check the SensorThings root URL (e.g. https://host/FROST-Server/v1.1)"));
        }
        body = r.body();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read SensorThings page " + uri + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading " + uri, e);
    }
    Object doc = JsonReader.parse(body, uri.toString());
    if (!(doc instanceof Map<?, ?>)) {
      throw new IllegalArgumentException(uri + ": expected a JSON object with a 'value' array");
    }
    return asMap(doc);
  }

  private static URI next(Map<String, Object> doc, URI page) {
    return doc.get("@iot.nextLink") instanceof String s ? page.resolve(s) : null;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object o) {
    return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Object o) {
    return o instanceof List<?> l ? (List<Object>) l : List.of();
  }

  /** A property as text from the Datastream, else the Thing; numbers without a trailing ".0". */
  private static String text(Map<String, Object> first, Map<String, Object> second, String key) {
    Object v = first.containsKey(key) ? first.get(key) : second.get(key);
    return v == null ? null : idOf(v);
  }

  private static String idOf(Object v) {
    if (v == null) {
      return null;
    }
    if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString(d.longValue());
    }
    return v.toString();
  }
}
