package de.bochumtwin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bochumtwin.results.json.JsonReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10: a real Bochum run (2 iterations) published with `twin publish --wgs84`: every file's checksum
 * verifies, DuckDB reads every table of datapackage.json with its listed columns and row count,
 * link_volumes keeps its total and is sorted by (link_id, hour), and the WGS84 links lie in Bochum.
 */
class P01_PublishBochumRunTest {
  @TempDir
  Path tmp;

  @Test
  @SuppressWarnings("unchecked")
  void bochumRunPublishesEndToEnd() throws Exception {
    Path run = tmp.resolve("bochum");
    assertEquals(0, TestData.run("run", "--iterations", "2", "--out", run.toString()));
    Path ds = tmp.resolve("dataset");
    assertEquals(0, TestData.run("publish", run.toString(), "--out", ds.toString(), "--licence", "CC-BY-4.0", "--wgs84"));

    // SHA256SUMS, recomputed independently
    List<String> sums = Files.readAllLines(ds.resolve("SHA256SUMS"));
    try (var files = Files.list(ds)) {
      assertEquals(files.count() - 1, sums.size(), "one line per file but SHA256SUMS");
    }
    for (String line : sums) {
      String name = line.substring(66);
      byte[] d = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(ds.resolve(name)));
      assertEquals(HexFormat.of().formatHex(d), line.substring(0, 64), name);
    }

    Map<String, Object> dp = JsonReader.parseObject(Files.readString(ds.resolve("datapackage.json")), "datapackage.json");
    int tables = 0;
    for (Object o : (List<Object>) dp.get("resources")) {
      Map<String, Object> r = (Map<String, Object>) o;
      if (!"parquet".equals(r.get("format"))) {
        continue;
      }
      tables++;
      String f = ds.resolve((String) r.get("path")).toString();
      assertEquals(String.valueOf(r.get("rows")), TestData.one("SELECT count(*) FROM read_parquet('" + f + "')"), f);
      List<List<String>> cols = TestData.duck("DESCRIBE SELECT * FROM read_parquet('" + f + "')");
      List<Object> fields = (List<Object>) ((Map<String, Object>) r.get("schema")).get("fields");
      assertEquals(fields.size(), cols.size(), f);
      for (int i = 0; i < cols.size(); i++) {
        assertEquals(((Map<String, Object>) fields.get(i)).get("name"), cols.get(i).get(0), f + " column " + i);
      }
    }
    assertTrue(tables >= 6, "legs, link_volumes, links, iterations, iteration_modes, links_wgs84: " + tables);

    String src = run.resolve("link_volumes.parquet").toString();
    String pub = ds.resolve("link_volumes.parquet").toString();
    assertEquals(TestData.one("SELECT sum(volume) FROM read_parquet('" + src + "')"),
        TestData.one("SELECT sum(volume) FROM read_parquet('" + pub + "')"));
    assertEquals("0", TestData.one("SELECT count(*) FROM (SELECT link_id, hour, lag(link_id) OVER () AS pl, lag(hour) OVER () AS ph"
        + " FROM read_parquet('" + pub + "')) WHERE pl > link_id OR (pl = link_id AND ph > hour)"));

    // the A40 links in WGS84 lie in Bochum (roughly 7.1-7.35 E, 51.4-51.55 N)
    List<List<String>> a40 = TestData.duck("SELECT ST_AsText(geometry) FROM read_parquet('" + ds.resolve("links_wgs84.parquet")
        + "') WHERE link_id LIKE 'A40%' LIMIT 50");
    assertTrue(!a40.isEmpty(), "A40 links present");
    for (List<String> r : a40) {
      String[] xy = r.get(0).replaceAll("[^0-9. ,]", "").trim().split("[ ,]+");
      double lon = Double.parseDouble(xy[0]);
      double lat = Double.parseDouble(xy[1]);
      assertTrue(lon > 6.9 && lon < 7.6 && lat > 51.3 && lat < 51.7, "A40 point " + r.get(0));
    }
    assertTrue(Files.readString(ds.resolve("README.md")).contains("CC-BY-4.0"));

    // a second publish into the same folder and a folder that is no run are bad input (exit 2)
    assertEquals(2, TestData.run("publish", run.toString(), "--out", ds.toString()));
    assertEquals(2, TestData.run("publish", tmp.toString(), "--out", tmp.resolve("x").toString()));
    assertEquals(2, TestData.run("publish", run.toString(), "--out", tmp.resolve("y").toString(), "--tables", "legs,nope"));
  }
}
