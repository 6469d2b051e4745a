package de.bochumtwin.scenarios.whatif;

import org.locationtech.jts.geom.Geometry;

/**
 * An area of a measure as written in the file: either a named area (a Bochum Stadtbezirk, resolved
 * later) or a polygon already parsed from WKT or GeoJSON, in the network CRS.
 *
 * @param district Stadtbezirk name, or null when {@code polygon} is given
 * @param polygon polygonal geometry, or null when {@code district} is given
 * @param text how the file wrote it (for run.json and messages), e.g. {@code district Mitte}
 */
public record AreaSpec(Where where, String district, Geometry polygon, String text) {}
