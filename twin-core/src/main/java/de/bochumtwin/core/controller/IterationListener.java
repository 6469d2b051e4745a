package de.bochumtwin.core.controller;

import de.bochumtwin.core.analysis.LegTable;
import de.bochumtwin.core.analysis.LinkVolumeTable;
import de.bochumtwin.core.events.SimEventSink;
import de.bochumtwin.core.mobsim.MobsimResult;
import de.bochumtwin.core.population.Population;
import de.bochumtwin.core.router.BinnedTravelTimes;
import java.util.List;

/**
 * Hooks for the code around the loop (outputs, checkpoints, progress); the core itself writes nothing.
 */
public interface IterationListener {
  /** Extra sinks for this iteration's mobsim, e.g. an events file writer in the last iteration. */
  default List<SimEventSink> sinksFor(int iteration, boolean lastIteration) {
    return List.of();
  }

  /**
   * Called after the mobsim with this iteration's executed scores (index = person) before they are
   * written into the plans: extensions add what the events cannot express (e.g. charging costs and
   * waiting of the EV model). Must be deterministic.
   */
  default void adjustScores(int iteration, double[] executedScores) {}

  /**
   * Called after scoring. {@code population} holds the scored plans (before the next replanning) and
   * {@code travelTimes} what the next ReRoute will use: together the state a checkpoint needs.
   */
  default void iterationEnded(IterationStats stats, MobsimResult mobsim, LegTable legs, LinkVolumeTable volumes,
      Population population, BinnedTravelTimes travelTimes) {}
}
