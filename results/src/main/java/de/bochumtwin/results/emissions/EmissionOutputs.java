package de.bochumtwin.results.emissions;

import de.bochumtwin.core.emissions.EmissionHandler;
import de.bochumtwin.core.network.Network;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes all emission outputs of one handler into a folder: {@code emissions_link_hour.parquet},
 * {@code emissions_vehicle.parquet}, {@code emissions_totals.parquet}, {@code emissions_raster.parquet}
 * and {@code emissions_by_hour.png}. Shared by the online and the offline path.
 */
public final class EmissionOutputs {
  private EmissionOutputs() {}

  /** Writes the files and returns the totals (for logs and run.json). */
  public static EmissionTotals write(Path dir, EmissionHandler h, Network net, List<DistrictArea> districts, double cell_m) {
    EmissionTables.writeLinkHours(dir.resolve("emissions_link_hour.parquet"), h, net);
    EmissionTables.writeVehicles(dir.resolve("emissions_vehicle.parquet"), h);
    EmissionTotals totals = EmissionTotals.of(h, net, districts);
    totals.write(dir.resolve("emissions_totals.parquet"));
    EmissionRaster.of(h, net, cell_m).write(dir.resolve("emissions_raster.parquet"));
    EmissionsByHourChart.writePng(dir.resolve("emissions_by_hour.png"), h, "Emissions per hour of day");
    return totals;
  }
}
