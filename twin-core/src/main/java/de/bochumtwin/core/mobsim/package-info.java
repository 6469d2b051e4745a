/**
 * The queue-model mobsim (MATSim QSim semantics): FIFO link queues with flow and storage capacity,
 * spillback, the stuck-time rule, teleported modes. Deterministic for a given seed. See
 * docs/architecture.md for the step order and docs/decisions.md where we differ from MATSim.
 */
package de.bochumtwin.core.mobsim;
