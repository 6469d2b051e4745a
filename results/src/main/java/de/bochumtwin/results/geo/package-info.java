/**
 * Geospatial metadata for GeoParquet 1.1 output: {@link de.bochumtwin.results.geo.CrsDefinitions} turns a
 * network's CRS string into a PROJJSON object built from the published EPSG parameters (no PROJ database
 * needed), and {@link de.bochumtwin.results.geo.GeoParquetMetadata} writes the {@code geo} file metadata.
 *
 * <p>Invariants: geometries are written in the network's projected CRS (metres), never reprojected; a CRS
 * we cannot describe is declared unknown ({@code "crs": null}), never silently written as the GeoParquet
 * default OGC:CRS84 (lon/lat), which would place UTM metres on the wrong side of the planet.
 */
package de.bochumtwin.results.geo;
