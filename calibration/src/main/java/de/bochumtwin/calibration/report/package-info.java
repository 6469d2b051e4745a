/**
 * The calibration fit report: Markdown summary with before/after tables and k-fold hold-out,
 * per-station Parquet table, scatter plot PNG, calibrated parameters and per-step CSV.
 * Units: volumes in vehicles per hour (hourly) or per day; shares in percent in the report.
 */
package de.bochumtwin.calibration.report;
