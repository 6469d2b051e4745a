/**
 * Calibration methods, run in steps of short loop runs on a chained population
 * ({@link de.bochumtwin.calibration.method.CalibrationRunner}): mode constants fitted to a target
 * modal split (damped log-ratio update) or to mode shares per beeline-distance class (damped diagonal
 * Newton step, {@link de.bochumtwin.calibration.method.DistanceClassCalibrator}); the demand scale
 * fitted to counted totals; a Cadyts-like counts-based plan-choice correction inside the loop
 * ({@link de.bochumtwin.calibration.method.PlanCountCorrection}); global parameters by BOBYQA or
 * CMA-ES over short runs ({@link de.bochumtwin.calibration.method.GlobalParameterOptimizer}, each run
 * a {@link de.bochumtwin.calibration.method.ShortRunEvaluator} with person-keyed random draws, so that
 * the objective is smooth in the demand scale; capacity factor as a factor on the mobsim's); and
 * k-fold hold-out by station with a calibration re-run per fold
 * ({@link de.bochumtwin.calibration.method.KFoldCalibration}). Units: constants and offsets in utils
 * (per leg for constants, per plan for offsets), shares as fractions 0..1, demand scale as a factor
 * of the pool's base population, volumes in vehicles per hour expanded by 1 / sample, distances in m.
 * Everything is deterministic for a given seed; no method keeps global state.
 */
package de.bochumtwin.calibration.method;
