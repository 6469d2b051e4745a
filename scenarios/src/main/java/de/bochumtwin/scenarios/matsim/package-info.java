/**
 * Readers and writers for MATSim's XML file formats: network v1/v2, plans v4 and population v5/v6,
 * events, counts v1 and vehicle definitions v2.0 (see docs/matsim-formats.md for versions and
 * deviations). Readers map files onto the core model (dense indices, SI units: capacities in veh/h,
 * times in int seconds) and throw only {@link de.bochumtwin.scenarios.io.InputException}; writers
 * write atomically and gzip when the target name ends in {@code .gz}.
 */
package de.bochumtwin.scenarios.matsim;
