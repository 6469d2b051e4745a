/**
 * The bundled Bochum scenario and its synthetic population.
 *
 * <p>{@link de.bochumtwin.scenarios.bochum.BochumScenario#load()} reads the committed files of
 * {@code scenarios/bochum/} (packaged as classpath resources of this package) into a core network,
 * 30 zones, 7 boundary gateways and approximate district outlines;
 * {@link de.bochumtwin.scenarios.bochum.BochumPopulationGenerator#generate} draws a seeded,
 * sample-stable population from it. Every number is traceable to docs/data-sources.md.
 *
 * <p>Invariants: the car network is strongly connected; each zone has exactly one pair of connector
 * links to one network node; zone residents sum to 365,742 and jobs to 197,681; gateway commuters sum
 * to 89,000 (in) and 80,000 (out); through vehicles between motorway gateways sum to the total of
 * through-traffic.csv (67,000 per day); the same (scenario, sample, seed) gives the same population and a
 * smaller sample of a seed is a subset of a larger one. Units: EPSG:25832 metres, m/s, veh/h, whole
 * seconds since midnight; shares are fractions.
 */
package de.bochumtwin.scenarios.bochum;
