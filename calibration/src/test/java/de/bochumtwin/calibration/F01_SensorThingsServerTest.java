package de.bochumtwin.calibration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import de.bochumtwin.calibration.feeds.FeedIssue;
import de.bochumtwin.calibration.feeds.HourlyCounts;
import de.bochumtwin.calibration.feeds.SensorFeed;
import de.bochumtwin.calibration.feeds.SensorStation;
import de.bochumtwin.calibration.feeds.SensorThingsReader;
import de.bochumtwin.scenarios.osm.TransverseMercator;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 7, must show 2: a real HTTP server on 127.0.0.1 (the JDK's) serves SensorThings pages with
 * paging (@iot.nextLink on Things and Observations), timestamps in UTC and +02:00, a null result, a
 * malformed result, a malformed time and a duplicate. Every one is reported with its id; the valid
 * values end up in the right local hour (Europe/Berlin, CEST = UTC+2).
 */
class F01_SensorThingsServerTest {
  private HttpServer server;
  private String root;
  private final AtomicInteger requests = new AtomicInteger();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    Map<String, String> pages = new HashMap<>();
    String p = "/v1.1";
    pages.put(p + "/Things?$expand=Locations,Datastreams", """
        {"value":[{"@iot.id":1,"name":"Herner Str.","properties":{"osmWayId":"4711"},
          "Locations":[{"location":{"type":"Point","coordinates":[7.2160,51.4900]}}],
          "Datastreams":[{"@iot.id":11,"name":"northbound cars","properties":{"bearing":0,"vehicleClass":"car"}},
                         {"@iot.id":12,"name":"southbound cars","properties":{"direction":"S","vehicleClass":"car"}}]}],
         "@iot.nextLink":"%ROOT%/Things?$expand=Locations,Datastreams&$skip=1"}""");
    pages.put(p + "/Things?$expand=Locations,Datastreams&$skip=1", """
        {"value":[{"@iot.id":2,"name":"A40","properties":{},
          "Locations":[{"location":{"type":"Point","coordinates":[7.2500,51.4800]}}],
          "Datastreams":[{"@iot.id":21,"properties":{"bearing":"90","vehicleClass":"car","interval_s":3600},
            "Observations@iot.navigationLink":"%ROOT%/Datastreams(21)/Observations"}]}]}""");
    pages.put(p + "/Datastreams(11)/Observations", """
        {"value":[
          {"@iot.id":101,"phenomenonTime":"2024-05-02T05:00:00Z/2024-05-02T06:00:00Z","result":400},
          {"@iot.id":102,"phenomenonTime":"2024-05-02T08:00:00+02:00/2024-05-02T08:30:00+02:00","result":150}],
         "@iot.nextLink":"%ROOT%/Datastreams(11)/Observations?$skip=2"}""");
    pages.put(p + "/Datastreams(11)/Observations?$skip=2", """
        {"value":[
          {"@iot.id":103,"phenomenonTime":"2024-05-02T08:30:00+02:00/2024-05-02T09:00:00+02:00","result":170},
          {"@iot.id":104,"phenomenonTime":"2024-05-02T09:00:00+02:00/2024-05-02T10:00:00+02:00","result":null},
          {"@iot.id":105,"phenomenonTime":"2024-05-02T10:00:00+02:00/2024-05-02T11:00:00+02:00","result":"n/a"},
          {"@iot.id":106,"phenomenonTime":"yesterday","result":12},
          {"@iot.id":107,"phenomenonTime":"2024-05-02T05:00:00Z/2024-05-02T06:00:00Z","result":400}]}""");
    pages.put(p + "/Datastreams(12)/Observations", """
        {"value":[{"@iot.id":201,"phenomenonTime":"2024-05-03T07:00:00+02:00/2024-05-03T08:00:00+02:00","result":300},
                  {"@iot.id":202,"phenomenonTime":"2024-05-04T07:00:00+02:00/2024-05-04T08:00:00+02:00","result":200}]}""");
    pages.put(p + "/Datastreams(21)/Observations", """
        {"value":[{"@iot.id":301,"phenomenonTime":"2024-05-02T16:00:00+02:00","result":2500}]}""");
    server.createContext("/", ex -> {
      requests.incrementAndGet();
      String key = ex.getRequestURI().getRawPath() + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery());
      String body = pages.get(key);
      byte[] b = (body == null ? "{\"error\":\"not found\"}" : body.replace("%ROOT%", root)).getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().add("Content-Type", "application/json");
      ex.sendResponseHeaders(body == null ? 404 : 200, b.length);
      try (OutputStream o = ex.getResponseBody()) {
        o.write(b);
      }
    });
    server.start();
    root = "http://127.0.0.1:" + server.getAddress().getPort() + p;
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void readsPagedFeedAndReportsEveryBadObservation() {
    TransverseMercator utm = TransverseMercator.etrs89Utm(32);
    SensorThingsReader reader = new SensorThingsReader((lon, lat, out) -> utm.project(lat, lon, out), ZoneId.of("Europe/Berlin"));
    SensorFeed feed = reader.read(root);

    assertEquals(List.of("11", "12", "21"), List.copyOf(feed.stations().keySet()));
    SensorStation s11 = feed.stations().get("11");
    assertEquals("4711", s11.osmWayId(), "the Thing's property applies to its Datastreams");
    assertEquals(0.0, s11.bearing_deg());
    assertEquals(180.0, feed.stations().get("12").bearing_deg(), "direction S");
    assertEquals(90.0, feed.stations().get("21").bearing_deg());
    // 7.216 E, 51.49 N in UTM 32N: about 376,900 E, 5,706,100 N (Bochum centre)
    assertEquals(376_900, s11.x_m(), 1_000);
    assertEquals(5_706_100, s11.y_m(), 1_000);

    assertEquals(6, feed.observations().size(), "101, 102, 103, 201, 202, 301");
    assertEquals(List.of("Observation 104"), ids(feed, FeedIssue.Kind.MISSING_VALUE));
    assertEquals(List.of("Observation 105", "Observation 106"), ids(feed, FeedIssue.Kind.MALFORMED));
    assertEquals(List.of("Observation 107"), ids(feed, FeedIssue.Kind.DUPLICATE));
    assertTrue(feed.issues(FeedIssue.Kind.MALFORMED).get(0).message().contains("'n/a'"));
    assertEquals(6, reader.pagesRead(), "2 Things pages + Observations pages 2 (Datastream 11) + 1 + 1");
    assertEquals(6, requests.get(), "Things x2, Datastream 11 x2, 12 x1, 21 x1");

    HourlyCounts h = feed.hourly(ZoneId.of("Europe/Berlin"), Set.of("car"));
    double[] v11 = h.station("11");
    assertEquals(400, v11[7], "05:00Z = 07:00 CEST");
    assertEquals(320, v11[8], "two half hours 150 + 170");
    assertTrue(Double.isNaN(v11[9]), "the null result stays missing, not 0");
    assertEquals(250, h.station("12")[7], "mean of two days 300 and 200");
    assertEquals(2, h.days("12"));
    assertEquals(2500, h.station("21")[16], "instant + interval_s 3600");
    double[] expected12 = new double[24];
    java.util.Arrays.fill(expected12, Double.NaN);
    expected12[7] = 250;
    assertArrayEquals(expected12, h.station("12"));
  }

  private static List<String> ids(SensorFeed f, FeedIssue.Kind k) {
    return f.issues(k).stream().map(FeedIssue::id).toList();
  }
}
