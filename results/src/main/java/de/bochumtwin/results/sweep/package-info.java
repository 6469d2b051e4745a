/**
 * Ensemble results of a parameter sweep: statistics across the seeds of each sweep point and
 * differences between points.
 *
 * <p>{@link de.bochumtwin.results.sweep.EnsembleStats} holds the numbers: mean, sample standard
 * deviation (n - 1), 5 % and 95 % quantiles (linear interpolation between order statistics, "type 7",
 * the default of R, NumPy and DuckDB's {@code quantile_cont}) and Welch's two-sample t interval for the
 * difference of two means, with Student t quantiles from {@link de.bochumtwin.results.sweep.StudentT}.
 * {@link de.bochumtwin.results.sweep.MemberKpis} writes the KPI table of one member run;
 * {@link de.bochumtwin.results.sweep.SweepCollector} reads all finished members of a sweep folder
 * ({@code runs/member=<n>/...}, hive-style) and writes {@code kpi_stats.parquet},
 * {@code link_stats.parquet}, {@code kpi_diff.parquet} and PNG charts with uncertainty bands.
 *
 * <p>Invariants: statistics of a point use only its finished members (n is stored with every row);
 * a link without traffic in a member counts as volume 0 there. Units: KPIs keep the units of
 * {@code twin compare} (km, h, km/h, %, agents, g); link volumes are vehicles per day.
 */
package de.bochumtwin.results.sweep;
