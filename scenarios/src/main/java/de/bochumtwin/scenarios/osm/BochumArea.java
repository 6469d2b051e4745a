package de.bochumtwin.scenarios.osm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;

/**
 * The study area: Bochum's city boundary and where to download current OSM data for it.
 *
 * <p>The boundary is OSM relation 62644 simplified by hand to 128 vertices (resource
 * {@code bochum.poly}; its header names the source). Its area, 145.4 km², is within 0.2 % of the
 * official 145.66 km², so the simplification is small next to the default buffer. Data ©
 * OpenStreetMap contributors, ODbL 1.0.
 */
public final class BochumArea {
  /**
   * Geofabrik's daily extract of Regierungsbezirk Arnsberg, which contains Bochum (about 300 MB).
   * Geofabrik publishes {@code <url>.md5} next to it.
   */
  public static final URI DEFAULT_EXTRACT =
      URI.create("https://download.geofabrik.de/europe/germany/nordrhein-westfalen/arnsberg-regbez-latest.osm.pbf");
  /** Default buffer around the city boundary: keeps the roads just outside that through traffic uses. */
  public static final double DEFAULT_BUFFER_M = 2000;

  private BochumArea() {}

  /** The city boundary with the given buffer in metres. */
  public static BoundingPolygon boundary(double buffer_m) {
    try (InputStream in = BochumArea.class.getResourceAsStream("bochum.poly")) {
      if (in == null) {
        throw new IllegalStateException("resource bochum.poly missing from the jar");
      }
      return BoundingPolygon.readPoly(in, Path.of("bochum.poly"), buffer_m);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
