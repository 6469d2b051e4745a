package de.bochumtwin.calibration.matching;

import de.bochumtwin.calibration.feeds.SensorStation;

/**
 * The outcome of matching one sensor: a link (index) or a reason why not.
 *
 * @param link link index, -1 unless {@code status == MATCHED}
 * @param distance_m distance from the sensor coordinate to the link, NaN without coordinate
 */
public record StationMatch(SensorStation station, Status status, Method method, int link, double distance_m, String reason) {
  /** Whether the sensor got a link. */
  public enum Status { MATCHED, UNMATCHED, AMBIGUOUS }

  /** How the link was found. */
  public enum Method { LINK_ID, OSM_WAY, NEAREST, NONE }

  static StationMatch matched(SensorStation s, int link, Method m, double d) {
    return new StationMatch(s, Status.MATCHED, m, link, d, "");
  }

  static StationMatch failed(SensorStation s, Status status, String reason) {
    return new StationMatch(s, status, Method.NONE, -1, Double.NaN, reason);
  }

  public boolean isMatched() {
    return status == Status.MATCHED;
  }
}
