package de.bochumtwin.results.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bochumtwin.results.json.JsonReader;
import de.bochumtwin.results.run.Sha256;
import de.bochumtwin.results.testing.Duck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * Independent checks of a published dataset: DuckDB reads every table with the descriptor's column names,
 * types and units; the GeoParquet {@code geo} metadata satisfies GeoParquet 1.1; SHA256SUMS verifies
 * (recomputed with the JDK's MessageDigest, not the publisher's helper).
 */
@SuppressWarnings("unchecked")
final class DatasetChecks {
  private static final Set<String> GEOMETRY_TYPES = Set.of("Point", "LineString", "Polygon", "MultiPoint",
      "MultiLineString", "MultiPolygon", "GeometryCollection");

  private DatasetChecks() {}

  static void checkAll(Path ds) throws Exception {
    checkSums(ds);
    Map<String, Object> dp = JsonReader.parseObject(Files.readString(ds.resolve("datapackage.json")), "datapackage.json");
    assertEquals("data-package", dp.get("profile"));
    try (Duck duck = new Duck()) {
      for (Object o : (List<Object>) dp.get("resources")) {
        Map<String, Object> r = (Map<String, Object>) o;
        Path f = ds.resolve((String) r.get("path"));
        assertEquals(Files.size(f), ((Number) r.get("bytes")).longValue(), "bytes of " + f);
        assertEquals("sha256:" + Sha256.ofFile(f), r.get("hash"), "hash of " + f);
        if ("parquet".equals(r.get("format"))) {
          checkTable(duck, f, r);
        }
      }
    }
  }

  static void checkSums(Path ds) throws Exception {
    List<String> lines = Files.readAllLines(ds.resolve("SHA256SUMS"));
    TreeSet<String> listed = new TreeSet<>();
    for (String line : lines) {
      assertTrue(line.matches("[0-9a-f]{64}  [^ ]+"), "sha256sum line: " + line);
      String name = line.substring(66);
      listed.add(name);
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(ds.resolve(name)));
      StringBuilder hex = new StringBuilder();
      for (byte b : digest) {
        hex.append(String.format("%02x", b));
      }
      assertEquals(hex.toString(), line.substring(0, 64), "checksum of " + name);
    }
    TreeSet<String> files = new TreeSet<>();
    try (Stream<Path> s = Files.walk(ds)) {
      s.filter(Files::isRegularFile).forEach(p -> files.add(ds.relativize(p).toString().replace('\\', '/')));
    }
    files.remove("SHA256SUMS");
    assertEquals(files, listed, "SHA256SUMS covers every other file");
  }

  private static void checkTable(Duck duck, Path f, Map<String, Object> r) {
    String lit = Duck.lit(f);
    assertEquals(((Number) r.get("rows")).longValue(), ((Number) duck.value("SELECT count(*) FROM read_parquet(" + lit + ", hive_partitioning = false)")).longValue(),
        "rows of " + f);
    List<Object> fields = (List<Object>) ((Map<String, Object>) r.get("schema")).get("fields");
    List<List<Object>> described = duck.rows("DESCRIBE SELECT * FROM read_parquet(" + lit + ", hive_partitioning = false)");
    assertEquals(fields.size(), described.size(), "columns of " + f);
    Map<String, Object> selfSchema = JsonReader.parseObject((String) duck.value(
        "SELECT decode(value) FROM parquet_kv_metadata(" + lit + ") WHERE decode(key) = 'twin.schema'"), f + " twin.schema");
    List<Object> selfColumns = (List<Object>) selfSchema.get("columns");
    for (int i = 0; i < fields.size(); i++) {
      Map<String, Object> field = (Map<String, Object>) fields.get(i);
      Map<String, Object> self = (Map<String, Object>) selfColumns.get(i);
      String name = (String) field.get("name");
      String twinType = (String) field.get("twinType");
      String duckType = (String) described.get(i).get(1);
      assertEquals(name, described.get(i).get(0), f + " column " + i);
      assertTrue(duckTypeMatches(twinType, duckType), f + " column " + name + ": descriptor " + twinType + ", DuckDB " + duckType);
      assertEquals(DataPackage.frictionlessType(de.bochumtwin.results.parquet.ColumnType.valueOf(twinType)), field.get("type"));
      assertEquals(self.get("name"), name);
      assertEquals(self.get("type"), twinType, f + " column " + name + " type in the file");
      assertEquals(self.get("unit"), field.getOrDefault("unit", ""), f + " column " + name + " unit in the file");
      assertEquals(self.get("description"), field.get("description"));
      assertEquals(!(Boolean) self.get("nullable"), field.containsKey("constraints"), f + " column " + name + " required");
    }
    Object geo = duck.rows("SELECT decode(value) FROM parquet_kv_metadata(" + lit + ") WHERE decode(key) = 'geo'").stream()
        .map(row -> row.get(0)).findFirst().orElse(null);
    boolean hasGeometryColumn = fields.stream().anyMatch(x -> "GEOMETRY_WKB".equals(((Map<String, Object>) x).get("twinType")));
    assertEquals(hasGeometryColumn, geo != null, f + ": geo metadata present iff the table has a geometry column");
    if (geo != null) {
      checkGeoParquet(duck, f, (String) geo, ((Number) r.get("rows")).longValue());
    }
  }

  /** GeoParquet 1.1 file metadata: required keys, WKB, listed geometry types, PROJJSON CRS; geometries decode. */
  static void checkGeoParquet(Duck duck, Path f, String geoJson, long rows) {
    Map<String, Object> geo = JsonReader.parseObject(geoJson, f + " geo");
    assertEquals("1.1.0", geo.get("version"), f + " geo.version");
    String primary = (String) geo.get("primary_column");
    Map<String, Object> columns = (Map<String, Object>) geo.get("columns");
    assertTrue(columns != null && columns.containsKey(primary), f + ": primary_column " + primary + " in columns");
    for (Map.Entry<String, Object> e : columns.entrySet()) {
      Map<String, Object> c = (Map<String, Object>) e.getValue();
      assertEquals("WKB", c.get("encoding"), f + " " + e.getKey() + ".encoding");
      List<Object> types = (List<Object>) c.get("geometry_types");
      assertFalse(types.isEmpty(), f + ": geometry_types listed");
      for (Object t : types) {
        assertTrue(GEOMETRY_TYPES.contains(String.valueOf(t).replace(" Z", "")), f + ": geometry type " + t);
      }
      assertTrue(c.containsKey("crs") && c.get("crs") instanceof Map, f + ": crs present as a PROJJSON object");
      Map<String, Object> crs = (Map<String, Object>) c.get("crs");
      assertTrue(Set.of("ProjectedCRS", "GeographicCRS").contains(crs.get("type")), f + ": PROJJSON type " + crs.get("type"));
      assertTrue(crs.get("id") instanceof Map, f + ": PROJJSON id");
      // decode every geometry from DuckDB's WKT (ST_AsText is in DuckDB core) with JTS
      double[] box = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
      Set<String> kinds = new TreeSet<>();
      List<List<Object>> wkts = duck.rows("SELECT ST_AsText(" + e.getKey() + ") FROM read_parquet(" + Duck.lit(f) + ", hive_partitioning = false)");
      assertEquals(rows, wkts.size());
      WKTReader reader = new WKTReader();
      for (List<Object> w : wkts) {
        Geometry g;
        try {
          g = reader.read((String) w.get(0));
        } catch (ParseException ex) {
          throw new AssertionError(f + ": geometry does not decode: " + w.get(0), ex);
        }
        kinds.add(g.getGeometryType());
        Envelope env = g.getEnvelopeInternal();
        box[0] = Math.min(box[0], env.getMinX());
        box[1] = Math.min(box[1], env.getMinY());
        box[2] = Math.max(box[2], env.getMaxX());
        box[3] = Math.max(box[3], env.getMaxY());
      }
      for (String k : kinds) {
        assertTrue(types.contains(k), f + ": decoded type " + k + " listed in " + types);
      }
      if (c.containsKey("covering")) {
        checkCovering(duck, f, e.getKey(), (Map<String, Object>) c.get("covering"));
      }
      if (c.containsKey("bbox")) {
        List<Object> bbox = (List<Object>) c.get("bbox");
        assertEquals(4, bbox.size());
        for (int i = 0; i < 4; i++) {
          assertEquals(box[i], ((Number) bbox.get(i)).doubleValue(), 1e-9 * Math.max(1, Math.abs(box[i])), f + " bbox[" + i + "]");
        }
      }
    }
  }

  /**
   * GeoParquet 1.1 covering: {@code bbox} names a struct column's xmin/ymin/xmax/ymax fields, and every
   * row's box equals the envelope of its geometry (computed by JTS from DuckDB's WKT).
   */
  static void checkCovering(Duck duck, Path f, String geomColumn, Map<String, Object> covering) {
    Map<String, Object> bbox = (Map<String, Object>) covering.get("bbox");
    assertTrue(bbox != null, f + ": covering.bbox present");
    String struct = null;
    for (String k : List.of("xmin", "ymin", "xmax", "ymax")) {
      List<Object> path = (List<Object>) bbox.get(k);
      assertTrue(path != null && path.size() == 2 && k.equals(path.get(1)), f + ": covering.bbox." + k + " = [column, " + k + "]");
      struct = struct == null ? (String) path.get(0) : struct;
      assertEquals(struct, path.get(0), f + ": all covering fields in one struct column");
    }
    List<List<Object>> rows = duck.rows("SELECT ST_AsText(" + geomColumn + "), " + struct + ".xmin, " + struct + ".ymin, "
        + struct + ".xmax, " + struct + ".ymax FROM read_parquet(" + Duck.lit(f) + ", hive_partitioning = false)");
    WKTReader reader = new WKTReader();
    for (List<Object> r : rows) {
      Envelope env;
      try {
        env = reader.read((String) r.get(0)).getEnvelopeInternal();
      } catch (ParseException ex) {
        throw new AssertionError(f + ": geometry does not decode: " + r.get(0), ex);
      }
      double[] want = {env.getMinX(), env.getMinY(), env.getMaxX(), env.getMaxY()};
      for (int i = 0; i < 4; i++) {
        double got = ((Number) r.get(1 + i)).doubleValue();
        assertEquals(want[i], got, 1e-9 * Math.max(1, Math.abs(want[i])), f + ": covering box of " + r.get(0));
      }
    }
  }

  private static boolean duckTypeMatches(String twinType, String duckType) {
    switch (twinType) {
      case "INT32":
        return duckType.equals("INTEGER");
      case "INT64":
        return duckType.equals("BIGINT");
      case "DOUBLE":
        return duckType.equals("DOUBLE");
      case "STRING":
        return duckType.equals("VARCHAR");
      case "BOOLEAN":
        return duckType.equals("BOOLEAN");
      case "BINARY":
        return duckType.equals("BLOB");
      case "GEOMETRY_WKB":
        return duckType.startsWith("GEOMETRY");
      case "BBOX":
        return duckType.equals("STRUCT(xmin DOUBLE, ymin DOUBLE, xmax DOUBLE, ymax DOUBLE)");
      default:
        return false;
    }
  }
}
