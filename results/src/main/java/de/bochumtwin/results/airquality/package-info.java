/**
 * Air-quality inputs read from a run folder ({@code links.parquet}, {@code emissions_link_hour.parquet},
 * {@code run.json}) and the air-quality outputs: hourly and period-mean concentration rasters, station
 * time series and exceedance counts as Parquet (CRS in the file metadata {@code twin.crs}), and a PNG
 * map. Concentrations in µg/m³, coordinates in metres of the network CRS. See docs/airquality.md.
 */
package de.bochumtwin.results.airquality;
