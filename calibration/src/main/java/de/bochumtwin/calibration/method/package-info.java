/**
 * Calibration methods: mode constants fitted to a target modal split (damped log-ratio update),
 * demand scale fitted to counted totals, run in steps of short loop runs on a chained population
 * ({@link de.bochumtwin.calibration.method.CalibrationRunner}). Units: constants in utils per leg,
 * shares as fractions 0..1, demand scale as a factor of the pool's base population.
 */
package de.bochumtwin.calibration.method;
