package de.bochumtwin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 2, must show 3 and 4: the same seed gives identical legs.parquet and link_volumes.parquet
 * content at --threads 1 and 2 (three iterations, so routing and replanning run in parallel); the
 * default scenario's links.parquet is GeoParquet with the EPSG:25832 CRS, read by DuckDB.
 */
class R03_DeterminismAndGeoTest {
  @TempDir
  Path tmp;

  static List<List<String>> all(Path file, String order) {
    return TestData.duck("SELECT * FROM read_parquet('" + file + "') ORDER BY " + order);
  }

  @Test
  void sameSeedSameResultsAtOneAndTwoThreads() {
    Path one = tmp.resolve("t1");
    Path two = tmp.resolve("t2");
    for (Path out : List.of(one, two)) {
      assertEquals(0, TestData.run("run", "--iterations", "3", "--seed", "7", "--threads", out == one ? "1" : "2",
          "--checkpoint-interval", "0", "--out", out.toString()));
    }
    List<List<String>> legs1 = all(one.resolve("legs.parquet"), "person_id, leg_index");
    assertTrue(legs1.size() > 10_000, "default scenario has 10,000 commuters with two legs");
    assertEquals(legs1, all(two.resolve("legs.parquet"), "person_id, leg_index"));
    assertEquals(all(one.resolve("link_volumes.parquet"), "link_id, hour, mode"),
        all(two.resolve("link_volumes.parquet"), "link_id, hour, mode"));
    String q = "SELECT iteration, score_executed_avg, score_best_avg, stuck_agents, link_events FROM read_parquet('%s') ORDER BY 1";
    assertEquals(TestData.duck(q.formatted(one.resolve("iterations.parquet"))),
        TestData.duck(q.formatted(two.resolve("iterations.parquet"))));

    Path links = one.resolve("links.parquet");
    String geo = TestData.one("SELECT decode(value) FROM parquet_kv_metadata('" + links + "') WHERE decode(key) = 'geo'");
    assertTrue(geo.contains("\"version\":\"1.1.0\""), geo);
    assertTrue(geo.contains("\"code\":25832"), "PROJJSON of EPSG:25832: " + geo);
    String wkt = TestData.one("SELECT ST_AsText(geometry) FROM read_parquet('" + links + "') LIMIT 1");
    assertTrue(wkt.startsWith("LINESTRING ("), wkt);
    // coordinates lie in Bochum's UTM 32N range
    double x = Double.parseDouble(wkt.substring("LINESTRING (".length()).split(" ")[0]);
    assertTrue(x > 360_000 && x < 390_000, "easting " + x);
  }
}
