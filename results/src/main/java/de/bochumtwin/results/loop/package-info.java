/**
 * Outputs of the co-evolutionary loop: {@code iterations.parquet} and {@code iteration_modes.parquet}
 * (one row per iteration / per iteration and mode), the score and mode-share charts, and the
 * checkpoint store that lets an interrupted run resume with an identical result.
 */
package de.bochumtwin.results.loop;
