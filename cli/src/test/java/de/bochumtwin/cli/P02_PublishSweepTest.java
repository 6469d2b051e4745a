package de.bochumtwin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bochumtwin.cli.sweep.MemberRunner;
import de.bochumtwin.cli.sweep.SweepPlanner;
import de.bochumtwin.cli.sweep.Sweeps;
import de.bochumtwin.results.json.JsonReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, must show 3 (sweep): a real equil sweep (speed limit 30 vs 80 km/h, two seeds, one iteration,
 * sample 0.5) whose members 0-2 run in this JVM and member 3 never finishes, collected and published with
 * `twin publish`. The unfinished member is skipped and reported; every checksum verifies; DuckDB reads every
 * table of datapackage.json (member tables with hive partitioning off) with its listed columns and rows; one
 * hive-partitioned statement over member=* equals the per-member totals and the members' own run outputs;
 * the network is published once.
 */
class P02_PublishSweepTest {
  @TempDir
  Path tmp;

  @Test
  @SuppressWarnings("unchecked")
  void sweepPublishesEndToEnd() throws Exception {
    Path yaml = tmp.resolve("equil-sweep.yaml");
    Files.writeString(yaml, """
        name: equil-speed
        base:
          network: %s
          plans: %s
        measures:
          - type: speed_limit
            area: {wkt: "POLYGON ((-30000 -10000, 10000 -10000, 10000 10000, -30000 10000, -30000 -10000))"}
            limit_kmh: 50
        parameters:
          grid:
            measures[0].limit_kmh: [30, 80]
        seeds: 2
        run: {iterations: 1, sample: 0.5}
        resources: {cpus: 1, mem_gb: 1, time: "00:10:00"}
        """.formatted(TestData.equil("network.xml").toAbsolutePath(), TestData.equil("plans100.xml").toAbsolutePath()));
    Path sweep = tmp.resolve("sweep");
    SweepPlanner.plan(yaml, sweep);
    PrintStream log = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    long t0 = System.nanoTime();
    for (int m = 0; m < 3; m++) { // member 3: started and killed (folder without marker)
      assertEquals(0, MemberRunner.run(sweep, m, TwinCommand::execute, log), "member " + m);
    }
    Files.createDirectories(sweep.resolve("runs/member=3"));
    Sweeps.collect(sweep, 0, log);
    System.err.printf("3 in-process members + collect: %.1f s%n", (System.nanoTime() - t0) / 1e9);

    Path ds = tmp.resolve("dataset");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    var cl = TwinCommand.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    assertEquals(0, cl.execute("publish", sweep.toString(), "--out", ds.toString(), "--licence", "CC-BY-4.0"), err.toString());
    assertTrue(out.toString().contains("skipped unfinished members (no _SUCCESS): [3]"), out.toString());
    // the speed limit changes freespeed, so the two points' networks differ: links.parquet stays per member
    assertTrue(out.toString().contains("sweep: published members [0, 1, 2]\n"), out.toString());
    assertTrue(Files.readString(ds.resolve("README.md")).contains("Skipped (unfinished, no `_SUCCESS` marker when published): members [3]"));

    // SHA256SUMS lists every other file, in every sub-folder, and each entry verifies
    List<String> sums = Files.readAllLines(ds.resolve("SHA256SUMS"));
    TreeSet<String> files = new TreeSet<>();
    try (Stream<Path> s = Files.walk(ds)) {
      s.filter(Files::isRegularFile).forEach(p -> files.add(ds.relativize(p).toString()));
    }
    files.remove("SHA256SUMS");
    TreeSet<String> listed = new TreeSet<>();
    for (String line : sums) {
      String name = line.substring(66);
      listed.add(name);
      byte[] d = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(ds.resolve(name)));
      assertEquals(HexFormat.of().formatHex(d), line.substring(0, 64), name);
    }
    assertEquals(files, listed);
    assertTrue(files.contains("member=2/run.json") && files.contains("member=2/links.parquet") && files.contains("sweep.yaml"),
        files.toString());
    assertFalse(files.stream().anyMatch(f -> f.startsWith("member=3/") || f.equals("links.parquet")), files.toString());
    assertEquals(sha(ds.resolve("member=0/links.parquet")), sha(ds.resolve("member=1/links.parquet")), "same point, same network");
    // point 0 caps 22 of the 23 links at 30 km/h, point 1 at 80 km/h (links slower than that keep their speed)
    assertEquals("[[30.0, true]]", TestData.duck("SELECT round(min(a.freespeed_mps) * 3.6, 6),"
        + " count(*) FILTER (WHERE a.freespeed_mps < b.freespeed_mps) > 0"
        + " FROM read_parquet('" + ds.resolve("member=0/links.parquet") + "', hive_partitioning = false) a JOIN read_parquet('"
        + ds.resolve("member=2/links.parquet") + "', hive_partitioning = false) b USING (link_id)").toString());

    // every table of the descriptor: rows and columns as listed
    Map<String, Object> dp = JsonReader.parseObject(Files.readString(ds.resolve("datapackage.json")), "datapackage.json");
    int tables = 0;
    for (Object o : (List<Object>) dp.get("resources")) {
      Map<String, Object> r = (Map<String, Object>) o;
      if (!"parquet".equals(r.get("format"))) {
        continue;
      }
      tables++;
      String f = "'" + ds.resolve((String) r.get("path")) + "', hive_partitioning = false";
      assertEquals(String.valueOf(r.get("rows")), TestData.one("SELECT count(*) FROM read_parquet(" + f + ")"), f);
      List<List<String>> cols = TestData.duck("DESCRIBE SELECT * FROM read_parquet(" + f + ")");
      List<Object> fields = (List<Object>) ((Map<String, Object>) r.get("schema")).get("fields");
      assertEquals(fields.size(), cols.size(), f);
      for (int i = 0; i < cols.size(); i++) {
        assertEquals(((Map<String, Object>) fields.get(i)).get("name"), cols.get(i).get(0), f + " column " + i);
      }
    }
    // members, 3 statistics tables, and per member legs, link_volumes, links, iterations, iteration_modes, kpis
    assertEquals(4 + 3 * 6, tables);

    // one statement across members (hive partitioning) = per-member totals = the members' own outputs
    List<List<String>> perMember = TestData.duck("SELECT member, sum(volume) FROM read_parquet('" + ds
        + "/member=*/link_volumes.parquet', hive_partitioning = true) GROUP BY member ORDER BY member");
    assertEquals(3, perMember.size());
    long total = 0;
    for (int m = 0; m < 3; m++) {
      assertEquals(String.valueOf(m), perMember.get(m).get(0));
      String own = TestData.one("SELECT sum(volume) FROM read_parquet('" + sweep.resolve("runs/member=" + m + "/link_volumes.parquet")
          + "', hive_partitioning = false)");
      assertEquals(own, perMember.get(m).get(1), "member " + m);
      total += Long.parseLong(own);
    }
    assertEquals(String.valueOf(total), TestData.one("SELECT sum(volume) FROM read_parquet('" + ds
        + "/member=*/link_volumes.parquet', hive_partitioning = true)"));
    assertTrue(total > 0);
    // the published statistics are the collect tables of the finished members (n = 2 at point 0, 1 at point 1)
    assertEquals("[[0, 2], [1, 1]]", TestData.duck("SELECT DISTINCT point, n FROM read_parquet('" + ds.resolve("kpi_stats.parquet")
        + "') ORDER BY point").toString());

    // nothing finished: refused with exit 2
    for (int m = 0; m < 3; m++) {
      Files.delete(sweep.resolve("runs/member=" + m + "/_SUCCESS"));
    }
    assertEquals(2, TestData.run("publish", sweep.toString(), "--out", tmp.resolve("none").toString()));
    assertFalse(Files.exists(tmp.resolve("none")));
  }

  private static String sha(Path f) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
  }
}
