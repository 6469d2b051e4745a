/**
 * A reproducible synthetic city for benchmarks and tests, generated in memory:
 * {@link de.bochumtwin.scenarios.synthetic.SyntheticCity#generate} turns a
 * {@link de.bochumtwin.scenarios.synthetic.SyntheticCitySpec} and a seed into a core network (square
 * grid, local streets, arterials, optional ring road) and a home-work-home population with routed car
 * legs.
 *
 * <p>Invariants: same spec and seed give identical values on every JVM; a grid of N x N nodes has
 * 4 N (N - 1) directed links; every car route is connected (to-node of link i is the from-node of link
 * i + 1), starts at the home or work link and ends at the other, and its distance is the sum of the
 * lengths after the start link. Units: metres (EPSG:25832 coordinates, lengths), m/s (speeds in the
 * network; km/h only in the spec's {@code ringSpeed_kmh}), veh/h, whole seconds since midnight.
 */
package de.bochumtwin.scenarios.synthetic;
