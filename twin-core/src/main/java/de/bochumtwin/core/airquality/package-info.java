/**
 * Air quality from link emissions: a Gaussian line-source dispersion model (CALINE3/RLINE style: each
 * link is a straight segment cut into elements that are treated as crosswind line sources), an
 * OSPM-like street-canyon increment, an NO2/NOx conversion (Romberg et al. 1996) and a background per
 * pollutant. Pure computation: inputs are in-memory arrays, no I/O (readers live in {@code scenarios},
 * writers in {@code results}). See docs/airquality.md for the formulas and their sources.
 *
 * <p>Units: coordinates and distances in metres in a projected CRS (the network's, EPSG:25832 for
 * Bochum); emission rates in g/s per link; wind in m/s, wind direction in degrees the wind blows
 * <em>from</em> (meteorological convention, clockwise from grid north); concentrations in µg/m³.
 *
 * <p>Invariants: concentrations are linear in the emission rates (before the NO2 conversion);
 * zero emissions give exactly the background; results do not depend on the number of threads
 * (every receptor is computed by one thread in a fixed order of sources and hours).
 */
package de.bochumtwin.core.airquality;
