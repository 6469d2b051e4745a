/**
 * What-if scenarios: a YAML file names a base and a list of measures; they are parsed
 * ({@link de.bochumtwin.scenarios.whatif.ScenarioFileReader}), resolved against the base network
 * ({@link de.bochumtwin.scenarios.whatif.MeasureResolver}) and applied to a copy
 * ({@link de.bochumtwin.scenarios.whatif.MeasureApplier}). Format: docs/whatif.md.
 *
 * <p>Invariants: every problem of a file is collected (parse and resolve) and reported together with
 * its 1-based line and column ({@link de.bochumtwin.scenarios.whatif.ScenarioFileException}); nothing
 * is applied while any problem remains. The base network and population are never changed: the
 * applier builds a new {@code Network} with the same node and link indices (closed links keep their
 * index with no modes and zero capacity), so routes and activities of the base stay valid indices.
 * An empty measure list gives a network equal to the base, link for link. Policy measures (toll,
 * low-emission zone, parking cost) change no link: {@link de.bochumtwin.scenarios.whatif.Policies}
 * turns them into a router policy, a changed population copy and per-iteration charge sinks.
 *
 * <p>Demand-side measures ({@link de.bochumtwin.scenarios.whatif.Measure.DemandSide}: ev_share, chargers,
 * pt_change, growth) leave the network alone; they are checked against a
 * {@link de.bochumtwin.scenarios.whatif.DemandContext} and applied by the run wiring to the EV fleet and
 * chargers ({@link de.bochumtwin.scenarios.whatif.ChargerPlacement}), the loop settings
 * ({@link de.bochumtwin.scenarios.whatif.PtChangeApplier}) or the population
 * ({@link de.bochumtwin.scenarios.whatif.PopulationGrowth}, or the Bochum generator via
 * {@link de.bochumtwin.scenarios.whatif.BochumGrowth}); all are deterministic under the run's seed.
 *
 * <p>Units: speeds in the file in km/h, in the network in m/s; coordinates of areas in the network
 * CRS (EPSG:25832 metres for Bochum; shapefile areas are reprojected when resolving); capacities in
 * veh/h; lanes as a real count; charger power in kW; money (fares, tolls, parking) in EUR; toll windows
 * in seconds since midnight; shares and factors dimensionless.
 */
package de.bochumtwin.scenarios.whatif;
