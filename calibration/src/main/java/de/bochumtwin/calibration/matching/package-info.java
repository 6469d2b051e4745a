/**
 * Sensor-to-link matching (JTS STR-tree): by link id, OSM way id ({@code Network.linkOrigId}) or
 * nearest link in the sensor's direction within a radius; unmatched and ambiguous sensors are
 * reported with a reason, never guessed. Units: metres in the scenario CRS, bearings in degrees
 * clockwise from north (0 = north, 90 = east).
 */
package de.bochumtwin.calibration.matching;
