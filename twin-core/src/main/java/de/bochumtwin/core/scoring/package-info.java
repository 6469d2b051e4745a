/**
 * Charypar-Nagel scoring as MATSim defines it: the utility of an executed day, computed from the
 * mobsim's event stream.
 *
 * <p>{@link de.bochumtwin.core.scoring.ScoringParameters} holds the betas (immutable, MATSim's defaults);
 * {@link de.bochumtwin.core.scoring.CharyparNagel} holds the pure formulas;
 * {@link de.bochumtwin.core.scoring.EventsScoring} is the event sink that applies them per person.
 *
 * <p>Units: times are seconds since scenario start (midnight of day one), durations seconds, distances
 * metres, money in the scenario's currency. Betas are configured per hour (as MATSim's config does) and
 * converted to per second once. Scores are utils. Invariant: a person's score is the sum of its
 * activity, leg, money and stuck parts, each kept separately for analysis. See docs/scoring.md for
 * the formulas, the sources of the defaults and where we differ from MATSim.
 */
package de.bochumtwin.core.scoring;
