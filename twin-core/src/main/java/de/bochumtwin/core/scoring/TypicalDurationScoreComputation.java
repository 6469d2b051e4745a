package de.bochumtwin.core.scoring;

/**
 * How the zero-utility duration {@code t_0} of an activity type follows from its typical duration and
 * priority. MATSim's {@code typicalDurationScoreComputation}; {@link #RELATIVE} is MATSim's default.
 */
public enum TypicalDurationScoreComputation {
  /**
   * {@code t_0 = t_typ * exp(-1 / priority)}: performing an activity for its typical duration is worth
   * {@code beta_perf * t_typ / priority}, so long activities are worth more than short ones.
   */
  RELATIVE,
  /**
   * {@code t_0 = t_typ * exp(-10 h / (t_typ[h] * priority))}: every activity performed for its typical
   * duration is worth {@code beta_perf * 10 h / priority} (60 utils with the defaults). MATSim's old default.
   */
  UNIFORM;

  /** The zero-utility duration in seconds; positive for positive inputs unless it underflows. */
  public double zeroUtilityDuration_s(double typicalDuration_s, double priority) {
    if (this == RELATIVE) {
      return typicalDuration_s * Math.exp(-1.0 / priority);
    }
    return typicalDuration_s * Math.exp(-10.0 / (typicalDuration_s / 3600.0) / priority);
  }
}
