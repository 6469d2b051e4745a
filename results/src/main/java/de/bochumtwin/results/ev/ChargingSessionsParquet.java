package de.bochumtwin.results.ev;

import de.bochumtwin.core.ev.ChargingSessionTable;
import de.bochumtwin.core.ev.Chargers;
import de.bochumtwin.core.ev.EvRunResult;
import de.bochumtwin.results.parquet.ColumnBindings;
import de.bochumtwin.results.parquet.ColumnType;
import de.bochumtwin.results.parquet.ParquetTableWriter;
import de.bochumtwin.results.parquet.TableSchema;
import java.nio.file.Path;
import java.util.Map;

/** Writes {@code charging_sessions.parquet}: one row per charging attempt of a run, from an {@link EvRunResult}. */
public final class ChargingSessionsParquet {
  public static final TableSchema SCHEMA = TableSchema.builder("charging_sessions",
          "One row per charging attempt (plugged session or failed attempt), in the order they ended.")
      .required("vehicle_id", ColumnType.STRING, "", "Vehicle id (equals the person id when the scenario has no vehicles file)")
      .nullable("charger_id", ColumnType.STRING, "", "Charger id from the chargers file; null for the vehicle's home charger")
      .required("location", ColumnType.STRING, "", "public (a charger of the chargers file) or home (private wallbox)")
      .required("arrival_s", ColumnType.INT32, "s", "Time the vehicle arrived at the charger (seconds since scenario start; may exceed 86400)")
      .nullable("start_s", ColumnType.INT32, "s", "Plug-in time; null if the vehicle never got a plug")
      .required("end_s", ColumnType.INT32, "s", "Unplug time, or the time the vehicle left the queue")
      .required("energy_kwh", ColumnType.DOUBLE, "kWh", "Energy charged into the battery (no charging losses)")
      .required("soc_start_kwh", ColumnType.DOUBLE, "kWh", "State of charge at plug-in (at arrival for failed attempts)")
      .required("soc_end_kwh", ColumnType.DOUBLE, "kWh", "State of charge at unplugging")
      .required("wait_s", ColumnType.INT32, "s", "Seconds queued: from arrival to plug-in, or to giving up")
      .required("power_kw", ColumnType.DOUBLE, "kW", "Plug power available to the vehicle (charger power capped by the vehicle); the curve tapers below it")
      .required("cost_eur", ColumnType.DOUBLE, "EUR", "Energy times the price of the charger class (AC, DC or home)")
      .required("outcome", ColumnType.STRING, "", "completed (target SoC reached), interrupted (person left), gave_up (max wait), left_queue (person left while queued)")
      .build();

  private ChargingSessionsParquet() {}

  /**
   * Binds the columns to the session table.
   *
   * @param vehicleIds id per vehicle index (e.g. from the mobsim's {@code EventIds})
   */
  public static ColumnBindings bind(EvRunResult r, String[] vehicleIds) {
    ChargingSessionTable s = r.sessions();
    Chargers c = r.chargers();
    String[] chargerIds = c.ids().toArray(new String[0]);
    String[] locations = {"public", "home"};
    return ColumnBindings.of(SCHEMA)
        .codedStringColumn("vehicle_id", s::vehicle, vehicleIds)
        .codedStringColumn("charger_id", s::charger, chargerIds)
        .codedStringColumn("location", row -> s.charger(row) == ChargingSessionTable.HOME ? 1 : 0, locations)
        .int32Column("arrival_s", s::arrival_s)
        .int32Column("start_s", s::start_s, row -> !s.wasPlugged(row))
        .int32Column("end_s", s::end_s)
        .doubleColumn("energy_kwh", s::energy_kWh)
        .doubleColumn("soc_start_kwh", s::socStart_kWh)
        .doubleColumn("soc_end_kwh", s::socEnd_kWh)
        .int32Column("wait_s", s::wait_s)
        .doubleColumn("power_kw", s::power_kW)
        .doubleColumn("cost_eur", s::cost_EUR)
        .codedStringColumn("outcome", s::outcome, ChargingSessionTable.outcomeNames())
        .build();
  }

  public static void write(Path file, EvRunResult r, String[] vehicleIds) {
    ParquetTableWriter.write(file, bind(r, vehicleIds), r.sessions().size(), Map.of());
  }
}
