package de.bochumtwin.results.tables;

import de.bochumtwin.results.ev.ChargerLoadCurvesParquet;
import de.bochumtwin.results.ev.ChargerOccupancyParquet;
import de.bochumtwin.results.ev.ChargingSessionsParquet;
import de.bochumtwin.results.parquet.TableSchema;
import java.util.List;

/** Every table a run writes, in the order the data dictionary (docs/outputs.md) lists them. */
public final class OutputTables {
  private OutputTables() {}

  public static List<TableSchema> all() {
    return List.of(LegsParquet.SCHEMA, LinkVolumesParquet.SCHEMA, LinksParquet.SCHEMA,
        de.bochumtwin.results.loop.IterationsParquet.SCHEMA, de.bochumtwin.results.loop.IterationsParquet.MODES_SCHEMA,
        LinkFlowsParquet.SCHEMA, ChargingSessionsParquet.SCHEMA, ChargerOccupancyParquet.SCHEMA,
        ChargerLoadCurvesParquet.SCHEMA, de.bochumtwin.results.ev.DistrictLoadCurves.SCHEMA,
        de.bochumtwin.results.emissions.EmissionTables.LINK_HOUR_SCHEMA,
        de.bochumtwin.results.emissions.EmissionTables.VEHICLE_SCHEMA,
        de.bochumtwin.results.emissions.EmissionTables.TOTALS_SCHEMA,
        de.bochumtwin.results.emissions.EmissionTables.RASTER_SCHEMA,
        de.bochumtwin.results.airquality.AirQualityTables.GRID_HOURLY_SCHEMA,
        de.bochumtwin.results.airquality.AirQualityTables.GRID_MEAN_SCHEMA,
        de.bochumtwin.results.airquality.AirQualityTables.STATIONS_SCHEMA,
        de.bochumtwin.results.airquality.AirQualityTables.EXCEEDANCES_SCHEMA);
  }
}
