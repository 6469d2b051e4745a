package de.bochumtwin.results.emissions;

import org.locationtech.jts.geom.Geometry;

/**
 * A named area links are assigned to by the midpoint of their straight line (e.g. Bochum's six
 * Stadtbezirke), in the network's CRS.
 */
public record DistrictArea(String name, Geometry area) {}
