package de.bochumtwin.results.sweep;

import java.util.List;

/**
 * One member of a sweep as the collector needs it: its number, its point (parameter combination), its
 * seed and the point's parameter values in the order of the sweep's parameter names.
 */
public record SweepMember(int member, int point, long seed, List<Double> parameters) {
  public SweepMember {
    parameters = List.copyOf(parameters);
  }

  /** The member's run folder below the sweep's {@code runs} folder: {@code member=<n>} (hive-style). */
  public static String folderName(int member) {
    return "member=" + member;
  }
}
