package de.bochumtwin.results.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bochumtwin.results.json.JsonReader;
import de.bochumtwin.results.parquet.ColumnBindings;
import de.bochumtwin.results.parquet.ParquetTableWriter;
import de.bochumtwin.results.run.RunManifest;
import de.bochumtwin.results.run.Sha256;
import de.bochumtwin.results.tables.LegsParquet;
import de.bochumtwin.results.tables.LinkVolumesParquet;
import de.bochumtwin.results.tables.LinksParquet;
import de.bochumtwin.results.testing.Duck;
import de.bochumtwin.results.testing.EquilRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.io.WKTReader;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publishing the hand-computed equil run (network in EPSG:25832): every table reads back in DuckDB (an
 * independent Parquet reader) with the types and units the descriptor lists, GeoParquet 1.1 metadata is
 * complete, checksums verify, link_volumes is sorted by (link_id, hour) and the WGS84 export matches the
 * inverse UTM of the source coordinates.
 */
class DatasetPublisherTest {
  private static final Instant PUBLISHED = Instant.parse("2026-11-26T12:00:00Z");

  @TempDir Path tmp;

  private Path equilRunFolder() throws Exception {
    EquilRun er = new EquilRun();
    Path run = Files.createDirectory(tmp.resolve("equil-run"));
    LegsParquet.write(run.resolve("legs.parquet"), er.legs);
    LinkVolumesParquet.write(run.resolve("link_volumes.parquet"), er.volumes, 0.5);
    LinksParquet.write(run.resolve("links.parquet"), er.network);
    Path input = tmp.resolve("network.xml");
    Files.writeString(input, "hello twin\n");
    RunManifest.builder().twinVersion("0.1.0-TEST").seed(4711).threads(1).javaVersion("17")
        .startedAt(Instant.parse("2026-11-26T10:00:00Z")).finishedAt(Instant.parse("2026-11-26T10:01:00Z"))
        .input("scenario/network.xml", input).build().writeTo(run.resolve("run.json"));
    return run;
  }

  @Test
  void publishedEquilRunIsSelfDescribingAndVerifies() throws Exception {
    Path run = equilRunFolder();
    Path ds = tmp.resolve("dataset");
    List<DataPackage.Resource> res = DatasetPublisher.publish(run, ds, new PublishSettings(List.of(), "CC-BY-4.0", true, PUBLISHED));
    assertEquals(List.of("legs.parquet", "link_volumes.parquet", "links.parquet", "links_wgs84.parquet", "run.json"),
        res.stream().map(DataPackage.Resource::path).toList());
    assertTrue(Files.readString(ds.resolve("README.md")).contains("| seed | 4711 |"));
    assertTrue(Files.readString(ds.resolve("README.md")).contains("CC-BY-4.0"));
    assertEquals(DataDictionary.markdown(), Files.readString(ds.resolve("data-dictionary.md")));
    assertEquals(Files.readString(run.resolve("run.json")), Files.readString(ds.resolve("run.json")));
    assertFalse(Files.list(tmp).anyMatch(p -> p.getFileName().toString().startsWith(".dataset.tmp")), "temporary folder left");

    DatasetChecks.checkAll(ds);

    try (Duck duck = new Duck()) {
      // same rows as the source, now ordered by link_id then hour (string order: "11" < "2" < "20" ...)
      String vol = Duck.lit(ds.resolve("link_volumes.parquet"));
      assertEquals(EquilRun.VOLUME_ROWS, ((Number) duck.value("SELECT count(*) FROM read_parquet(" + vol + ")")).intValue());
      assertEquals(0L, ((Number) duck.value("SELECT count(*) FROM (SELECT link_id, hour, lag(link_id) OVER () AS pl,"
          + " lag(hour) OVER () AS ph FROM read_parquet(" + vol + ")) WHERE pl > link_id OR (pl = link_id AND ph > hour)")).longValue());
      assertEquals(duck.value("SELECT sum(volume) FROM read_parquet(" + Duck.lit(run.resolve("link_volumes.parquet")) + ")"),
          duck.value("SELECT sum(volume) FROM read_parquet(" + vol + ")"));
      assertEquals("0.5", duck.value("SELECT decode(value) FROM parquet_kv_metadata(" + vol + ") WHERE decode(key) = 'twin.sample_share'"));
      // legs copied byte for byte
      assertEquals(Sha256.ofFile(run.resolve("legs.parquet")), Sha256.ofFile(ds.resolve("legs.parquet")));
      // WGS84 geometry = inverse UTM of the projected end points, link by link
      double[] ll = new double[2];
      List<List<Object>> rows = duck.rows("SELECT l.link_id, ST_AsText(l.geometry), ST_AsText(w.geometry) FROM read_parquet("
          + Duck.lit(run.resolve("links.parquet")) + ") l JOIN read_parquet(" + Duck.lit(ds.resolve("links_wgs84.parquet"))
          + ") w USING (link_id)");
      assertEquals(((Number) duck.value("SELECT count(*) FROM read_parquet(" + Duck.lit(run.resolve("links.parquet")) + ")")).intValue(),
          rows.size());
      assertTrue(rows.size() > 0);
      for (List<Object> r : rows) {
        Coordinate[] utm = new WKTReader().read((String) r.get(1)).getCoordinates();
        Coordinate[] lonLat = new WKTReader().read((String) r.get(2)).getCoordinates();
        assertEquals(2, lonLat.length);
        for (int i = 0; i < 2; i++) {
          InverseUtm.ofZone(32).toLonLat(utm[i].x, utm[i].y, ll);
          assertEquals(ll[0], lonLat[i].x, 1e-9, "lon of link " + r.get(0));
          assertEquals(ll[1], lonLat[i].y, 1e-9, "lat of link " + r.get(0));
        }
      }
    }
  }

  /**
   * A link_volumes table of 40,000 rows written in scrambled order with small row groups is published
   * as several sorted row groups whose link_id ranges do not overlap, so a reader's min/max statistics
   * select exactly one or two row groups for one link; no row is lost or changed across the groups.
   */
  @Test
  void largeVolumesArePublishedAsSortedNonOverlappingRowGroups() throws Exception {
    Path run = equilRunFolder();
    Files.delete(run.resolve("link_volumes.parquet"));
    int links = 1000;
    int hours = 20;
    int n = links * hours * 2;
    // row r -> (link, hour, mode) by a bijective scramble, so the input is far from sorted
    int[] perm = new int[n];
    for (int r = 0; r < n; r++) {
      perm[r] = (int) ((r * 7919L) % n);
    }
    String[] ids = new String[links];
    for (int l = 0; l < links; l++) {
      ids[l] = String.format("L%05d", l);
    }
    String[] modes = {"car", "truck"};
    ColumnBindings in = ColumnBindings.of(LinkVolumesParquet.SCHEMA)
        .codedStringColumn("link_id", r -> perm[r] / (hours * 2), ids)
        .int32Column("hour", r -> perm[r] / 2 % hours)
        .codedStringColumn("mode", r -> perm[r] % 2, modes)
        .int32Column("volume", r -> 1 + perm[r] % 97)
        .doubleColumn("mean_speed_mps", r -> perm[r] % 5 == 0 ? Double.NaN : 10 + perm[r] % 7)
        .doubleColumn("volume_scaled", r -> (1 + perm[r] % 97) * 2.0)
        .build();
    try (ParquetTableWriter w = ParquetTableWriter.open(run.resolve("link_volumes.parquet"), LinkVolumesParquet.SCHEMA,
        Map.of(LinkVolumesParquet.SAMPLE_SHARE_KEY, "0.5"), 64 * 1024)) {
      w.writeRows(in, 0, n);
    }
    Path ds = tmp.resolve("large");
    DatasetPublisher.publish(run, ds, new PublishSettings(List.of("link_volumes"), "", false, PUBLISHED, 128 * 1024));
    DatasetChecks.checkAll(ds);
    try (Duck d = new Duck()) {
      String src = Duck.lit(run.resolve("link_volumes.parquet"));
      String vol = Duck.lit(ds.resolve("link_volumes.parquet"));
      assertTrue(((Number) d.value("SELECT count(DISTINCT row_group_id) FROM parquet_metadata(" + src + ")")).intValue() >= 2,
          "input already has several row groups");
      List<List<Object>> groups = d.rows("SELECT row_group_id, stats_min_value, stats_max_value FROM parquet_metadata(" + vol
          + ") WHERE path_in_schema = 'link_id' ORDER BY row_group_id");
      assertTrue(groups.size() >= 3, "several output row groups, got " + groups.size());
      for (int g = 1; g < groups.size(); g++) {
        String prevMax = (String) groups.get(g - 1).get(2);
        String min = (String) groups.get(g).get(1);
        assertTrue(prevMax.compareTo(min) <= 0, "row group " + g + " starts at " + min + " before the previous ends at " + prevMax);
      }
      // a link's rows lie in at most two row groups (it may straddle one boundary)
      String probe = "L00567";
      long hit = groups.stream().filter(g -> ((String) g.get(1)).compareTo(probe) <= 0 && ((String) g.get(2)).compareTo(probe) >= 0).count();
      assertTrue(hit >= 1 && hit <= 2, "row groups whose range holds " + probe + ": " + hit);
      assertEquals(40L, ((Number) d.value("SELECT count(*) FROM read_parquet(" + vol + ") WHERE link_id = '" + probe + "'")).longValue());
      // identical content, multiset-wise, and sorted by link_id, hour, mode
      assertEquals(0L, ((Number) d.value("SELECT count(*) FROM (SELECT * FROM read_parquet(" + src + ") EXCEPT ALL"
          + " SELECT * FROM read_parquet(" + vol + "))")).longValue());
      assertEquals((long) n, ((Number) d.value("SELECT count(*) FROM read_parquet(" + vol + ")")).longValue());
      assertEquals(0L, ((Number) d.value("SELECT count(*) FROM (SELECT link_id, hour, mode, lag(link_id) OVER () AS pl,"
          + " lag(hour) OVER () AS ph, lag(mode) OVER () AS pm FROM read_parquet(" + vol + "))"
          + " WHERE pl > link_id OR (pl = link_id AND (ph > hour OR (ph = hour AND pm > mode)))")).longValue());
    }
  }

  @Test
  void chosenTablesOnlyAndNoLicence() throws Exception {
    Path run = equilRunFolder();
    Path ds = tmp.resolve("legs-only");
    DatasetPublisher.publish(run, ds, new PublishSettings(List.of("legs"), "", false, PUBLISHED));
    assertFalse(Files.exists(ds.resolve("links.parquet")));
    Map<String, Object> dp = JsonReader.parseObject(Files.readString(ds.resolve("datapackage.json")), "datapackage.json");
    assertFalse(dp.containsKey("licenses"));
    assertTrue(Files.readString(ds.resolve("README.md")).contains("Not specified"));
    DatasetChecks.checkAll(ds);
  }

  @Test
  void badRequestsFailBeforeAnythingIsWritten() throws Exception {
    Path run = equilRunFolder();
    Path ds = tmp.resolve("never");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DatasetPublisher.publish(run, ds, new PublishSettings(List.of("legs", "nope"), "", false, PUBLISHED)));
    assertTrue(e.getMessage().contains("unknown table 'nope'"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> DatasetPublisher.publish(run, ds, new PublishSettings(List.of("charging_sessions"), "", false, PUBLISHED)));
    assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> DatasetPublisher.publish(tmp, ds, new PublishSettings(List.of(), "", false, PUBLISHED)));
    assertTrue(e.getMessage().contains("no run.json"), e.getMessage());
    assertFalse(Files.exists(ds));
    assertFalse(Files.list(tmp).anyMatch(p -> p.getFileName().toString().startsWith(".never")), "temporary folder left");
  }

  @Test
  void checksumFileUsesSha256sumFormat() throws Exception {
    Path d = Files.createDirectory(tmp.resolve("sums"));
    Files.writeString(d.resolve("b.txt"), "hello twin\n");
    Files.writeString(d.resolve("a.txt"), "");
    // printf 'hello twin\n' | sha256sum; sha256 of the empty string
    assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  a.txt\n"
        + "ffe50471a1b7b119b8583a3179373b86bd08ab0b5b3e449f1bbb3a735506c91a  b.txt\n", DatasetPublisher.checksums(d));
    assertEquals(Sha256.hex(MessageDigest.getInstance("SHA-256").digest(new byte[0])),
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }
}
