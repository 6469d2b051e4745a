package de.bochumtwin.core.controller;

import java.util.List;

/**
 * Statistics of one iteration, as MATSim's scorestats/modestats plus wall times per phase.
 *
 * @param avgExecutedScore mean score of the plans executed in this iteration
 * @param avgBestScore mean over persons of their best plan's score
 * @param avgWorstScore mean over persons of their worst plan's score
 * @param avgAverageScore mean over persons of the mean score of their plans
 * @param stuckAgents agents aborted in this iteration's mobsim
 */
public record IterationStats(int iteration, double avgExecutedScore, double avgBestScore, double avgWorstScore,
    double avgAverageScore, long stuckAgents, long departures, long arrivals, long linkEvents, List<ModeStats> modes,
    double replanning_s, double routing_s, double mobsim_s, double scoring_s) {
  public IterationStats {
    modes = List.copyOf(modes);
  }

  public double iteration_s() {
    return replanning_s + routing_s + mobsim_s + scoring_s;
  }

  /** Share of trips by {@code mode} (0 when the mode was not used). */
  public double share(String mode) {
    return modes.stream().filter(m -> m.mode().equals(mode)).mapToDouble(ModeStats::share).findFirst().orElse(0);
  }
}
