/**
 * Replanning of the co-evolutionary loop (MATSim semantics): plan memory with worst-plan removal, plan
 * selectors (ChangeExpBeta, SelectExpBeta, BestScore, SelectRandom, KeepLastSelected) and innovative
 * strategies (ReRoute, TimeAllocationMutator, SubtourModeChoice) chosen by weight per person. Every
 * person draws from its own generator seeded by (seed, iteration, person index), so results do not
 * depend on the thread count.
 */
package de.bochumtwin.core.replanning;
