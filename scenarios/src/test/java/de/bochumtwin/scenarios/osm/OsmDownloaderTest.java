package de.bochumtwin.scenarios.osm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Downloads the real Zurich PBF from a JDK HTTP server on 127.0.0.1 that supports {@code Range}
 * requests and publishes a Geofabrik-style {@code .md5} file.
 */
class OsmDownloaderTest {
  private static final Path PBF = Paths.get(System.getProperty("twin.shared.data", "../shared/data"))
      .resolve("matsim-examples/osm-zurich-center-bigroads/zrh-center-bigroads.osm.pbf");

  @TempDir
  Path dir;
  private TestOsmServer server;
  private byte[] data;

  @BeforeEach
  void start() throws IOException {
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(PBF), "shared data not found at " + PBF + ": skipping");
    data = Files.readAllBytes(PBF);
    server = TestOsmServer.start(data, OsmDownloader.md5Of(PBF));
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop();
    }
  }

  private final OsmDownloader downloader = new OsmDownloader(Duration.ofSeconds(5));

  @Test
  void downloadsAndChecksTheMd5() throws IOException {
    Path target = dir.resolve("zrh.osm.pbf");
    AtomicLong last = new AtomicLong();
    downloader.download(server.url(), target, true, (b, t) -> last.set(b));
    assertArrayEquals(data, Files.readAllBytes(target));
    assertEquals(data.length, last.get());
    assertFalse(Files.exists(dir.resolve("zrh.osm.pbf.part")));
    assertEquals(List.of("none"), server.ranges());
    // a second call finds a matching file and does not download again
    downloader.download(server.url(), target, true, (b, t) -> { });
    assertEquals(List.of("none"), server.ranges());
  }

  @Test
  void resumesAPartialDownloadWithARangeRequest() throws IOException {
    Path target = dir.resolve("zrh.osm.pbf");
    int half = data.length / 2;
    Files.write(dir.resolve("zrh.osm.pbf.part"), Arrays.copyOf(data, half));
    downloader.download(server.url(), target, true, (b, t) -> { });
    assertArrayEquals(data, Files.readAllBytes(target));
    assertEquals(List.of("bytes=" + half + "-"), server.ranges());
    assertEquals(data.length - half, server.bytesServed());
  }

  @Test
  void aWrongChecksumDeletesThePartAndSaysSo() {
    server.stop();
    server = TestOsmServer.start(data, "0123456789abcdef0123456789abcdef");
    Path target = dir.resolve("zrh.osm.pbf");
    DownloadException e = assertThrows(DownloadException.class,
        () -> downloader.download(server.url(), target, true, (b, t) -> { }));
    assertTrue(e.getMessage().contains("checksum mismatch"), e.getMessage());
    assertFalse(Files.exists(target));
    assertFalse(Files.exists(dir.resolve("zrh.osm.pbf.part")));
  }

  @Test
  void offlineGivesAClearMessageWithTheManualRoute() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    URI nowhere = URI.create("http://127.0.0.1:" + port + "/x.osm.pbf");
    DownloadException e = assertThrows(DownloadException.class,
        () -> downloader.download(nowhere, dir.resolve("x.osm.pbf"), true, (b, t) -> { }));
    assertTrue(e.getMessage().startsWith("cannot reach host 127.0.0.1:" + port), e.getMessage());
    assertTrue(e.getMessage().contains("twin prepare network"), e.getMessage());
  }

  /** A tiny HTTP server: {@code /zrh.osm.pbf} (with Range support) and {@code /zrh.osm.pbf.md5}. */
  static final class TestOsmServer {
    private final HttpServer http;
    private final List<String> ranges = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong served = new AtomicLong();

    private TestOsmServer(HttpServer http) {
      this.http = http;
    }

    static TestOsmServer start(byte[] data, String md5) {
      try {
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        TestOsmServer s = new TestOsmServer(http);
        http.createContext("/zrh.osm.pbf.md5", ex -> {
          byte[] body = (md5 + "  zrh.osm.pbf\n").getBytes(StandardCharsets.US_ASCII);
          ex.sendResponseHeaders(200, body.length);
          try (OutputStream o = ex.getResponseBody()) {
            o.write(body);
          }
        });
        http.createContext("/zrh.osm.pbf", ex -> s.serve(ex, data));
        http.start();
        return s;
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    private void serve(HttpExchange ex, byte[] data) throws IOException {
      if (!ex.getRequestURI().getPath().equals("/zrh.osm.pbf")) {
        ex.sendResponseHeaders(404, -1);
        ex.close();
        return;
      }
      String range = ex.getRequestHeaders().getFirst("Range");
      ranges.add(range == null ? "none" : range);
      int from = 0;
      if (range != null && range.startsWith("bytes=") && range.endsWith("-")) {
        from = Integer.parseInt(range.substring(6, range.length() - 1));
      }
      if (from >= data.length) {
        ex.getResponseHeaders().add("Content-Range", "bytes */" + data.length);
        ex.sendResponseHeaders(416, -1);
        ex.close();
        return;
      }
      if (from > 0) {
        ex.getResponseHeaders().add("Content-Range", "bytes " + from + "-" + (data.length - 1) + "/" + data.length);
      }
      ex.sendResponseHeaders(from > 0 ? 206 : 200, data.length - from);
      try (OutputStream o = ex.getResponseBody()) {
        o.write(data, from, data.length - from);
      }
      served.addAndGet(data.length - from);
    }

    URI url() {
      return URI.create("http://127.0.0.1:" + http.getAddress().getPort() + "/zrh.osm.pbf");
    }

    List<String> ranges() {
      return List.copyOf(ranges);
    }

    long bytesServed() {
      return served.get();
    }

    void stop() {
      http.stop(0);
    }
  }
}
