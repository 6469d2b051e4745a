package de.bochumtwin.core.mobsim;

/**
 * Counters of one mobsim run. Vehicle conservation holds when {@code departures == arrivals + stuckAborted}
 * (see {@link #isConserved()}); the mobsim checks it at the end of every run.
 *
 * @param agents agents with a plan
 * @param departures legs started (network and teleported)
 * @param arrivals legs finished
 * @param stuckAborted agents removed by {@code stuckAndAbort} (stuck with removeStuckVehicles, or still
 *     travelling at the end time)
 * @param stuckForcedMoves vehicles pushed into a full link after waiting longer than the stuck time
 * @param linkEvents {@code entered link} plus {@code left link} events
 * @param simStartTime_s time of the first simulated step
 * @param simEndTime_s time the simulation stopped
 * @param steps simulated one-second steps in which something happened
 */
public record MobsimResult(int agents, long departures, long arrivals, long stuckAborted, long stuckForcedMoves,
    long linkEvents, int simStartTime_s, int simEndTime_s, long steps) {
  public boolean isConserved() {
    return departures == arrivals + stuckAborted;
  }
}
