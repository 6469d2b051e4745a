package de.bochumtwin.results.compare;

import de.bochumtwin.core.emissions.Pollutant;
import de.bochumtwin.results.emissions.EmissionTables;
import de.bochumtwin.results.emissions.EmissionTotals;
import de.bochumtwin.results.parquet.ColumnBindings;
import de.bochumtwin.results.parquet.ParquetTableWriter;
import de.bochumtwin.results.run.RunManifest;
import de.bochumtwin.results.tables.LegsParquet;
import de.bochumtwin.results.tables.LinkVolumesParquet;
import de.bochumtwin.results.tables.LinksParquet;
import de.bochumtwin.results.testing.Equil;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Hand-written run folders on the equil network (EPSG:25832) for the comparison and report tests. */
final class RunFolders {
  private RunFolders() {}

  /** One leg per mode entry; link volumes per (link, hour); emissions written when {@code co2 >= 0}. */
  static Path run(Path dir, String[] modes, double[] dist, int[] tt, long stuck, String[] volLinks, int[] hours,
      int[] volumes, double[] speeds, double co2, double nox, Map<String, Long> extraCounters) throws Exception {
    Files.createDirectories(dir);
    ParquetTableWriter.write(dir.resolve("legs.parquet"), ColumnBindings.of(LegsParquet.SCHEMA)
        .stringColumn("person_id", i -> "p" + i).int32Column("leg_index", i -> 0).stringColumn("mode", i -> modes[i])
        .int32Column("dep_time_s", i -> 3600 * 7).int32Column("trav_time_s", i -> tt[i]).doubleColumn("distance_m", i -> dist[i])
        .build(), modes.length, Map.of());
    ParquetTableWriter.write(dir.resolve("link_volumes.parquet"), ColumnBindings.of(LinkVolumesParquet.SCHEMA)
        .stringColumn("link_id", i -> volLinks[i]).int32Column("hour", i -> hours[i]).stringColumn("mode", i -> "car")
        .int32Column("volume", i -> volumes[i]).doubleColumn("mean_speed_mps", i -> speeds[i], i -> Double.isNaN(speeds[i]))
        .doubleColumn("volume_scaled", i -> volumes[i]).build(), volLinks.length, Map.of());
    LinksParquet.write(dir.resolve("links.parquet"), Equil.network("EPSG:25832"));
    if (co2 >= 0) {
      List<Pollutant> ps = List.of(Pollutant.CO2_TOTAL, Pollutant.NOx);
      String[] scope = {"warm", "total"};
      ParquetTableWriter.write(dir.resolve("emissions_totals.parquet"), ColumnBindings.of(EmissionTotals.schema(ps))
          .stringColumn("scope", i -> scope[i]).stringColumn("key", i -> "all")
          .doubleColumn("co2_total_g", i -> i == 1 ? co2 : 1).doubleColumn("nox_g", i -> i == 1 ? nox : 1).build(), 2, Map.of());
      // per link and hour: 60 % of the CO2 on link 1 at 07:00, 40 % on link 2 at 08:00
      ParquetTableWriter.write(dir.resolve("emissions_link_hour.parquet"), ColumnBindings.of(EmissionTables.linkHourSchema(ps))
          .stringColumn("link_id", i -> i == 0 ? "1" : "2").int32Column("hour", i -> 7 + i)
          .doubleColumn("co2_total_g", i -> (i == 0 ? 0.6 : 0.4) * co2).doubleColumn("nox_g", i -> nox / 2).build(), 2, Map.of());
    }
    manifest(dir, 1.0, stuck, extraCounters);
    return dir;
  }

  static void manifest(Path dir, double sample, long stuck, Map<String, Long> extraCounters) {
    manifest(dir, sample, stuck, extraCounters, Map.of());
  }

  /** Writes run.json (replacing one written before). */
  static void manifest(Path dir, double sample, long stuck, Map<String, Long> extraCounters, Map<String, String> settings) {
    Instant t = Instant.parse("2026-01-01T00:00:00Z");
    RunManifest.Builder b = RunManifest.builder().twinVersion("test").seed(1).startedAt(t).finishedAt(t).javaVersion("17")
        .threads(1).setting("sample", sample).setting("network_modes", "car").counter("stuck_aborted", stuck);
    settings.forEach(b::setting);
    extraCounters.forEach(b::counter);
    try {
      Files.deleteIfExists(dir.resolve("run.json"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    b.build().writeTo(dir.resolve("run.json"));
  }
}
