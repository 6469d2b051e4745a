package de.bochumtwin.results.geo;

import de.bochumtwin.results.json.JsonWriter;
import java.util.Locale;
import java.util.Optional;

/**
 * PROJJSON (PROJ's JSON encoding of ISO 19111 CRS definitions, schema v0.7) for the coordinate reference
 * systems the twin writes, built from their published EPSG parameters.
 *
 * <p>Supported: ETRS89 / UTM zones 32N and 33N (EPSG:25832, Bochum and the west of Germany; EPSG:25833,
 * the east). Both are a Transverse Mercator conversion (EPSG method 9807) of the geographic CRS ETRS89
 * (EPSG:4258, datum EPSG:6258, GRS 1980 ellipsoid a = 6378137 m, 1/f = 298.257222101) with latitude of
 * origin 0, central meridian {@code 6 * zone - 183} degrees east, scale 0.9996, false easting 500000 m,
 * false northing 0; axes easting, northing in metres. Adding another ETRS89 UTM zone is one entry in
 * {@link #SUPPORTED_ZONES}; another family needs one more builder method.
 *
 * <p>The datum is written as a single geodetic reference frame rather than the EPSG "ETRS89 ensemble";
 * both are valid PROJJSON and the difference (below 0.1 m) does not matter for a traffic model.
 */
public final class CrsDefinitions {
  /** CRS assumed when a network declares none: the twin's working CRS for Bochum. */
  public static final String DEFAULT_CRS = "EPSG:25832";

  private static final int[] SUPPORTED_ZONES = {32, 33};
  private static final String PROJJSON_SCHEMA = "https://proj.org/schemas/v0.7/projjson.schema.json";

  private CrsDefinitions() {}

  /**
   * The normalised form {@code EPSG:<code>} of a CRS string ({@code EPSG:25832}, {@code epsg:25832} and
   * {@code urn:ogc:def:crs:EPSG::25832} are equal), the default for null or blank, or the trimmed input
   * when it is not an EPSG code (e.g. MATSim's {@code Atlantis}).
   */
  public static String normalize(String crs) {
    if (crs == null || crs.isBlank()) {
      return DEFAULT_CRS;
    }
    String s = crs.trim();
    String u = s.toUpperCase(Locale.ROOT);
    if (u.startsWith("URN:OGC:DEF:CRS:EPSG:")) {
      String code = u.substring(u.lastIndexOf(':') + 1);
      return code.matches("[0-9]+") ? "EPSG:" + code : s;
    }
    if (u.matches("EPSG:[0-9]+")) {
      return u;
    }
    return s;
  }

  /** The EPSG code of a supported CRS, if {@code crs} (see {@link #normalize}) is one. */
  public static Optional<Integer> supportedEpsgCode(String crs) {
    String n = normalize(crs);
    for (int zone : SUPPORTED_ZONES) {
      if (n.equals("EPSG:" + (25800 + zone))) {
        return Optional.of(25800 + zone);
      }
    }
    return Optional.empty();
  }

  /** The PROJJSON text for {@code crs}, or empty when the CRS is not supported (write {@code "crs": null}). */
  public static Optional<String> projjson(String crs) {
    return supportedEpsgCode(crs).map(code -> etrs89Utm(code - 25800));
  }

  /** ETRS89 / UTM zone {@code zone}N as compact PROJJSON (EPSG:258zz). */
  static String etrs89Utm(int zone) {
    StringBuilder sb = new StringBuilder(2048);
    JsonWriter w = JsonWriter.compact(sb);
    w.beginObject()
        .name("$schema").value(PROJJSON_SCHEMA)
        .name("type").value("ProjectedCRS")
        .name("name").value("ETRS89 / UTM zone " + zone + "N")
        .name("base_crs");
    etrs89Geographic(w);
    w.name("conversion").beginObject()
        .name("name").value("UTM zone " + zone + "N")
        .name("method").beginObject().name("name").value("Transverse Mercator");
    id(w, 9807).endObject();
    w.name("parameters").beginArray();
    parameter(w, "Latitude of natural origin", 0, "degree", 8801);
    parameter(w, "Longitude of natural origin", 6 * zone - 183, "degree", 8802);
    parameter(w, "Scale factor at natural origin", 0.9996, "unity", 8805);
    parameter(w, "False easting", 500000, "metre", 8806);
    parameter(w, "False northing", 0, "metre", 8807);
    w.endArray();
    id(w, 16000 + zone).endObject();
    w.name("coordinate_system").beginObject().name("subtype").value("Cartesian").name("axis").beginArray();
    axis(w, "Easting", "E", "east", "metre");
    axis(w, "Northing", "N", "north", "metre");
    w.endArray().endObject();
    id(w, 25800 + zone).endObject();
    return sb.toString();
  }

  private static void etrs89Geographic(JsonWriter w) {
    w.beginObject()
        .name("type").value("GeographicCRS")
        .name("name").value("ETRS89")
        .name("datum").beginObject()
        .name("type").value("GeodeticReferenceFrame")
        .name("name").value("European Terrestrial Reference System 1989")
        .name("ellipsoid").beginObject()
        .name("name").value("GRS 1980")
        .name("semi_major_axis").value(6378137)
        .name("inverse_flattening").value(298.257222101);
    id(w, 7019).endObject();
    id(w, 6258).endObject();
    w.name("coordinate_system").beginObject().name("subtype").value("ellipsoidal").name("axis").beginArray();
    axis(w, "Geodetic latitude", "Lat", "north", "degree");
    axis(w, "Geodetic longitude", "Lon", "east", "degree");
    w.endArray().endObject();
    id(w, 4258).endObject();
  }

  private static void parameter(JsonWriter w, String name, double value, String unit, int epsg) {
    w.beginObject().name("name").value(name).name("value").value(value).name("unit").value(unit);
    id(w, epsg).endObject();
  }

  private static void axis(JsonWriter w, String name, String abbreviation, String direction, String unit) {
    w.beginObject().name("name").value(name).name("abbreviation").value(abbreviation)
        .name("direction").value(direction).name("unit").value(unit).endObject();
  }

  private static JsonWriter id(JsonWriter w, int code) {
    return w.name("id").beginObject().name("authority").value("EPSG").name("code").value(code).endObject();
  }
}
