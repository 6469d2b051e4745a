/**
 * Vehicle fleets for runs without a MATSim vehicles file: the technology shares of Bochum's cars
 * derived from the city's vehicle register ({@link FleetShares}), and a reproducible per-vehicle
 * draw of a technology from those shares ({@link FleetDraw}). Shares are fractions in [0, 1] that sum
 * to 1; the draw depends only on the vehicle id and the shares (no global random state), so the online
 * run and the offline {@code twin emissions} give every vehicle the same emission class.
 */
package de.bochumtwin.scenarios.fleet;
