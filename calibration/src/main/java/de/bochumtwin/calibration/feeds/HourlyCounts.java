package de.bochumtwin.calibration.feeds;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Mean hourly volumes per station (vehicles per hour, slot h = local h:00 to h+1:00, NaN = no value)
 * from {@link SensorFeed#hourly}, with the number of days that went into each station and the
 * observations that could not be put into an hour.
 */
public final class HourlyCounts {
  private final Map<String, double[]> volumes_vph;
  private final Map<String, Integer> days;
  private final List<FeedIssue> issues;

  HourlyCounts(Map<String, double[]> volumes_vph, Map<String, Integer> days, List<FeedIssue> issues) {
    this.volumes_vph = Collections.unmodifiableMap(new LinkedHashMap<>(volumes_vph));
    this.days = Collections.unmodifiableMap(new LinkedHashMap<>(days));
    this.issues = List.copyOf(issues);
  }

  /** Builds counts directly (e.g. from a MATSim counts file). Arrays are copied. */
  public static HourlyCounts of(Map<String, double[]> volumes_vph) {
    Map<String, double[]> copy = new LinkedHashMap<>();
    Map<String, Integer> d = new LinkedHashMap<>();
    volumes_vph.forEach((k, v) -> {
      if (v.length != 24) {
        throw new IllegalArgumentException("station '" + k + "': need 24 hourly values, got " + v.length);
      }
      copy.put(k, v.clone());
      d.put(k, 1);
    });
    return new HourlyCounts(copy, d, List.of());
  }

  public Map<String, double[]> volumes_vph() {
    return volumes_vph;
  }

  /** Hourly volumes of one station (a copy), or null. */
  public double[] station(String id) {
    double[] v = volumes_vph.get(id);
    return v == null ? null : v.clone();
  }

  public int days(String id) {
    return days.getOrDefault(id, 0);
  }

  public List<FeedIssue> issues() {
    return issues;
  }
}
