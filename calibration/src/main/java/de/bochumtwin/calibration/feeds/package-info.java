/**
 * Sensor feeds: count CSV files and the OGC SensorThings API (files or a server with paging), read
 * into {@link de.bochumtwin.calibration.feeds.SensorFeed} (stations, observations, issues) and
 * aggregated to mean hourly volumes ({@link de.bochumtwin.calibration.feeds.HourlyCounts}).
 *
 * <p>Invariants: every observation of a source is either kept or reported as a
 * {@link de.bochumtwin.calibration.feeds.FeedIssue} (missing, duplicate, malformed, not hourly,
 * unknown station); a malformed observation never aborts reading. Units: values are vehicles per
 * interval; hourly counts vehicles per hour in local hours of the given zone; coordinates metres in
 * the scenario CRS; bearings degrees clockwise from north.
 */
package de.bochumtwin.calibration.feeds;
