/**
 * Parquet writers for the core's tables: {@code legs.parquet} ({@link de.bochumtwin.core.analysis.LegTable}),
 * {@code link_volumes.parquet} ({@link de.bochumtwin.core.analysis.LinkVolumeTable}) and the GeoParquet
 * {@code links.parquet} ({@link de.bochumtwin.core.network.Network}). Each class owns its table's
 * {@link de.bochumtwin.results.parquet.TableSchema} ({@code SCHEMA}); {@link de.bochumtwin.results.tables.OutputTables}
 * lists them all for the data dictionary (docs/outputs.md).
 *
 * <p>Units follow the core: seconds since scenario start, metres, metres per second, vehicles per hour.
 * Column names and order are a public contract: add columns at the end, never rename.
 */
package de.bochumtwin.results.tables;
