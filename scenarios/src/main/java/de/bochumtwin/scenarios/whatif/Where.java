package de.bochumtwin.scenarios.whatif;

/** A 1-based line and column in a scenario file, from the YAML parser's marks. */
public record Where(int line, int column) {
  @Override
  public String toString() {
    return line + ":" + column;
  }
}
