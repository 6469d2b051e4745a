/**
 * Observed traffic counts ({@link de.bochumtwin.core.counts.Counts}, {@link de.bochumtwin.core.counts.CountStation}):
 * hourly vehicle volumes per network link used to validate and calibrate a run. Immutable values.
 * Units: vehicles per hour in 24 hour-of-day slots (slot 0 = 00:00-01:00), NaN for unmeasured hours;
 * links as dense network indices; coordinates in metres of the scenario CRS.
 */
package de.bochumtwin.core.counts;
