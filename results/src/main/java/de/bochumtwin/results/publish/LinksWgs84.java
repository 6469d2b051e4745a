package de.bochumtwin.results.publish;

import de.bochumtwin.results.geo.CrsDefinitions;
import de.bochumtwin.results.geo.GeoParquetMetadata;
import de.bochumtwin.results.parquet.ColumnType;
import de.bochumtwin.results.parquet.ParquetTableWriter;
import de.bochumtwin.results.parquet.TableSchema;
import de.bochumtwin.results.tables.LinksParquet;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

/**
 * {@code links_wgs84.parquet}: {@code links.parquet} with the geometry reprojected from ETRS89 / UTM to
 * longitude/latitude (OGC:CRS84 axis order lon, lat, degrees) for web maps. All other columns are copied
 * unchanged; the GeoParquet {@code geo} metadata declares the CRS as PROJJSON of OGC:CRS84.
 */
public final class LinksWgs84 {
  /** OGC:CRS84 (WGS 84 with lon/lat axis order) as compact PROJJSON. */
  public static final String CRS84_PROJJSON = "{\"$schema\":\"https://proj.org/schemas/v0.7/projjson.schema.json\","
      + "\"type\":\"GeographicCRS\",\"name\":\"WGS 84 (CRS84)\",\"datum\":{\"type\":\"GeodeticReferenceFrame\","
      + "\"name\":\"World Geodetic System 1984\",\"ellipsoid\":{\"name\":\"WGS 84\",\"semi_major_axis\":6378137,"
      + "\"inverse_flattening\":298.257223563}},\"coordinate_system\":{\"subtype\":\"ellipsoidal\",\"axis\":["
      + "{\"name\":\"Geodetic longitude\",\"abbreviation\":\"Lon\",\"direction\":\"east\",\"unit\":\"degree\"},"
      + "{\"name\":\"Geodetic latitude\",\"abbreviation\":\"Lat\",\"direction\":\"north\",\"unit\":\"degree\"}]},"
      + "\"id\":{\"authority\":\"OGC\",\"code\":\"CRS84\"}}";

  public static final TableSchema SCHEMA = schema();

  private LinksWgs84() {}

  private static TableSchema schema() {
    TableSchema.Builder b = TableSchema.builder("links_wgs84",
        "The road network as in links.parquet, with the geometry in WGS 84 longitude/latitude (OGC:CRS84) for web maps (published datasets only).");
    for (TableSchema.Column c : LinksParquet.SCHEMA.columns()) {
      if (c.name().equals("geometry")) {
        b.required("geometry", ColumnType.GEOMETRY_WKB, "deg",
            "Straight LineString from the from-node to the to-node as ISO WKB, longitude/latitude in degrees (OGC:CRS84)");
      } else if (c.name().equals("bbox")) {
        b.required("bbox", ColumnType.BBOX, "deg",
            "Bounding box of the geometry in longitude/latitude degrees (GeoParquet 1.1 covering)");
      } else if (c.nullable()) {
        b.nullable(c.name(), c.type(), c.unit(), c.description());
      } else {
        b.required(c.name(), c.type(), c.unit(), c.description());
      }
    }
    return b.build();
  }

  /**
   * Reads {@code linksFile} (a {@code links.parquet} in an ETRS89 / UTM CRS) and writes {@code out}.
   *
   * @throws IllegalArgumentException if the links are in a CRS this inverse cannot handle
   */
  public static void write(Path linksFile, Path out) {
    ParquetColumns links = ParquetColumns.read(linksFile, LinksParquet.SCHEMA);
    String crs = links.extraMetadata().get(LinksParquet.SOURCE_CRS_KEY);
    Optional<Integer> epsg = CrsDefinitions.supportedEpsgCode(crs);
    if (epsg.isEmpty()) {
      throw new IllegalArgumentException(linksFile + ": network CRS '" + crs + "' cannot be converted to WGS 84 (only ETRS89 / UTM,"
          + " e.g. EPSG:25832, is supported); publish without --wgs84");
    }
    InverseUtm utm = InverseUtm.ofEtrs89Epsg(epsg.get());
    byte[][] wkb = (byte[][]) links.values("geometry");
    byte[][] lonLat = new byte[wkb.length][];
    double[] bbox = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
    WKBReader reader = new WKBReader();
    WKBWriter writer = new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN, false);
    double[] ll = new double[2];
    double[] rowBoxes = new double[4 * wkb.length];
    for (int r = 0; r < wkb.length; r++) {
      double x0 = Double.POSITIVE_INFINITY;
      double y0 = Double.POSITIVE_INFINITY;
      double x1 = Double.NEGATIVE_INFINITY;
      double y1 = Double.NEGATIVE_INFINITY;
      Geometry g;
      try {
        g = reader.read(wkb[r]);
      } catch (ParseException e) {
        throw new IllegalArgumentException(linksFile + ": row " + r + " has invalid WKB geometry: " + e.getMessage(), e);
      }
      for (Coordinate c : g.getCoordinates()) {
        utm.toLonLat(c.x, c.y, ll);
        c.x = ll[0];
        c.y = ll[1];
        bbox[0] = Math.min(bbox[0], ll[0]);
        bbox[1] = Math.min(bbox[1], ll[1]);
        bbox[2] = Math.max(bbox[2], ll[0]);
        bbox[3] = Math.max(bbox[3], ll[1]);
        x0 = Math.min(x0, ll[0]);
        y0 = Math.min(y0, ll[1]);
        x1 = Math.max(x1, ll[0]);
        y1 = Math.max(y1, ll[1]);
      }
      rowBoxes[4 * r] = x0;
      rowBoxes[4 * r + 1] = y0;
      rowBoxes[4 * r + 2] = x1;
      rowBoxes[4 * r + 3] = y1;
      g.geometryChanged();
      lonLat[r] = writer.write(g);
    }
    Map<String, String> meta = new LinkedHashMap<>();
    meta.put(GeoParquetMetadata.KEY, GeoParquetMetadata.singleColumn("geometry", List.of("LineString"),
        wkb.length == 0 ? null : bbox, Optional.of(CRS84_PROJJSON), "bbox"));
    meta.put(LinksParquet.SOURCE_CRS_KEY, "OGC:CRS84 (converted from EPSG:" + epsg.get() + ")");
    // same rows and columns, only the geometry replaced: rebind the read table under the new schema
    ParquetColumns rebound = links.withSchema(SCHEMA);
    try (ParquetTableWriter w = ParquetTableWriter.open(out, SCHEMA, meta)) {
      w.writeRows(rebound.bind(rebound.identity(), Map.of("geometry", lonLat, "bbox", rowBoxes)), 0, rebound.rows());
    }
  }
}
