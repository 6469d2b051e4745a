package de.bochumtwin.results.geo;

import de.bochumtwin.results.json.JsonWriter;
import java.util.List;
import java.util.Optional;

/**
 * The GeoParquet 1.1 file metadata (key {@value #KEY}) for a table with one WKB geometry column.
 *
 * <p>Written fields: {@code version} {@value #VERSION}, {@code primary_column}, and for that column
 * {@code encoding "WKB"}, {@code geometry_types}, {@code bbox} [xmin, ymin, xmax, ymax] in the CRS's units
 * (omitted for an empty table), optionally a {@code covering} naming a per-row bbox struct column, and {@code crs}: a PROJJSON object, or JSON {@code null} meaning "unknown".
 * The key is never omitted: an absent {@code crs} means OGC:CRS84 (lon/lat) in GeoParquet, which our
 * projected coordinates are not.
 */
public final class GeoParquetMetadata {
  public static final String KEY = "geo";
  public static final String VERSION = "1.1.0";

  private GeoParquetMetadata() {}

  /**
   * Builds the {@code geo} JSON.
   *
   * @param column name of the geometry column (also the primary column)
   * @param geometryTypes GeoParquet geometry type names, e.g. {@code LineString}
   * @param bbox {@code [xmin, ymin, xmax, ymax]} or null when there are no geometries
   * @param crsProjjson PROJJSON text, or empty to declare the CRS unknown
   */
  public static String singleColumn(String column, List<String> geometryTypes, double[] bbox,
      Optional<String> crsProjjson) {
    return singleColumn(column, geometryTypes, bbox, crsProjjson, null);
  }

  /**
   * As {@link #singleColumn(String, List, double[], Optional)}, plus a GeoParquet 1.1 {@code covering}
   * that names the struct column {@code bboxColumn} (fields xmin, ymin, xmax, ymax) holding each row's
   * bounding box; null writes no covering.
   */
  public static String singleColumn(String column, List<String> geometryTypes, double[] bbox,
      Optional<String> crsProjjson, String bboxColumn) {
    StringBuilder sb = new StringBuilder(2560);
    JsonWriter w = JsonWriter.compact(sb);
    w.beginObject().name("version").value(VERSION).name("primary_column").value(column)
        .name("columns").beginObject().name(column).beginObject()
        .name("encoding").value("WKB")
        .name("geometry_types").beginArray();
    for (String t : geometryTypes) {
      w.value(t);
    }
    w.endArray();
    if (bbox != null) {
      if (bbox.length != 4) {
        throw new IllegalArgumentException("bbox needs 4 values [xmin, ymin, xmax, ymax], got " + bbox.length);
      }
      w.name("bbox").beginArray().value(bbox[0]).value(bbox[1]).value(bbox[2]).value(bbox[3]).endArray();
    }
    if (bboxColumn != null) {
      w.name("covering").beginObject().name("bbox").beginObject();
      for (String f : List.of("xmin", "ymin", "xmax", "ymax")) {
        w.name(f).beginArray().value(bboxColumn).value(f).endArray();
      }
      w.endObject().endObject();
    }
    w.name("crs");
    if (crsProjjson.isPresent()) {
      w.rawValue(crsProjjson.get());
    } else {
      w.nullValue();
    }
    w.endObject().endObject().endObject();
    return sb.toString();
  }
}
