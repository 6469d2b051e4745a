package de.bochumtwin.results.loop;

import de.bochumtwin.core.controller.IterationStats;
import de.bochumtwin.core.controller.ModeStats;
import de.bochumtwin.results.parquet.ColumnBindings;
import de.bochumtwin.results.parquet.ColumnType;
import de.bochumtwin.results.parquet.ParquetTableWriter;
import de.bochumtwin.results.parquet.TableSchema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes {@code iterations.parquet} and {@code iteration_modes.parquet} from the loop's statistics. */
public final class IterationsParquet {
  public static final TableSchema SCHEMA = TableSchema.builder("iterations",
          "One row per iteration of the co-evolutionary loop: scores (MATSim's scorestats), stuck agents, counters "
              + "and wall time per phase. All columns but the *_s wall times are identical for a resumed and an uninterrupted run.")
      .required("iteration", ColumnType.INT32, "", "Iteration number (first iteration = 0 unless configured)")
      .required("score_executed_avg", ColumnType.DOUBLE, "utils", "Mean score of the plans executed in this iteration")
      .required("score_best_avg", ColumnType.DOUBLE, "utils", "Mean over persons of their best plan's score")
      .required("score_worst_avg", ColumnType.DOUBLE, "utils", "Mean over persons of their worst plan's score")
      .required("score_avg", ColumnType.DOUBLE, "utils", "Mean over persons of the mean score of their plans")
      .required("stuck_agents", ColumnType.INT64, "persons", "Agents aborted (stuckAndAbort) in this iteration's mobsim")
      .required("departures", ColumnType.INT64, "legs", "Legs started in the mobsim")
      .required("arrivals", ColumnType.INT64, "legs", "Legs finished in the mobsim")
      .required("link_events", ColumnType.INT64, "events", "entered link plus left link events")
      .required("replanning_s", ColumnType.DOUBLE, "s", "Wall time of replanning (selection and innovation, incl. re-routing)")
      .required("routing_s", ColumnType.DOUBLE, "s", "Wall time of routing legs without a route")
      .required("mobsim_s", ColumnType.DOUBLE, "s", "Wall time of the mobsim including online scoring and analysis handlers")
      .required("scoring_s", ColumnType.DOUBLE, "s", "Wall time of finishing scores and statistics after the mobsim")
      .build();

  public static final TableSchema MODES_SCHEMA = TableSchema.builder("iteration_modes",
          "One row per iteration and mode: trips (= legs), share and mean travel time and distance (MATSim's modestats).")
      .required("iteration", ColumnType.INT32, "", "Iteration number")
      .required("mode", ColumnType.STRING, "", "Leg mode")
      .required("trips", ColumnType.INT32, "trips", "Completed legs of this mode")
      .required("share", ColumnType.DOUBLE, "", "Share of all completed legs of the iteration, 0..1")
      .required("mean_trav_time_s", ColumnType.DOUBLE, "s", "Mean travel time of the legs")
      .required("mean_distance_m", ColumnType.DOUBLE, "m", "Mean distance of the legs")
      .build();

  private IterationsParquet() {}

  public static void write(Path file, List<IterationStats> stats) {
    ColumnBindings b = ColumnBindings.of(SCHEMA)
        .int32Column("iteration", r -> stats.get(r).iteration())
        .doubleColumn("score_executed_avg", r -> stats.get(r).avgExecutedScore())
        .doubleColumn("score_best_avg", r -> stats.get(r).avgBestScore())
        .doubleColumn("score_worst_avg", r -> stats.get(r).avgWorstScore())
        .doubleColumn("score_avg", r -> stats.get(r).avgAverageScore())
        .int64Column("stuck_agents", r -> stats.get(r).stuckAgents())
        .int64Column("departures", r -> stats.get(r).departures())
        .int64Column("arrivals", r -> stats.get(r).arrivals())
        .int64Column("link_events", r -> stats.get(r).linkEvents())
        .doubleColumn("replanning_s", r -> stats.get(r).replanning_s())
        .doubleColumn("routing_s", r -> stats.get(r).routing_s())
        .doubleColumn("mobsim_s", r -> stats.get(r).mobsim_s())
        .doubleColumn("scoring_s", r -> stats.get(r).scoring_s())
        .build();
    ParquetTableWriter.write(file, b, stats.size(), Map.of());
  }

  public static void writeModes(Path file, List<IterationStats> stats) {
    List<int[]> rows = new ArrayList<>();
    for (int i = 0; i < stats.size(); i++) {
      for (int m = 0; m < stats.get(i).modes().size(); m++) {
        rows.add(new int[] {i, m});
      }
    }
    java.util.function.IntFunction<ModeStats> ms = r -> stats.get(rows.get(r)[0]).modes().get(rows.get(r)[1]);
    ColumnBindings b = ColumnBindings.of(MODES_SCHEMA)
        .int32Column("iteration", r -> stats.get(rows.get(r)[0]).iteration())
        .stringColumn("mode", r -> ms.apply(r).mode())
        .int32Column("trips", r -> ms.apply(r).trips())
        .doubleColumn("share", r -> ms.apply(r).share())
        .doubleColumn("mean_trav_time_s", r -> ms.apply(r).meanTravelTime_s())
        .doubleColumn("mean_distance_m", r -> ms.apply(r).meanDistance_m())
        .build();
    ParquetTableWriter.write(file, b, rows.size(), Map.of());
  }
}
