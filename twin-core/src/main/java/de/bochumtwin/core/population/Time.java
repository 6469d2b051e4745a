package de.bochumtwin.core.population;

/**
 * Simulation time is an {@code int} number of seconds since the scenario start (midnight of day one).
 * {@link #UNDEFINED} marks an absent time (e.g. an activity without end time).
 */
public final class Time {
  /** Marker for "no time given". */
  public static final int UNDEFINED = Integer.MIN_VALUE;

  private Time() {}

  public static boolean isDefined(int t) {
    return t != UNDEFINED;
  }

  /** Formats seconds as {@code HH:MM:SS} (hours may exceed 24), or {@code undefined}. */
  public static String format(int t_s) {
    if (t_s == UNDEFINED) {
      return "undefined";
    }
    int s = Math.abs(t_s);
    String body = String.format("%02d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
    return t_s < 0 ? "-" + body : body;
  }

  /**
   * Parses {@code HH:MM}, {@code HH:MM:SS} or plain seconds ({@code 3600}, {@code 3600.5}, rounded
   * down to whole seconds), as MATSim's files allow; returns {@link #UNDEFINED} for
   * {@code undefined} or an empty string.
   *
   * @throws IllegalArgumentException with the offending text when it is none of these
   */
  public static int parse(String text) {
    if (text == null) {
      return UNDEFINED;
    }
    String s = text.trim();
    if (s.isEmpty() || s.equals("undefined") || s.equals("-Infinity") || s.equals("Infinity")) {
      return UNDEFINED;
    }
    try {
      boolean neg = s.startsWith("-");
      if (neg) {
        s = s.substring(1);
      }
      int v;
      if (s.indexOf(':') >= 0) {
        String[] p = s.split(":");
        if (p.length < 2 || p.length > 3) {
          throw new NumberFormatException();
        }
        int h = Integer.parseInt(p[0]);
        int m = Integer.parseInt(p[1]);
        double sec = p.length == 3 ? Double.parseDouble(p[2]) : 0;
        if (m < 0 || m > 59 || sec < 0 || sec >= 60) {
          throw new NumberFormatException();
        }
        v = h * 3600 + m * 60 + (int) Math.floor(sec);
      } else {
        double d = Double.parseDouble(s);
        if (!Double.isFinite(d)) {
          throw new NumberFormatException();
        }
        v = (int) Math.floor(d);
      }
      return neg ? -v : v;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + text + "' is not a time; use HH:MM:SS, HH:MM or seconds");
    }
  }
}
