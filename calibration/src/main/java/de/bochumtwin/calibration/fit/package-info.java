/**
 * Fit of simulated to observed counts: GEH, mean (absolute, relative) error, RMSE, R^2 per
 * station-hour and per station-day, and the share of stations with GEH &lt; 5. Units: vehicles per
 * hour (hourly) and per day (sum of counted hours); simulated volumes are expanded by 1 / sample.
 */
package de.bochumtwin.calibration.fit;
