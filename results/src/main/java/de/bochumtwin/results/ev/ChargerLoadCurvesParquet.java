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

/**
 * Writes {@code charger_load_curves.parquet}: the electric load of every public charger and of all home
 * charging together, in 15-min bins.
 */
public final class ChargerLoadCurvesParquet {
  public static final TableSchema SCHEMA = TableSchema.builder("charger_load_curves",
          "Charging load in 15-min bins: one series per public charger, then one for all home charging together.")
      .nullable("charger_id", ColumnType.STRING, "", "Charger id; null for the home-charging series")
      .required("location", ColumnType.STRING, "", "public (one charger) or home (all private wallboxes together)")
      .required("bin_start_s", ColumnType.INT32, "s", "Start of the 15-min bin in seconds since scenario start")
      .required("power_kw", ColumnType.DOUBLE, "kW", "Average power over the bin")
      .required("energy_kwh", ColumnType.DOUBLE, "kWh", "Energy delivered in the bin")
      .build();

  private ChargerLoadCurvesParquet() {}

  public static ColumnBindings bind(EvRunResult r) {
    ChargerLoadTable t = r.load();
    Chargers c = r.chargers();
    int bins = t.bins();
    String[] ids = c.ids().toArray(new String[0]);
    int home = t.homeRow();
    return ColumnBindings.of(SCHEMA)
        .codedStringColumn("charger_id", row -> row / bins == home ? -1 : row / bins, ids)
        .codedStringColumn("location", row -> row / bins == home ? 1 : 0, new String[] {"public", "home"})
        .int32Column("bin_start_s", row -> t.binStart_s(row % bins))
        .doubleColumn("power_kw", row -> t.power_kW(row / bins, row % bins))
        .doubleColumn("energy_kwh", row -> t.energy_kWh(row / bins, row % bins))
        .build();
  }

  public static int rowCount(EvRunResult r) {
    return r.load().rows() * r.load().bins();
  }

  public static void write(Path file, EvRunResult r) {
    ParquetTableWriter.write(file, bind(r), rowCount(r), Map.of());
  }
}
