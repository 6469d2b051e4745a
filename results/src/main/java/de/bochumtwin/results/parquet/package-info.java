/**
 * A small columnar Parquet writer on parquet-java without a Hadoop install (Hadoop classes come from the
 * parquet-floor stubs, see docs/decisions.md).
 *
 * <p>{@link de.bochumtwin.results.parquet.TableSchema} is the single source of truth for a table: column
 * order, name, type, nullability, unit and description; the Parquet schema, the {@code twin.schema}
 * file metadata and the data dictionary in docs/outputs.md are all derived from it.
 * {@link de.bochumtwin.results.parquet.ColumnBindings} binds each column to a primitive accessor
 * {@code row -> value} over existing column arrays, and
 * {@link de.bochumtwin.results.parquet.ParquetTableWriter} streams rows through a custom
 * {@code WriteSupport}: one reused row cursor, no object per row or cell apart from the
 * {@code Binary} wrappers parquet-java needs for strings and blobs.
 *
 * <p>Invariants: column names are lower snake case and unique; units are SI-style symbols
 * ({@code s}, {@code m}, {@code m/s}, {@code veh}, {@code veh/h}) or empty for dimensionless values and ids.
 */
package de.bochumtwin.results.parquet;
