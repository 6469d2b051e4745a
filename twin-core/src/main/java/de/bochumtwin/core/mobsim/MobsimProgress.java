package de.bochumtwin.core.mobsim;

/**
 * Progress of a running mobsim, reported at most once per simulated 15 minutes, so a CLI can draw a
 * progress bar. Implementations must be cheap and must not throw.
 */
@FunctionalInterface
public interface MobsimProgress {
  MobsimProgress NONE = (time_s, finishedAgents, agents, enRoute) -> {};

  /**
   * @param time_s current simulation time
   * @param finishedAgents agents that are at their last activity or were aborted
   * @param agents all agents
   * @param enRoute agents currently travelling
   */
  void update(int time_s, int finishedAgents, int agents, int enRoute);
}
