package de.bochumtwin.results.emissions;

import de.bochumtwin.core.emissions.EmissionHandler;
import de.bochumtwin.core.emissions.Pollutant;
import de.bochumtwin.core.network.Network;
import de.bochumtwin.results.parquet.ColumnBindings;
import de.bochumtwin.results.parquet.ColumnType;
import de.bochumtwin.results.parquet.ParquetTableWriter;
import de.bochumtwin.results.parquet.TableSchema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Schemas and writers of {@code emissions_link_hour}, {@code emissions_vehicle},
 * {@code emissions_totals} and {@code emissions_raster}. The pollutant columns follow the factor
 * tables' pollutants; the documented schemas ({@link #DOCUMENTED}) are those of the bundled default
 * factor set.
 */
public final class EmissionTables {
  /** The pollutants of the bundled open default factor set, in column order (used for docs/outputs.md). */
  public static final List<Pollutant> DOCUMENTED = List.of(Pollutant.CO2_TOTAL, Pollutant.FC, Pollutant.NOx,
      Pollutant.NO2, Pollutant.PM, Pollutant.PM2_5, Pollutant.PM2_5_non_exhaust, Pollutant.PM_non_exhaust);

  public static final TableSchema LINK_HOUR_SCHEMA = linkHourSchema(DOCUMENTED);
  public static final TableSchema VEHICLE_SCHEMA = vehicleSchema(DOCUMENTED);
  public static final TableSchema TOTALS_SCHEMA = EmissionTotals.schema(DOCUMENTED);
  public static final TableSchema RASTER_SCHEMA = EmissionRaster.schema(DOCUMENTED);

  private static final String POLLUTANT_NOTE = " One DOUBLE column per pollutant of the factor tables"
      + " (shown: the bundled default set).";

  private EmissionTables() {}

  public static TableSchema linkHourSchema(List<Pollutant> pollutants) {
    TableSchema.Builder b = TableSchema.builder("emissions_link_hour",
            "Warm + cold-start emissions per link and hour (of the emission time), one row per link-hour with emissions,"
                + " sorted by link index and hour." + POLLUTANT_NOTE)
        .required("link_id", ColumnType.STRING, "", "Link id from the network file")
        .required("hour", ColumnType.INT32, "h", "Hour bin since scenario start: 0 = 00:00-01:00");
    return pollutantColumns(b, pollutants).build();
  }

  public static TableSchema vehicleSchema(List<Pollutant> pollutants) {
    TableSchema.Builder b = TableSchema.builder("emissions_vehicle",
            "Warm + cold-start emissions per vehicle, in order of the vehicle index (online: the mobsim's; offline:"
                + " first appearance in the events)." + POLLUTANT_NOTE)
        .required("vehicle_id", ColumnType.STRING, "", "Vehicle id from the events")
        .required("emission_class", ColumnType.STRING, "", "HBEFA category;technology;size class;emission concept");
    return pollutantColumns(b, pollutants).build();
  }

  static TableSchema.Builder pollutantColumns(TableSchema.Builder b, List<Pollutant> pollutants) {
    for (Pollutant p : pollutants) {
      b.required(column(p), ColumnType.DOUBLE, unit(p), "Emitted " + p.hbefaComponent() + " (MATSim pollutant " + p.name() + ")");
    }
    return b;
  }

  /** Column name: the MATSim pollutant name in lower case with its unit, e.g. {@code co2_total_g}, {@code nox_g}. */
  public static String column(Pollutant p) {
    String n = p.name().toLowerCase(Locale.ROOT);
    return p == Pollutant.PN ? "pn_count" : p == Pollutant.FC_MJ ? n : n + "_g";
  }

  static String unit(Pollutant p) {
    return p == Pollutant.PN ? "1" : p == Pollutant.FC_MJ ? "MJ" : "g";
  }

  /** Writes {@code emissions_link_hour.parquet}: rows for every link-hour with a non-zero pollutant. */
  public static void writeLinkHours(Path file, EmissionHandler h, Network net) {
    List<Pollutant> pol = h.model().pollutants();
    List<int[]> rows = new ArrayList<>();
    int hours = h.hourCount();
    for (int l = 0; l < net.linkCount(); l++) {
      for (int hr = 0; hr < hours; hr++) {
        for (int p = 0; p < pol.size(); p++) {
          if (h.linkHour_g(l, hr, p) != 0) {
            rows.add(new int[] {l, hr});
            break;
          }
        }
      }
    }
    ColumnBindings.Builder b = ColumnBindings.of(linkHourSchema(pol))
        .stringColumn("link_id", r -> net.linkId(rows.get(r)[0]))
        .int32Column("hour", r -> rows.get(r)[1]);
    for (int p = 0; p < pol.size(); p++) {
      int pp = p;
      b.doubleColumn(column(pol.get(p)), r -> h.linkHour_g(rows.get(r)[0], rows.get(r)[1], pp));
    }
    ParquetTableWriter.write(file, b.build(), rows.size(), Map.of());
  }

  /** Writes {@code emissions_vehicle.parquet}: every vehicle of the fleet that appeared in the events. */
  public static void writeVehicles(Path file, EmissionHandler h) {
    List<Pollutant> pol = h.model().pollutants();
    List<Integer> vs = new ArrayList<>();
    for (int v = 0; v < h.vehicleCount(); v++) {
      if (h.hasVehicle(v)) {
        vs.add(v);
      }
    }
    ColumnBindings.Builder b = ColumnBindings.of(vehicleSchema(pol))
        .stringColumn("vehicle_id", r -> h.vehicleIdOf(vs.get(r)))
        .stringColumn("emission_class", r -> h.model().types().get(h.vehicleType(vs.get(r))).toString());
    for (int p = 0; p < pol.size(); p++) {
      int pp = p;
      b.doubleColumn(column(pol.get(p)), r -> h.vehicle_g(vs.get(r), pp));
    }
    ParquetTableWriter.write(file, b.build(), vs.size(), Map.of());
  }
}
