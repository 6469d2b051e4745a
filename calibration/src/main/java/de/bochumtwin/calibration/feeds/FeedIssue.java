package de.bochumtwin.calibration.feeds;

/**
 * A problem in a feed that was reported instead of silently dropped or crashing the run.
 *
 * @param source the file or URL
 * @param id the observation id (or station id, or {@code file:line})
 */
public record FeedIssue(Kind kind, String source, String id, String message) {
  /** What went wrong. */
  public enum Kind {
    /** A value that is null or empty: the interval has no measurement (not the same as 0). */
    MISSING_VALUE,
    /** The same station, class and interval twice with the same value: the second is ignored. */
    DUPLICATE,
    /** The same station, class and interval twice with different values: the first is kept. */
    CONFLICTING_DUPLICATE,
    /** An observation that cannot be read (bad time, non-numeric or negative value): skipped. */
    MALFORMED,
    /** An interval that does not fit into one hour: not used for hourly fits. */
    NOT_HOURLY,
    /** An observation of a station the feed does not describe. */
    UNKNOWN_STATION
  }

  @Override
  public String toString() {
    return kind + " " + id + " (" + source + "): " + message;
  }
}
