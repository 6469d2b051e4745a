package de.bochumtwin.core.emissions;

import java.util.List;

/**
 * Thrown before any event is processed when factors the scenario needs are missing (or negative and
 * rejected). The message lists every problem at once, with the keys that were tried, so a table can be
 * fixed in one go.
 */
public final class EmissionFactorLookupException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final List<String> problems;

  EmissionFactorLookupException(List<String> problems) {
    super(problems.size() + " emission factor problem(s); fix the tables or choose another lookup behaviour:\n  "
        + String.join("\n  ", problems));
    this.problems = List.copyOf(problems);
  }

  /** One line per missing or rejected factor. */
  public List<String> problems() {
    return problems;
  }
}
