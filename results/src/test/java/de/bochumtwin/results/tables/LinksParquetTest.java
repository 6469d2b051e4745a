package de.bochumtwin.results.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bochumtwin.core.network.Network;
import de.bochumtwin.results.testing.Duck;
import de.bochumtwin.results.testing.Equil;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.LocalInputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** links.parquet as GeoParquet 1.1, checked with DuckDB (geometry, geo metadata) and with parquet-java's footer. */
class LinksParquetTest {
  @TempDir Path tmp;

  @Test
  void duckDbReadsLinksAndGeometries() throws Exception {
    Network net = Equil.network("EPSG:25832");
    Path f = tmp.resolve("links.parquet");
    LinksParquet.write(f, net);
    double length = 0;
    for (int l = 0; l < net.linkCount(); l++) {
      length += net.length_m(l);
    }
    assertEquals(105000, length, 0, "hand sum of the equil link lengths");

    try (Duck d = new Duck()) {
      List<String> cols = d.describe(f);
      assertEquals(List.of("link_id VARCHAR", "from_node_id VARCHAR", "to_node_id VARCHAR", "length_m DOUBLE",
          "freespeed_mps DOUBLE", "capacity_vph DOUBLE", "lanes DOUBLE", "modes VARCHAR", "type VARCHAR",
          "orig_id VARCHAR"), cols.subList(0, 10));
      // DuckDB turns the column into its GEOMETRY type because of the geo metadata, carrying our CRS
      assertTrue(cols.get(10).startsWith("geometry GEOMETRY("), cols.get(10));
      assertTrue(cols.get(10).contains("\"code\":25832"), cols.get(10));

      List<Object> s = d.row("SELECT count(*), sum(length_m), sum(capacity_vph), count(type), count(orig_id) FROM read_parquet("
          + Duck.lit(f) + ")");
      assertEquals(9L, ((Number) s.get(0)).longValue());
      assertEquals(length, ((Number) s.get(1)).doubleValue(), 0);
      assertEquals(5 * 36000 + 2 * 3600 + 2 * 1000, ((Number) s.get(2)).doubleValue(), 0);
      assertEquals(2L, ((Number) s.get(3)).longValue(), "only links 12 and 20 have a type");
      assertEquals(2L, ((Number) s.get(4)).longValue());
      assertEquals("[[1, 1, 2, car, LINESTRING (-20000 0, -15000 0)], [20, 12, 13, car,bus, LINESTRING (0 0, 5000 0)],"
          + " [22, 14, 15, car, LINESTRING (5000 -10000, -20000 -10000)]]",
          d.rows("SELECT link_id, from_node_id, to_node_id, modes, ST_AsText(geometry) FROM read_parquet(" + Duck.lit(f)
              + ") WHERE link_id IN ('1', '20', '22') ORDER BY link_id::INT").toString());

      String geo = "(SELECT decode(value) AS j FROM parquet_kv_metadata(" + Duck.lit(f) + ") WHERE decode(key) = 'geo')";
      List<Object> g = d.row("SELECT j->>'$.version', j->>'$.primary_column', j->>'$.columns.geometry.encoding',"
          + " (j->'$.columns.geometry.geometry_types')::VARCHAR, (j->'$.columns.geometry.bbox')::VARCHAR,"
          + " j->>'$.columns.geometry.crs.type', (j->>'$.columns.geometry.crs.id.code')::INT,"
          + " j->>'$.columns.geometry.crs.id.authority' FROM " + geo);
      assertEquals(List.of("1.1.0", "geometry", "WKB", "[\"LineString\"]", "[-20000,-10000,5000,5925]", "ProjectedCRS",
          25832, "EPSG"), g);
    }
  }

  @Test
  void parquetJavaFooterHasTheGeoMetadata() throws Exception {
    Path f = tmp.resolve("links.parquet");
    LinksParquet.write(f, Equil.network(null));
    Map<String, String> kv;
    try (ParquetFileReader r = ParquetFileReader.open(new LocalInputFile(f))) {
      kv = r.getFooter().getFileMetaData().getKeyValueMetaData();
      assertEquals(9, r.getRecordCount());
    }
    String geo = kv.get("geo");
    assertTrue(geo.startsWith("{\"version\":\"1.1.0\",\"primary_column\":\"geometry\",\"columns\":{\"geometry\":"
        + "{\"encoding\":\"WKB\",\"geometry_types\":[\"LineString\"],\"bbox\":[-20000,-10000,5000,5925],\"covering\":{\"bbox\":{\"xmin\":[\"bbox\",\"xmin\"],"
        + "\"ymin\":[\"bbox\",\"ymin\"],\"xmax\":[\"bbox\",\"xmax\"],\"ymax\":[\"bbox\",\"ymax\"]}},\"crs\":{"), geo);
    assertTrue(geo.endsWith("\"id\":{\"authority\":\"EPSG\",\"code\":25832}}}}}"), "network without CRS defaults to EPSG:25832");
    assertNull(kv.get(LinksParquet.SOURCE_CRS_KEY), "no source CRS to keep");
    assertEquals("links", kv.get("twin.table"));
    assertTrue(kv.get("twin.schema").contains("{\"name\":\"capacity_vph\",\"type\":\"DOUBLE\",\"nullable\":false,\"unit\":\"veh/h\""));
  }

  @Test
  void unknownCrsIsWrittenAsNullAndKept() throws Exception {
    Path f = tmp.resolve("links.parquet");
    LinksParquet.write(f, Equil.network("Atlantis"));
    try (Duck d = new Duck()) {
      String kv = "parquet_kv_metadata(" + Duck.lit(f) + ")";
      List<Object> g = d.row("SELECT json_type(decode(value), '$.columns.geometry.crs'),"
          + " json_exists(decode(value), '$.columns.geometry.crs') FROM " + kv + " WHERE decode(key) = 'geo'");
      assertEquals(List.of("NULL", true), g, "crs present and JSON null = unknown CRS (absent would mean lon/lat)");
      assertEquals("Atlantis", d.value("SELECT decode(value) FROM " + kv + " WHERE decode(key) = 'twin.source_crs'"));
      String geomType = d.describe(f).get(10);
      assertFalse(geomType.contains("25832") || geomType.contains("CRS84"), geomType);
      assertEquals("LINESTRING (-20000 0, -15000 0)",
          d.value("SELECT ST_AsText(geometry) FROM read_parquet(" + Duck.lit(f) + ") WHERE link_id = '1'"));
    }
  }

  @Test
  void hadoopClassesComeFromParquetFloorStubs() throws Exception {
    // writing exercises parquet's CodecFactory, which needs Hadoop classes; they must be floor's stubs
    LinksParquet.write(tmp.resolve("links.parquet"), Equil.network(null));
    for (String c : List.of("org.apache.hadoop.conf.Configuration", "org.apache.hadoop.fs.Path",
        "org.apache.hadoop.io.compress.zlib.ZlibCompressor$CompressionLevel")) {
      String where = Class.forName(c).getProtectionDomain().getCodeSource().getLocation().toString();
      assertTrue(where.contains("parquet-floor"), c + " loaded from " + where);
    }
  }
}
