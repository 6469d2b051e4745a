package de.bochumtwin.calibration.feeds;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** Timestamp parsing shared by the readers: ISO-8601 with offset or zone, or local time in a default zone. */
final class Times {
  private Times() {}

  /**
   * Parses {@code 2024-05-02T07:00:00+02:00}, {@code 2024-05-02T05:00:00Z}, or a local
   * {@code 2024-05-02T07:00[:00]} / {@code 2024-05-02 07:00} interpreted in {@code zone}.
   *
   * @throws IllegalArgumentException naming the accepted forms
   */
  static Instant parse(String s, ZoneId zone) {
    String t = s.trim();
    try {
      return OffsetDateTime.parse(t).toInstant();
    } catch (DateTimeParseException e) {
      // not with an offset: try local time below
    }
    try {
      return LocalDateTime.parse(t.replace(' ', 'T')).atZone(zone).toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("time '" + s + "' is not ISO-8601 (e.g. 2024-05-02T07:00:00+02:00, "
          + "or local 2024-05-02T07:00:00 in " + zone + ")");
    }
  }
}
