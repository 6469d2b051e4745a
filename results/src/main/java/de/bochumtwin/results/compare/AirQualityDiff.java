package de.bochumtwin.results.compare;

import de.bochumtwin.results.parquet.ColumnBindings;
import de.bochumtwin.results.parquet.ColumnType;
import de.bochumtwin.results.parquet.ParquetTableWriter;
import de.bochumtwin.results.parquet.TableSchema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code airquality_grid_diff.parquet} of a comparison: the period-mean concentration of every grid cell
 * and pollutant in base and scenario and their difference. Written only when both runs computed air
 * quality ({@code airquality_grid_mean.parquet}) on the same grid; cells are matched by their centre
 * coordinates, so grids of other extent or cell size are refused with a message.
 */
final class AirQualityDiff {
  static final String FILE = "airquality_grid_diff.parquet";

  static final TableSchema SCHEMA = TableSchema.builder("airquality_grid_diff",
          "Scenario comparison: period-mean concentration per grid cell and pollutant, base and scenario; CRS in file"
              + " metadata twin.crs (as in the runs).")
      .required("x_m", ColumnType.DOUBLE, "m", "Easting of the cell centre")
      .required("y_m", ColumnType.DOUBLE, "m", "Northing of the cell centre")
      .required("pollutant", ColumnType.STRING, "", "NOx, NO2, PM10 or PM2.5")
      .required("concentration_base_ugm3", ColumnType.DOUBLE, "ug/m3", "Mean concentration in the base run")
      .required("concentration_scenario_ugm3", ColumnType.DOUBLE, "ug/m3", "Mean concentration in the scenario run")
      .required("concentration_diff_ugm3", ColumnType.DOUBLE, "ug/m3", "scenario - base")
      .build();

  private AirQualityDiff() {}

  /** Writes the file when both runs have a grid; returns the number of rows (0 and nothing written otherwise). */
  static int write(Path outDir, RunOutputs b, RunOutputs s) {
    if (b.airGridMean == null || s.airGridMean == null) {
      return 0;
    }
    Map<String, double[]> base = new LinkedHashMap<>();
    List<String> keys = new ArrayList<>();
    Map<String, String> meta = ParquetRows.forEach(b.airGridMean, g -> {
      String k = key(g.getDouble("x_m", 0), g.getDouble("y_m", 0), g.getString("pollutant", 0));
      keys.add(k);
      base.put(k, new double[] {g.getDouble("x_m", 0), g.getDouble("y_m", 0), g.getDouble("concentration_ugm3", 0), Double.NaN});
    });
    int[] matched = {0};
    ParquetRows.forEach(s.airGridMean, g -> {
      double[] row = base.get(key(g.getDouble("x_m", 0), g.getDouble("y_m", 0), g.getString("pollutant", 0)));
      if (row != null) {
        row[3] = g.getDouble("concentration_ugm3", 0);
        matched[0]++;
      }
    });
    if (matched[0] != keys.size()) {
      throw new IllegalArgumentException("the air-quality grids differ (" + b.airGridMean + ": " + keys.size() + " cells x pollutants, "
          + matched[0] + " of them in " + s.airGridMean + "); run twin airquality with the same --cell-m on both runs");
    }
    String[] pollutant = new String[keys.size()];
    double[][] rows = new double[keys.size()][];
    for (int i = 0; i < keys.size(); i++) {
      rows[i] = base.get(keys.get(i));
      pollutant[i] = keys.get(i).substring(keys.get(i).lastIndexOf(' ') + 1);
    }
    ColumnBindings data = ColumnBindings.of(SCHEMA)
        .doubleColumn("x_m", i -> rows[i][0])
        .doubleColumn("y_m", i -> rows[i][1])
        .stringColumn("pollutant", i -> pollutant[i])
        .doubleColumn("concentration_base_ugm3", i -> rows[i][2])
        .doubleColumn("concentration_scenario_ugm3", i -> rows[i][3])
        .doubleColumn("concentration_diff_ugm3", i -> rows[i][3] - rows[i][2])
        .build();
    Map<String, String> out = new LinkedHashMap<>();
    if (meta.containsKey("twin.crs")) {
      out.put("twin.crs", meta.get("twin.crs"));
    }
    ParquetTableWriter.write(outDir.resolve(FILE), data, rows.length, out);
    return rows.length;
  }

  private static String key(double x, double y, String pollutant) {
    return Double.toString(x) + ' ' + y + ' ' + pollutant;
  }
}
