/**
 * Inputs of the air-quality model (docs/airquality.md): hourly meteorology from files (the City of
 * Bochum's EcoWitt weather-station CSV and a simple CSV) or a documented synthetic Bochum climatology,
 * background concentrations (a CSV, or the bundled Bochum default derived from UBA urban-background
 * stations) and the Bochum measuring stations as named receptors (WGS84 metadata projected to
 * EPSG:25832). Errors name the file, line and column.
 */
package de.bochumtwin.scenarios.airquality;
