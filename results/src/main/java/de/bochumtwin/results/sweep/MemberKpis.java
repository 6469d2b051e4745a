package de.bochumtwin.results.sweep;

import de.bochumtwin.results.compare.KpiTable;
import de.bochumtwin.results.parquet.ColumnBindings;
import de.bochumtwin.results.parquet.ColumnType;
import de.bochumtwin.results.parquet.ParquetTableWriter;
import de.bochumtwin.results.parquet.TableSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

/**
 * The KPI table of one sweep member ({@code kpis.parquet} in its run folder) and its completion marker.
 * The table has no {@code member} column: it comes from the hive-style folder name
 * {@code member=<n>} when DuckDB reads {@code runs/member=*}/kpis.parquet with hive partitioning.
 */
public final class MemberKpis {
  /** Completion marker: written last, atomically; a member folder without it is unfinished. */
  public static final String MARKER = "_SUCCESS";

  public static final TableSchema SCHEMA = TableSchema.builder("member_kpis",
          "KPIs of one sweep member run (definitions as in twin compare); figures of the simulated sample.")
      .required("kpi", ColumnType.STRING, "", "KPI name, e.g. vehicle_km, mode_share_car")
      .required("unit", ColumnType.STRING, "", "Unit of value")
      .required("value", ColumnType.DOUBLE, "", "Value of the KPI in this member's run")
      .required("point", ColumnType.INT32, "", "Sweep point (parameter combination) of the member")
      .required("seed", ColumnType.INT64, "", "Random seed of the member's run")
      .build();

  private MemberKpis() {}

  /** Reads the run folder's outputs and writes {@code kpis.parquet} into it. */
  public static List<KpiTable.Kpi> write(Path runDir, int point, long seed) {
    // a KPI the run does not report (e.g. EV figures without EVs) is left out, not written as 0 or NaN
    List<KpiTable.Kpi> rows = KpiTable.ofRun(runDir).rows().stream().filter(KpiTable.Kpi::hasBase).toList();
    Path file = runDir.resolve("kpis.parquet");
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ColumnBindings data = ColumnBindings.of(SCHEMA)
        .stringColumn("kpi", r -> rows.get(r).name())
        .stringColumn("unit", r -> rows.get(r).unit())
        .doubleColumn("value", r -> rows.get(r).base())
        .int32Column("point", r -> point)
        .int64Column("seed", r -> seed)
        .build();
    ParquetTableWriter.write(file, data, rows.size(), Map.of());
    return rows;
  }

  /** True when {@code runDir} holds a finished member (its marker exists). */
  public static boolean isFinished(Path runDir) {
    return Files.isRegularFile(runDir.resolve(MARKER));
  }

  /**
   * Writes the completion marker atomically (a temporary file renamed in one step), after every output
   * of the member is complete; {@code text} is a short human-readable note stored in it.
   */
  public static void markFinished(Path runDir, String text) {
    Path tmp = runDir.resolve(MARKER + ".tmp");
    try {
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      Files.move(tmp, runDir.resolve(MARKER), StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the completion marker in " + runDir + ": " + e.getMessage(), e);
    }
  }
}
