/**
 * Output tables and charts of the EV model ({@code de.bochumtwin.core.ev.EvRunResult}):
 * {@code charging_sessions.parquet}, {@code charger_occupancy.parquet}, {@code charger_load_curves.parquet}
 * (schemas in docs/outputs.md), a PNG of the load curves, and the run-summary counters.
 *
 * <p>Units as in the core: times in seconds since scenario start (sessions may end after 24 h), energy
 * kWh, power kW, money EUR; bins are 15 min ({@code EvRunResult.BIN_SIZE_S}).
 */
package de.bochumtwin.results.ev;
