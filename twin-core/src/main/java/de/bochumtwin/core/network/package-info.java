/**
 * The road network: {@link de.bochumtwin.core.network.Network} frozen into struct-of-arrays with dense
 * int indices, built and validated by {@link de.bochumtwin.core.network.NetworkBuilder}.
 * Units: metres, metres per second, vehicles per hour. Links are directed; ids only at the boundary.
 */
package de.bochumtwin.core.network;
