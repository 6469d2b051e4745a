package de.bochumtwin.cli.sweep;

import de.bochumtwin.scenarios.whatif.Where;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A swept setting: a {@code twin run} option ({@code iterations}, {@code sample}) or a scalar field of a
 * measure ({@code measures[0].limit_kmh}). {@link #column()} is the name in members.csv and the
 * collected tables: the path with every non-alphanumeric run replaced by '_' ({@code measures_0_limit_kmh}),
 * {@code run_iterations} and {@code run_sample} for the run options.
 *
 * @param where line and column of the parameter's name in the sweep file
 */
record Parameter(String name, Kind kind, int measureIndex, String field, Where where) {
  enum Kind { ITERATIONS, SAMPLE, MEASURE_FIELD }

  private static final Pattern MEASURE = Pattern.compile("measures\\[(\\d{1,4})]\\.([a-z_][a-z0-9_]*)");

  /** Parses a parameter name, or returns null when it names nothing known. */
  static Parameter parse(String name, Where where) {
    if (name.equals("iterations")) {
      return new Parameter(name, Kind.ITERATIONS, -1, null, where);
    }
    if (name.equals("sample")) {
      return new Parameter(name, Kind.SAMPLE, -1, null, where);
    }
    Matcher m = MEASURE.matcher(name);
    if (m.matches()) {
      return new Parameter(name, Kind.MEASURE_FIELD, Integer.parseInt(m.group(1)), m.group(2), where);
    }
    return null;
  }

  String column() {
    if (kind != Kind.MEASURE_FIELD) {
      return "run_" + name; // members.csv has the plain iterations and sample columns already
    }
    return name.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("_+$", "");
  }

  /** The value as used: iterations are whole numbers, everything else keeps 6 decimals. */
  double normalize(double v) {
    return kind == Kind.ITERATIONS ? Math.rint(v) : Math.rint(v * 1e6) / 1e6;
  }
}
