/**
 * Comparison of two run folders (base and what-if scenario): {@link de.bochumtwin.results.compare.RunComparison}
 * reads their Parquet outputs ({@code legs}, {@code link_volumes}, {@code links}, optionally
 * {@code emissions_totals}) and {@code run.json}, and writes a KPI table ({@code kpis.parquet},
 * {@code kpis.csv}), link-level differences as GeoParquet ({@code link_diff.parquet}), charts, a change
 * map and a self-contained {@code report.html} ({@code ComparisonReport}). {@link
 * de.bochumtwin.results.compare.RunReport} writes the same kind of report for one run folder, since it
 * reads the folder the same way.
 *
 * <p>Invariants: change = scenario - base; relative change = change / base, null (empty in the CSV)
 * when the base is 0. A KPI one run does not report is absent (null), never 0. Figures are the
 * simulated ones (of the simulated sample, not scaled up), so both runs must use the same sample;
 * the comparison refuses runs whose {@code sample} settings differ.
 * Units are in the KPI's {@code unit} column and in the column names: km, h, km/h, %, g, veh, m/s.
 */
package de.bochumtwin.results.compare;
