/**
 * A minimal ESRI Shapefile reader for polygon areas of what-if measures (e.g. the city's
 * low-emission-zone file): {@code .shp} polygon records (types 5, 15, 25; Z and M values ignored),
 * {@code .dbf} attributes as text, and the {@code .prj} WKT reduced to an EPSG code.
 *
 * <p>Invariants: rings follow the shapefile convention (outer rings clockwise, holes counter-clockwise);
 * each hole is put into the outer ring that contains it. Coordinates stay in the file's CRS; callers
 * reproject (see {@link de.bochumtwin.scenarios.shapefile.Shapefile#epsg()}). Every problem names the
 * file, the record and what to fix. Units: the file's (metres for UTM, degrees for geographic CRS).
 */
package de.bochumtwin.scenarios.shapefile;
