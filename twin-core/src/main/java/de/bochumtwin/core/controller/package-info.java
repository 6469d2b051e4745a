/**
 * The co-evolutionary loop (MATSim's controller): per iteration replanning, routing of new legs,
 * mobsim, scoring, statistics. Wall-clock timing is measured here; everything else is deterministic
 * for a given seed, whatever the thread count.
 */
package de.bochumtwin.core.controller;
