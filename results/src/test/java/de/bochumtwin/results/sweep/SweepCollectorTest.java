package de.bochumtwin.results.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bochumtwin.results.parquet.ColumnBindings;
import de.bochumtwin.results.parquet.ColumnType;
import de.bochumtwin.results.parquet.ParquetTableWriter;
import de.bochumtwin.results.parquet.TableSchema;
import de.bochumtwin.results.testing.Duck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, must show 3 (end to end through Parquet): ten synthetic members, two points x five seeds,
 * whose KPI is 10 * (point + 1) + seed and whose link volume is 100 + point * seed; one member is left
 * unfinished. DuckDB reads the member folders hive-style in one statement and the collected statistics
 * match the hand calculation.
 */
class SweepCollectorTest {
  @TempDir
  Path tmp;

  private static final TableSchema VOLUMES = TableSchema.builder("link_volumes", "test volumes")
      .required("link_id", ColumnType.STRING, "", "link")
      .required("hour", ColumnType.INT32, "h", "hour")
      .required("volume", ColumnType.INT32, "veh", "vehicles")
      .build();

  @Test
  void statisticsOfKnownFunctionsOfTheSeed() throws Exception {
    Path runs = tmp.resolve("runs");
    List<SweepMember> members = new ArrayList<>();
    for (int m = 0; m < 11; m++) {
      int point = m / 5;
      long seed = m % 5 + 1;
      double limit = point == 0 ? 30 : 50;
      members.add(new SweepMember(m, point, seed, List.of(limit)));
      if (m == 10) {
        continue; // point 2's only member never finished
      }
      Path dir = Files.createDirectories(runs.resolve(SweepMember.folderName(m)));
      double kpi = 10 * (point + 1) + seed;
      ParquetTableWriter.write(dir.resolve("kpis.parquet"), ColumnBindings.of(MemberKpis.SCHEMA)
          .stringColumn("kpi", r -> "vehicle_hours").stringColumn("unit", r -> "h").doubleColumn("value", r -> kpi)
          .int32Column("point", r -> point).int64Column("seed", r -> seed).build(), 1, Map.of());
      // link a: 100 + point * seed vehicles split over two hours; link b only in seed 1 of point 0
      int va = (int) (100 + point * seed);
      boolean b = point == 0 && seed == 1;
      ParquetTableWriter.write(dir.resolve("link_volumes.parquet"), ColumnBindings.of(VOLUMES)
          .stringColumn("link_id", r -> r < 2 ? "a" : "b").int32Column("hour", r -> r)
          .int32Column("volume", r -> r == 0 ? 40 : r == 1 ? va - 40 : 5).build(), b ? 3 : 2, Map.of());
      MemberKpis.markFinished(dir, "test");
    }
    Files.createDirectories(runs.resolve(SweepMember.folderName(10))); // started, killed: no marker

    Path out = tmp.resolve("collect");
    SweepCollector.Result r = SweepCollector.collect(runs, out, members, List.of("limit_kmh"), 0);
    assertEquals(10, r.finished());
    assertEquals(List.of(10), r.unfinished());
    assertEquals(2, r.points());
    assertTrue(Files.size(out.resolve("charts/kpi_vehicle_hours.png")) > 1000);

    try (Duck duck = new Duck()) {
      // one statement over all member folders, member from the folder name
      assertEquals("[10, 45]",
          duck.row("SELECT count(*)::INTEGER, sum(member)::INTEGER FROM read_parquet(" + Duck.lit(runs) .replace("runs'", "runs/member=*/kpis.parquet'")
              + ", hive_partitioning = true)").toString());
      String stats = Duck.lit(out.resolve("kpi_stats.parquet"));
      // point 0: 11..15 -> mean 13, sd sqrt(2.5), q05 11.2, q95 14.8; point 1: 21..25
      List<Object> p0 = duck.row("SELECT n, mean, sd, q05, q95, limit_kmh FROM read_parquet(" + stats + ") WHERE point = 0");
      assertEquals(5, p0.get(0));
      assertEquals(13.0, (double) p0.get(1), 1e-12);
      assertEquals(Math.sqrt(2.5), (double) p0.get(2), 1e-12);
      assertEquals(11.2, (double) p0.get(3), 1e-12);
      assertEquals(14.8, (double) p0.get(4), 1e-12);
      assertEquals(30.0, (double) p0.get(5), 0);
      assertEquals(23.0, (double) duck.value("SELECT mean FROM read_parquet(" + stats + ") WHERE point = 1"), 1e-12);
      // DuckDB's own quantile_cont over the member tables agrees with ours (same type-7 definition)
      List<Object> dq = duck.row("SELECT quantile_cont(value, 0.05), quantile_cont(value, 0.95), stddev_samp(value) FROM read_parquet("
          + Duck.lit(runs).replace("runs'", "runs/member=*/kpis.parquet'") + ", hive_partitioning = true) WHERE point = 1");
      assertEquals(21.2, (double) dq.get(0), 1e-12);
      assertEquals(24.8, (double) dq.get(1), 1e-12);
      assertEquals(Math.sqrt(2.5), (double) dq.get(2), 1e-12);
      // difference point 1 - point 0 = 10, se 1, df 8, t(0.975, 8) = 2.306004
      List<Object> d = duck.row("SELECT diff, se, df, ci95_low, ci95_high FROM read_parquet("
          + Duck.lit(out.resolve("kpi_diff.parquet")) + ") WHERE point_b = 1");
      assertEquals(10.0, (double) d.get(0), 1e-12);
      assertEquals(1.0, (double) d.get(1), 1e-12);
      assertEquals(8.0, (double) d.get(2), 1e-9);
      assertEquals(7.693996, (double) d.get(3), 1e-5);
      assertEquals(12.306004, (double) d.get(4), 1e-5);
      // links: point 1 link a = 101..105 -> mean 103, q05 101.2; link b only in one member of point 0
      String links = Duck.lit(out.resolve("link_stats.parquet"));
      List<Object> la = duck.row("SELECT mean_volume, q05_volume, q95_volume FROM read_parquet(" + links
          + ") WHERE point = 1 AND link_id = 'a'");
      assertEquals(List.of(103.0, 101.2, 104.8), la);
      List<Object> lb = duck.row("SELECT mean_volume, sd_volume FROM read_parquet(" + links + ") WHERE point = 0 AND link_id = 'b'");
      // values 5, 0, 0, 0, 0: mean 1, sd = sqrt((16 + 4 * 1) / 4) = sqrt(5)
      assertEquals(1.0, (double) lb.get(0), 1e-12);
      assertEquals(Math.sqrt(5), (double) lb.get(1), 1e-12);
    }
  }
}
