package de.bochumtwin.results.ev;

import de.bochumtwin.core.ev.ChargerLoadTable;
import de.bochumtwin.core.ev.Chargers;
import de.bochumtwin.core.ev.EvRunResult;
import de.bochumtwin.results.parquet.ColumnBindings;
import de.bochumtwin.results.parquet.ColumnType;
import de.bochumtwin.results.parquet.ParquetTableWriter;
import de.bochumtwin.results.parquet.TableSchema;
import java.nio.file.Path;
import java.util.Map;

/** Writes {@code charger_occupancy.parquet}: per public charger and 15-min bin, plugs in use, queue and power. */
public final class ChargerOccupancyParquet {
  public static final TableSchema SCHEMA = TableSchema.builder("charger_occupancy",
          "One row per public charger and 15-min bin (charger order, then time), covering at least 24 h.")
      .required("charger_id", ColumnType.STRING, "", "Charger id from the chargers file")
      .required("bin_start_s", ColumnType.INT32, "s", "Start of the 15-min bin in seconds since scenario start")
      .required("plugs", ColumnType.INT32, "", "Number of plugs of the charger")
      .required("plugs_in_use", ColumnType.DOUBLE, "", "Average number of plugs occupied over the bin (plug-seconds / 900)")
      .required("queue_length", ColumnType.DOUBLE, "", "Average number of vehicles waiting in the queue over the bin")
      .required("power_kw", ColumnType.DOUBLE, "kW", "Average charging power over the bin (energy delivered in the bin / 0.25 h)")
      .build();

  private ChargerOccupancyParquet() {}

  public static ColumnBindings bind(EvRunResult r) {
    ChargerLoadTable t = r.load();
    Chargers c = r.chargers();
    int bins = t.bins();
    String[] ids = c.ids().toArray(new String[0]);
    return ColumnBindings.of(SCHEMA)
        .codedStringColumn("charger_id", row -> row / bins, ids)
        .int32Column("bin_start_s", row -> t.binStart_s(row % bins))
        .int32Column("plugs", row -> c.plugCount(row / bins))
        .doubleColumn("plugs_in_use", row -> t.plugsInUse(row / bins, row % bins))
        .doubleColumn("queue_length", row -> t.queueLength(row / bins, row % bins))
        .doubleColumn("power_kw", row -> t.power_kW(row / bins, row % bins))
        .build();
  }

  public static int rowCount(EvRunResult r) {
    return r.chargers().size() * r.load().bins();
  }

  public static void write(Path file, EvRunResult r) {
    ParquetTableWriter.write(file, bind(r), rowCount(r), Map.of());
  }
}
