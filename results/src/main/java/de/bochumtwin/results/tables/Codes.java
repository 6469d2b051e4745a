package de.bochumtwin.results.tables;

import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;

/** Recovers a {@code code -> name} array from a table that only exposes {@code row -> code} and {@code row -> name}. */
final class Codes {
  private Codes() {}

  /**
   * Returns {@code names} with {@code names[code(r)] = name(r)} for every row; codes never seen stay null.
   * One pass over the rows, no per-row allocation; {@code minLength} sizes the array when codes are known
   * to range further (e.g. the number of modes).
   */
  static String[] fromRows(int rows, IntUnaryOperator code, IntFunction<String> name, int minLength) {
    int max = minLength - 1;
    for (int r = 0; r < rows; r++) {
      max = Math.max(max, code.applyAsInt(r));
    }
    String[] names = new String[max + 1];
    for (int r = 0; r < rows; r++) {
      int c = code.applyAsInt(r);
      if (names[c] == null) {
        names[c] = name.apply(r);
      }
    }
    return names;
  }
}
