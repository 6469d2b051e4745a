package de.bochumtwin.results.tables;

import de.bochumtwin.core.analysis.LegTable;
import de.bochumtwin.results.parquet.ColumnBindings;
import de.bochumtwin.results.parquet.ColumnType;
import de.bochumtwin.results.parquet.ParquetTableWriter;
import de.bochumtwin.results.parquet.TableSchema;
import java.nio.file.Path;
import java.util.Map;

/** Writes {@code legs.parquet}: one row per completed leg of a mobsim run, from a {@link LegTable}. */
public final class LegsParquet {
  public static final TableSchema SCHEMA = TableSchema.builder("legs",
          "One row per completed leg (departure to arrival), in arrival order. Legs aborted as stuck are not listed.")
      .required("person_id", ColumnType.STRING, "", "Person id from the population file")
      .required("leg_index", ColumnType.INT32, "", "0-based index of the leg within the person's plan")
      .required("mode", ColumnType.STRING, "", "Leg mode, e.g. car, pt, walk")
      .required("dep_time_s", ColumnType.INT32, "s", "Departure time in seconds since scenario start (00:00:00 of the simulated day)")
      .required("trav_time_s", ColumnType.INT32, "s", "Travel time from departure to arrival")
      .required("distance_m", ColumnType.DOUBLE, "m",
          "Network legs: sum of the lengths of links entered (start link excluded, end link included); teleported legs: travelled distance")
      .build();

  private LegsParquet() {}

  /** Binds the schema's columns to the table's arrays (no copy). */
  public static ColumnBindings bind(LegTable t) {
    int n = t.size();
    String[] personIds = Codes.fromRows(n, t::person, t::personId, 0);
    return ColumnBindings.of(SCHEMA)
        .codedStringColumn("person_id", t::person, personIds)
        .int32Column("leg_index", t::legIndex)
        .codedStringColumn("mode", t::mode, t.modeNames())
        .int32Column("dep_time_s", t::depTime_s)
        .int32Column("trav_time_s", t::travTime_s)
        .doubleColumn("distance_m", t::distance_m)
        .build();
  }

  /** Writes all rows of {@code t} to a new file {@code file}. */
  public static void write(Path file, LegTable t) {
    ParquetTableWriter.write(file, bind(t), t.size(), Map.of());
  }
}
