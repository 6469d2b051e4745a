package de.bochumtwin.results.sweep;

import de.bochumtwin.results.parquet.ColumnType;
import de.bochumtwin.results.parquet.TableSchema;
import java.util.List;

/**
 * The table schemas of a sweep folder, the single source of truth for the writers ({@code twin sweep plan},
 * {@link SweepCollector}), the data dictionary and published sweep datasets. {@code members} and
 * {@code kpi_stats} have one DOUBLE column per swept parameter, so they are built per sweep; {@link #all()}
 * gives the dictionary's versions without parameter columns.
 */
public final class SweepTables {
  /** Per point and link: daily volume across the point's finished members. */
  public static final TableSchema LINK_STATS = TableSchema.builder("link_stats",
          "Per sweep point and link: daily volume (all network modes) across the point's finished members.")
      .required("point", ColumnType.INT32, "", "Sweep point")
      .required("link_id", ColumnType.STRING, "", "Link id; a link without traffic in a member counts 0 there")
      .required("n", ColumnType.INT32, "", "Finished members of the point")
      .required("mean_volume", ColumnType.DOUBLE, "veh", "Mean daily volume")
      .nullable("sd_volume", ColumnType.DOUBLE, "veh", "Sample standard deviation (n - 1); null for n < 2")
      .required("q05_volume", ColumnType.DOUBLE, "veh", "5 % quantile (type 7)")
      .required("q95_volume", ColumnType.DOUBLE, "veh", "95 % quantile (type 7)")
      .build();

  /** Per other point and KPI: the difference to the reference point with a Welch interval. */
  public static final TableSchema KPI_DIFF = TableSchema.builder("kpi_diff",
          "Difference of each sweep point to the reference point per KPI, with a 95 % Welch t confidence interval.")
      .required("point_a", ColumnType.INT32, "", "Reference point")
      .required("point_b", ColumnType.INT32, "", "Compared point")
      .required("kpi", ColumnType.STRING, "", "KPI name")
      .required("unit", ColumnType.STRING, "", "Unit of the means and the difference")
      .required("n_a", ColumnType.INT32, "", "Members of point_a")
      .required("n_b", ColumnType.INT32, "", "Members of point_b")
      .required("mean_a", ColumnType.DOUBLE, "", "Mean of point_a")
      .required("mean_b", ColumnType.DOUBLE, "", "Mean of point_b")
      .required("diff", ColumnType.DOUBLE, "", "mean_b - mean_a")
      .nullable("se", ColumnType.DOUBLE, "", "Standard error sqrt(sd_a^2/n_a + sd_b^2/n_b); null when n < 2 on a side")
      .nullable("df", ColumnType.DOUBLE, "", "Welch-Satterthwaite degrees of freedom; null when se is 0 or undefined")
      .nullable("ci95_low", ColumnType.DOUBLE, "", "diff - t(0.975, df) se; equals diff when se is 0")
      .nullable("ci95_high", ColumnType.DOUBLE, "", "diff + t(0.975, df) se")
      .build();

  private SweepTables() {}

  /**
   * {@code members.parquet}: one row per member.
   *
   * @param columns the parameter column names (e.g. {@code measures_0_limit_kmh})
   * @param parameterNames the swept parameters in the same order (e.g. {@code measures[0].limit_kmh})
   */
  public static TableSchema members(List<String> columns, List<String> parameterNames) {
    if (columns.size() != parameterNames.size()) {
      throw new IllegalArgumentException("parameter columns " + columns + " and names " + parameterNames + " differ in number");
    }
    TableSchema.Builder sb = TableSchema.builder("members",
            "Members of a sweep with their resolved settings; one DOUBLE column per swept parameter follows sample.")
        .required("member", ColumnType.INT32, "", "Member number; outputs in runs/member=<n>/")
        .required("point", ColumnType.INT32, "", "Sweep point (parameter combination)")
        .required("seed", ColumnType.INT64, "", "Random seed of the run (twin run --seed)")
        .required("iterations", ColumnType.INT32, "", "twin run --iterations")
        .required("sample", ColumnType.DOUBLE, "1", "twin run --sample");
    for (int i = 0; i < columns.size(); i++) {
      sb.required(columns.get(i), ColumnType.DOUBLE, "", "Swept parameter " + parameterNames.get(i));
    }
    return sb.build();
  }

  /** {@code kpi_stats.parquet}: per point and KPI, with the point's parameter values after {@code point}. */
  public static TableSchema kpiStats(List<String> parameterColumns) {
    TableSchema.Builder sb = TableSchema.builder("kpi_stats",
            "Per sweep point and KPI: statistics across the point's finished members (seeds);"
                + " one DOUBLE column per swept parameter follows point.")
        .required("point", ColumnType.INT32, "", "Sweep point (parameter combination), see members.csv");
    for (String p : parameterColumns) {
      sb.required(p, ColumnType.DOUBLE, "", "Parameter value of the point");
    }
    return sb.required("kpi", ColumnType.STRING, "", "KPI name (definitions as in twin compare)")
        .required("unit", ColumnType.STRING, "", "Unit of mean, sd and the quantiles")
        .required("n", ColumnType.INT32, "", "Finished members (seeds) of the point")
        .required("mean", ColumnType.DOUBLE, "", "Mean across members")
        .nullable("sd", ColumnType.DOUBLE, "", "Sample standard deviation (n - 1); null for n < 2")
        .required("q05", ColumnType.DOUBLE, "", "5 % quantile (linear interpolation, type 7)")
        .required("q95", ColumnType.DOUBLE, "", "95 % quantile (linear interpolation, type 7)")
        .build();
  }

  /** The sweep tables as the data dictionary lists them (members and kpi_stats without parameter columns). */
  public static List<TableSchema> all() {
    return List.of(members(List.of(), List.of()), MemberKpis.SCHEMA, kpiStats(List.of()), LINK_STATS, KPI_DIFF);
  }
}
