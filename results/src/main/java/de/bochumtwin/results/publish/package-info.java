/**
 * Published datasets for researchers (issue 10): {@link de.bochumtwin.results.publish.DatasetPublisher}
 * turns a run folder into a self-describing dataset (tables, README, Frictionless {@code datapackage.json},
 * data dictionary, {@code SHA256SUMS}, run manifest), written atomically;
 * {@link de.bochumtwin.results.publish.SweepPublisher} does the same for a sweep folder, with the finished
 * members hive-partitioned as {@code member=<n>/} and unfinished members skipped and listed.
 *
 * <p>Invariants: every descriptor and the data dictionary are generated from the writers'
 * {@link de.bochumtwin.results.parquet.TableSchema} definitions (for sweeps built per sweep from
 * {@link de.bochumtwin.results.sweep.SweepTables}), never hand-kept; published tables have
 * exactly the schema's columns; the output folder appears complete or not at all. Units: coordinates of
 * {@code links_wgs84} in degrees (OGC:CRS84, lon/lat), everything else as in the source tables.
 */
package de.bochumtwin.results.publish;
