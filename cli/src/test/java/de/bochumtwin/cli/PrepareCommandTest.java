package de.bochumtwin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import de.bochumtwin.core.network.Network;
import de.bochumtwin.scenarios.matsim.NetworkReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code twin prepare network} and {@code twin prepare bochum --download} on the real Zurich extract,
 * served by a JDK HTTP server on 127.0.0.1 (with Range support and a Geofabrik-style .md5).
 */
class PrepareCommandTest {
  private static final Path PBF = Paths.get(System.getProperty("twin.shared.data", "../shared/data"))
      .resolve("matsim-examples/osm-zurich-center-bigroads/zrh-center-bigroads.osm.pbf");

  @TempDir
  Path dir;
  private HttpServer http;
  private final StringWriter err = new StringWriter();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private PrintStream oldOut;
  private PrintStream oldErr;

  @BeforeEach
  void start() throws Exception {
    Assumptions.assumeTrue(Files.isRegularFile(PBF), "shared data not found at " + PBF + ": skipping");
    byte[] data = Files.readAllBytes(PBF);
    String md5 = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(data));
    http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    http.createContext("/zrh.osm.pbf.md5", ex -> {
      byte[] body = (md5 + "  zrh.osm.pbf\n").getBytes(StandardCharsets.US_ASCII);
      ex.sendResponseHeaders(200, body.length);
      try (OutputStream o = ex.getResponseBody()) {
        o.write(body);
      }
    });
    http.createContext("/zrh.osm.pbf", ex -> {
      String range = ex.getRequestHeaders().getFirst("Range");
      int from = range == null ? 0 : Integer.parseInt(range.substring(6, range.length() - 1));
      if (from > 0) {
        ex.getResponseHeaders().add("Content-Range", "bytes " + from + "-" + (data.length - 1) + "/" + data.length);
      }
      ex.sendResponseHeaders(from > 0 ? 206 : 200, data.length - from);
      try (OutputStream o = ex.getResponseBody()) {
        o.write(data, from, data.length - from);
      }
    });
    http.start();
    oldOut = System.out;
    oldErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(out, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void stop() {
    if (http != null) {
      http.stop(0);
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  private int twin(String... args) {
    var cl = TwinCommand.commandLine();
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  private String url() {
    return "http://127.0.0.1:" + http.getAddress().getPort() + "/zrh.osm.pbf";
  }

  private Path zurichPoly() throws IOException {
    Path poly = dir.resolve("zurich.poly");
    Files.writeString(poly, "zurich\n1\n 8.546 47.346\n 8.819 47.346\n 8.819 47.501\n 8.546 47.501\nEND\nEND\n");
    return poly;
  }

  @Test
  void networkFromALocalFile() {
    Path net = dir.resolve("network.xml.gz");
    assertEquals(0, twin("prepare", "network", "--osm", PBF.toString(), "--out", net.toString()), err.toString());
    Network n = NetworkReader.read(net);
    assertEquals(6, n.linkCount(), "largest strongly connected car component of the Zurich extract");
    assertEquals("EPSG:25832", n.crs());
    for (int l = 0; l < n.linkCount(); l++) {
      assertTrue(n.linkId(l).startsWith(n.linkOrigId(l) + "_"), n.linkId(l));
    }
    assertTrue(out.toString().contains("6 links"), out.toString());
  }

  @Test
  void bochumDownloadFromALocalServer() throws IOException {
    Path net = dir.resolve("network.xml.gz");
    Path cache = dir.resolve("cache");
    int code = twin("prepare", "bochum", "--download", "--url", url(), "--cache-dir", cache.toString(), "--polygon",
        zurichPoly().toString(), "--buffer-m", "5000", "--out", net.toString());
    assertEquals(0, code, err + "\n" + out);
    assertEquals(Files.size(PBF), Files.size(cache.resolve("zrh.osm.pbf")));
    // the polygon is the extract's <bounds>; with a 5 km buffer nothing is cut, so the result equals the uncut import
    assertEquals(6, NetworkReader.read(net).linkCount());
    assertTrue(out.toString().contains("download " + String.format(java.util.Locale.ROOT, "%.1f", Files.size(PBF) / 1e6)),
        out.toString());
  }

  @Test
  void bochumBoundaryOnZurichDataIsAClearError() {
    int code = twin("prepare", "bochum", "--download", "--url", url(), "--cache-dir", dir.toString(), "--out",
        dir.resolve("n.xml.gz").toString());
    assertEquals(2, code);
    assertTrue(err.toString().contains("no connected road network left inside the polygon 'bochum'"), err.toString());
  }

  @Test
  void offlineIsAClearError() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    int code = twin("prepare", "bochum", "--download", "--url", "http://127.0.0.1:" + port + "/a.osm.pbf",
        "--cache-dir", dir.toString(), "--out", dir.resolve("n.xml.gz").toString());
    assertEquals(2, code);
    assertTrue(err.toString().contains("cannot reach host 127.0.0.1:" + port), err.toString());
  }

  @Test
  void missingFileAndMissingExtractAreBadInput() {
    assertEquals(2, twin("prepare", "network", "--osm", dir.resolve("nope.osm.pbf").toString(), "--out",
        dir.resolve("n.xml.gz").toString()));
    assertTrue(err.toString().contains("OSM file not found"), err.toString());
    assertEquals(2, twin("prepare", "bochum", "--cache-dir", dir.toString(), "--out", dir.resolve("n.xml.gz").toString()));
    assertTrue(err.toString().contains("add --download"), err.toString());
  }
}
