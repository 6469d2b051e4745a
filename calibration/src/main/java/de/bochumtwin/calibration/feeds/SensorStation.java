package de.bochumtwin.calibration.feeds;

import java.util.Objects;

/**
 * Where a sensor counts, as the feed describes it, before it is matched to a link. Any of the
 * location fields may be absent: the matcher uses the link id first, then the OSM way id, then the
 * coordinate.
 *
 * @param id station id, unique within a feed (CSV {@code station_id}, SensorThings Datastream id)
 * @param x_m easting in the scenario CRS (m), NaN when unknown
 * @param y_m northing in the scenario CRS (m), NaN when unknown
 * @param linkId network link id, null when not given
 * @param osmWayId OSM way id (compared with the links' origId), null when not given
 * @param bearing_deg direction of the counted traffic, degrees clockwise from north in [0, 360), NaN
 *     when the station counts both directions or the feed does not say
 */
public record SensorStation(String id, double x_m, double y_m, String linkId, String osmWayId, double bearing_deg) {
  public SensorStation {
    Objects.requireNonNull(id, "station id");
    if (!Double.isNaN(bearing_deg)) {
      bearing_deg = ((bearing_deg % 360) + 360) % 360;
    }
  }

  public boolean hasCoord() {
    return !Double.isNaN(x_m) && !Double.isNaN(y_m);
  }

  public boolean hasBearing() {
    return !Double.isNaN(bearing_deg);
  }

  /**
   * Parses a direction: a number of degrees clockwise from north, or a compass point (N, NE, E, SE,
   * S, SW, W, NW, also German O for east); blank gives NaN.
   *
   * @throws IllegalArgumentException naming the accepted forms
   */
  public static double parseBearing(String s) {
    if (s == null || s.isBlank()) {
      return Double.NaN;
    }
    String t = s.trim().toUpperCase(java.util.Locale.ROOT);
    switch (t) {
      case "N": return 0;
      case "NE": case "NO": return 45;
      case "E": case "O": return 90;
      case "SE": case "SO": return 135;
      case "S": return 180;
      case "SW": return 225;
      case "W": return 270;
      case "NW": return 315;
      default:
        try {
          return Double.parseDouble(t);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("direction '" + s + "' is neither degrees (0 = north, clockwise) nor a compass point (N, NE, E, SE, S, SW, W, NW)");
        }
    }
  }
}
