package de.bochumtwin.core.controller;

/**
 * Trips of one mode in one iteration (a leg is a trip until the twin has multi-leg trips).
 *
 * @param share share of all trips of the iteration, 0..1
 */
public record ModeStats(String mode, int trips, double share, double meanTravelTime_s, double meanDistance_m) {}
