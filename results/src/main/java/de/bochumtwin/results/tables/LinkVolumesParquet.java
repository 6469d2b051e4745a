package de.bochumtwin.results.tables;

import de.bochumtwin.core.analysis.LinkVolumeTable;
import de.bochumtwin.results.parquet.ColumnBindings;
import de.bochumtwin.results.parquet.ColumnType;
import de.bochumtwin.results.parquet.ParquetTableWriter;
import de.bochumtwin.results.parquet.TableSchema;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes {@code link_volumes.parquet}: hourly vehicle counts per link and mode from a
 * {@link LinkVolumeTable}, plus the volume scaled up by the population sample share.
 */
public final class LinkVolumesParquet {
  /** File metadata key holding the sample share used for {@code volume_scaled}. */
  public static final String SAMPLE_SHARE_KEY = "twin.sample_share";

  public static final TableSchema SCHEMA = TableSchema.builder("link_volumes",
          "Hourly link volumes per network mode: one row per link, hour and mode with at least one vehicle, sorted by link index, hour, mode.")
      .required("link_id", ColumnType.STRING, "", "Link id from the network file")
      .required("hour", ColumnType.INT32, "h", "Hour bin since scenario start: 0 = 00:00-01:00; values above 23 continue past midnight")
      .required("mode", ColumnType.STRING, "", "Network mode of the vehicles, e.g. car")
      .required("volume", ColumnType.INT32, "veh", "Simulated vehicles entering the link in this hour (MATSim volumes convention)")
      .nullable("mean_speed_mps", ColumnType.DOUBLE, "m/s",
          "Link length / mean link travel time of the vehicles that entered in this hour and left the link; null if none left it")
      .required("volume_scaled", ColumnType.DOUBLE, "veh",
          "volume / sample share: estimate for the full population (share in file metadata twin.sample_share)")
      .build();

  private LinkVolumesParquet() {}

  /** Binds the schema's columns to the table; {@code sampleShare} in (0, 1] scales {@code volume_scaled}. */
  public static ColumnBindings bind(LinkVolumeTable t, double sampleShare) {
    checkShare(sampleShare);
    int n = t.size();
    String[] linkIds = Codes.fromRows(n, t::link, t::linkId, 0);
    String[] modes = Codes.fromRows(n, t::mode, t::modeName, 0);
    double scale = 1.0 / sampleShare;
    return ColumnBindings.of(SCHEMA)
        .codedStringColumn("link_id", t::link, linkIds)
        .int32Column("hour", t::hour)
        .codedStringColumn("mode", t::mode, modes)
        .int32Column("volume", t::volume)
        .doubleColumn("mean_speed_mps", t::meanSpeed_mps)
        .doubleColumn("volume_scaled", r -> t.volume(r) * scale)
        .build();
  }

  /** Writes all rows of {@code t}; {@code sampleShare} is the simulated fraction of the population (1 for 100%). */
  public static void write(Path file, LinkVolumeTable t, double sampleShare) {
    ParquetTableWriter.write(file, bind(t, sampleShare), t.size(), Map.of(SAMPLE_SHARE_KEY, Double.toString(sampleShare)));
  }

  private static void checkShare(double s) {
    if (!(s > 0 && s <= 1)) {
      throw new IllegalArgumentException("sample share must be in (0, 1], got " + s + " (e.g. 0.1 for a 10% population)");
    }
  }
}
