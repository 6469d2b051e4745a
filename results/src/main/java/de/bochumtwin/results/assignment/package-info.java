/**
 * Writers for static-assignment results: {@code flows.csv} (from_node,to_node,volume,cost) and
 * {@code convergence.csv} (iteration,relative_gap,objective,wall_time_s). Numbers are written with
 * Java's shortest round-trip decimal form, so a CSV reread gives the identical doubles.
 */
package de.bochumtwin.results.assignment;
