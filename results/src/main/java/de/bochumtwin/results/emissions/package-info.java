/**
 * Everything an emission computation leaves behind, for both {@code twin run --emissions} (online)
 * and {@code twin emissions} (offline): Parquet tables per link and hour, per vehicle, totals (per
 * pollutant, road type and Stadtbezirk), a raster of emitted grams per grid cell, and a PNG of CO2 and
 * NOx per hour of day. Masses in grams ({@code _g}), fuel energy in MJ, particle numbers as counts;
 * coordinates in the network's projected CRS (EPSG:25832 for Bochum), metres. Writers only read an
 * {@link de.bochumtwin.core.emissions.EmissionHandler}; summation orders are fixed (link index, then
 * hour), so identical handlers give bit-identical files.
 */
package de.bochumtwin.results.emissions;
