package de.bochumtwin.calibration.feeds;

import java.time.Instant;
import java.util.Objects;

/**
 * One observed value of a station: the number of vehicles of {@code vehicleClass} that passed in
 * the interval [start, end) (for charger feeds: the occupied points). Times are instants, so feeds
 * in any time zone compare correctly; {@link SensorFeed#hourly} turns them into local hours.
 *
 * @param observationId the feed's id (SensorThings {@code @iot.id}, CSV {@code file:line})
 * @param vehicleClass e.g. {@code car}, {@code truck}, {@code all}
 * @param value vehicles in the interval (not per hour), finite and >= 0
 */
public record SensorObservation(String observationId, String stationId, String vehicleClass, Instant start,
    Instant end, double value) {
  public SensorObservation {
    Objects.requireNonNull(observationId);
    Objects.requireNonNull(stationId);
    Objects.requireNonNull(vehicleClass);
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("observation " + observationId + ": interval end " + end + " is not after its start " + start);
    }
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("observation " + observationId + ": value must be finite and >= 0, got " + value);
    }
  }
}
