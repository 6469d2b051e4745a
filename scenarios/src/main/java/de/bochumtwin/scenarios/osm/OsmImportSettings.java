package de.bochumtwin.scenarios.osm;

import java.util.Optional;

/**
 * What {@link OsmNetworkImporter} needs besides the file: the target projection and an optional
 * area to cut to. Immutable; change with the {@code with*} methods.
 */
public final class OsmImportSettings {
  /** The project's CRS: ETRS89 / UTM zone 32N, the official grid of North Rhine-Westphalia. */
  public static final String DEFAULT_CRS = "EPSG:25832";

  private final TransverseMercator projection;
  private final BoundingPolygon polygon;
  private final boolean keepLargestComponents;

  private OsmImportSettings(TransverseMercator projection, BoundingPolygon polygon, boolean keepLargestComponents) {
    this.projection = projection;
    this.polygon = polygon;
    this.keepLargestComponents = keepLargestComponents;
  }

  /** EPSG:25832, no cut. */
  public static OsmImportSettings defaults() {
    return new OsmImportSettings(TransverseMercator.forCrs(DEFAULT_CRS), null, true);
  }

  /** @throws IllegalArgumentException listing the supported codes when {@code crs} is not one */
  public OsmImportSettings withCrs(String crs) {
    return new OsmImportSettings(TransverseMercator.forCrs(crs), polygon, keepLargestComponents);
  }

  /** Keeps only nodes inside the polygon (plus its buffer); null removes the cut. */
  public OsmImportSettings withPolygon(BoundingPolygon p) {
    return new OsmImportSettings(projection, p, keepLargestComponents);
  }

  /**
   * With {@code false} the per-mode strongly-connected-component cleaning is skipped (for
   * diagnostics and tests; a simulation network should always be cleaned).
   */
  public OsmImportSettings withLargestComponentsOnly(boolean keep) {
    return new OsmImportSettings(projection, polygon, keep);
  }

  public boolean largestComponentsOnly() {
    return keepLargestComponents;
  }

  public TransverseMercator projection() {
    return projection;
  }

  public Optional<BoundingPolygon> polygon() {
    return Optional.ofNullable(polygon);
  }
}
