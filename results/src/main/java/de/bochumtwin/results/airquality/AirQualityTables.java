package de.bochumtwin.results.airquality;

import de.bochumtwin.core.airquality.AirQualityResult;
import de.bochumtwin.core.airquality.AirSpecies;
import de.bochumtwin.core.airquality.Meteorology;
import de.bochumtwin.core.airquality.Receptors;
import de.bochumtwin.results.parquet.ColumnBindings;
import de.bochumtwin.results.parquet.ColumnType;
import de.bochumtwin.results.parquet.ParquetTableWriter;
import de.bochumtwin.results.parquet.TableSchema;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Schemas and writers of the air-quality tables. Every file carries {@code twin.crs} (the coordinates'
 * CRS) and {@code twin.airquality_hours} (hours of the period) in its key/value metadata. Pollutant
 * labels: NOx, NO2, PM10, PM2.5.
 */
public final class AirQualityTables {
  public static final String CRS_KEY = "twin.crs";
  public static final String HOURS_KEY = "twin.airquality_hours";
  private static final String[] LABELS = {"NOx", "NO2", "PM10", "PM2.5"};

  public static final TableSchema GRID_HOURLY_SCHEMA = TableSchema.builder("airquality_grid_hourly",
          "Hourly concentrations (background included, NO2 after the NOx conversion) on the receptor grid (default 50 m"
              + " cell centres, CRS in file metadata twin.crs), one row per cell, hour and pollutant, sorted by hour,"
              + " pollutant, cell (row by row from the south-west).")
      .required("x_m", ColumnType.DOUBLE, "m", "Easting of the cell centre")
      .required("y_m", ColumnType.DOUBLE, "m", "Northing of the cell centre")
      .required("hour", ColumnType.INT32, "h", "Hour index since the start of the meteorology period (0 = first hour)")
      .required("pollutant", ColumnType.STRING, "", "NOx, NO2, PM10 or PM2.5")
      .required("concentration_ugm3", ColumnType.DOUBLE, "ug/m3", "Concentration in the hour")
      .build();

  public static final TableSchema GRID_MEAN_SCHEMA = TableSchema.builder("airquality_grid_mean",
          "Period means (over the hours in file metadata twin.airquality_hours) on the receptor grid, one row per cell"
              + " and pollutant, sorted by pollutant, cell; CRS in file metadata twin.crs.")
      .required("x_m", ColumnType.DOUBLE, "m", "Easting of the cell centre")
      .required("y_m", ColumnType.DOUBLE, "m", "Northing of the cell centre")
      .required("pollutant", ColumnType.STRING, "", "NOx, NO2, PM10 or PM2.5")
      .required("concentration_ugm3", ColumnType.DOUBLE, "ug/m3", "Mean concentration over the period")
      .build();

  public static final TableSchema STATIONS_SCHEMA = TableSchema.builder("airquality_stations",
          "Hourly concentrations at the named receptors (measuring stations) over the whole meteorology period, sorted by"
              + " receptor, pollutant, hour.")
      .required("receptor", ColumnType.STRING, "", "Receptor name, e.g. the station code DENW204")
      .required("x_m", ColumnType.DOUBLE, "m", "Easting of the receptor")
      .required("y_m", ColumnType.DOUBLE, "m", "Northing of the receptor")
      .required("hour", ColumnType.INT32, "h", "Hour index since the start of the meteorology period")
      .required("time", ColumnType.STRING, "", "Label of the hour from the meteorology (local start time)")
      .required("pollutant", ColumnType.STRING, "", "NOx, NO2, PM10 or PM2.5")
      .required("concentration_ugm3", ColumnType.DOUBLE, "ug/m3", "Concentration in the hour")
      .build();

  public static final TableSchema EXCEEDANCES_SCHEMA = TableSchema.builder("airquality_exceedances",
          "Period means and EU limit-value exceedance counts at the named receptors (limits: NO2 annual mean 40,"
              + " hourly 200 ug/m3 at most 18 times; PM10 annual mean 40, daily mean 50 ug/m3 at most 35 days).")
      .required("receptor", ColumnType.STRING, "", "Receptor name")
      .required("x_m", ColumnType.DOUBLE, "m", "Easting of the receptor")
      .required("y_m", ColumnType.DOUBLE, "m", "Northing of the receptor")
      .required("hours", ColumnType.INT32, "h", "Hours in the period")
      .required("nox_mean_ugm3", ColumnType.DOUBLE, "ug/m3", "Mean NOx (as NO2)")
      .required("no2_mean_ugm3", ColumnType.DOUBLE, "ug/m3", "Mean NO2")
      .required("no2_hours_above_200", ColumnType.INT32, "h", "Hours with NO2 above 200 ug/m3")
      .required("pm10_mean_ugm3", ColumnType.DOUBLE, "ug/m3", "Mean PM10 (exhaust + non-exhaust + background)")
      .required("pm10_days_above_50", ColumnType.INT32, "d", "Days (with at least 18 hours) whose mean PM10 is above 50 ug/m3")
      .required("pm2_5_mean_ugm3", ColumnType.DOUBLE, "ug/m3", "Mean PM2.5")
      .required("valid_days", ColumnType.INT32, "d", "Days with at least 18 hours (count base of pm10_days_above_50)")
      .build();

  private AirQualityTables() {}

  static Map<String, String> meta(String crs, int hours) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put(CRS_KEY, crs);
    m.put(HOURS_KEY, Integer.toString(hours));
    return m;
  }

  /** Grid cells are the receptors after the named ones. */
  public static void writeGridHourly(Path file, AirQualityResult res, String crs) {
    Receptors r = res.receptors();
    int cells = r.size() - r.namedCount();
    int hours = res.meteorology().hourCount();
    int first = r.namedCount();
    int rows = Math.multiplyExact(Math.multiplyExact(cells, hours), 4);
    ColumnBindings b = ColumnBindings.of(GRID_HOURLY_SCHEMA)
        .doubleColumn("x_m", i -> r.x_m(first + i % cells))
        .doubleColumn("y_m", i -> r.y_m(first + i % cells))
        .int32Column("hour", i -> i / (cells * 4))
        .stringColumn("pollutant", i -> LABELS[(i / cells) % 4])
        .doubleColumn("concentration_ugm3", i -> res.hourly(AirSpecies.values()[(i / cells) % 4], first + i % cells, i / (cells * 4)))
        .build();
    ParquetTableWriter.write(file, b, rows, meta(crs, hours));
  }

  public static void writeGridMean(Path file, AirQualityResult res, String crs) {
    Receptors r = res.receptors();
    int cells = r.size() - r.namedCount();
    int first = r.namedCount();
    ColumnBindings b = ColumnBindings.of(GRID_MEAN_SCHEMA)
        .doubleColumn("x_m", i -> r.x_m(first + i % cells))
        .doubleColumn("y_m", i -> r.y_m(first + i % cells))
        .stringColumn("pollutant", i -> LABELS[i / cells])
        .doubleColumn("concentration_ugm3", i -> res.mean(AirSpecies.values()[i / cells], first + i % cells))
        .build();
    ParquetTableWriter.write(file, b, cells * 4, meta(crs, res.meteorology().hourCount()));
  }

  public static void writeStations(Path file, AirQualityResult res, String crs) {
    Receptors r = res.receptors();
    Meteorology met = res.meteorology();
    int hours = met.hourCount();
    int per = hours * 4;
    ColumnBindings b = ColumnBindings.of(STATIONS_SCHEMA)
        .stringColumn("receptor", i -> r.name(i / per))
        .doubleColumn("x_m", i -> r.x_m(i / per))
        .doubleColumn("y_m", i -> r.y_m(i / per))
        .int32Column("hour", i -> i % hours)
        .stringColumn("time", i -> met.time(i % hours))
        .stringColumn("pollutant", i -> LABELS[(i % per) / hours])
        .doubleColumn("concentration_ugm3", i -> res.series(AirSpecies.values()[(i % per) / hours], i / per, i % hours))
        .build();
    ParquetTableWriter.write(file, b, r.namedCount() * per, meta(crs, hours));
  }

  public static void writeExceedances(Path file, AirQualityResult res, String crs) {
    Receptors r = res.receptors();
    int hours = res.meteorology().hourCount();
    ColumnBindings b = ColumnBindings.of(EXCEEDANCES_SCHEMA)
        .stringColumn("receptor", r::name)
        .doubleColumn("x_m", r::x_m)
        .doubleColumn("y_m", r::y_m)
        .int32Column("hours", i -> hours)
        .doubleColumn("nox_mean_ugm3", i -> res.mean(AirSpecies.NOX, i))
        .doubleColumn("no2_mean_ugm3", i -> res.mean(AirSpecies.NO2, i))
        .int32Column("no2_hours_above_200", res::no2HoursAbove200)
        .doubleColumn("pm10_mean_ugm3", i -> res.mean(AirSpecies.PM10, i))
        .int32Column("pm10_days_above_50", res::pm10DaysAbove50)
        .doubleColumn("pm2_5_mean_ugm3", i -> res.mean(AirSpecies.PM2_5, i))
        .int32Column("valid_days", i -> res.validDays())
        .build();
    ParquetTableWriter.write(file, b, r.namedCount(), meta(crs, hours));
  }
}
