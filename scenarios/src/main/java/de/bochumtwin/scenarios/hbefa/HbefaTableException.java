package de.bochumtwin.scenarios.hbefa;

import java.util.List;

/**
 * A factor table that cannot be used: unreadable file, missing columns, unparseable rows or
 * duplicate keys. The message lists every problem of the file (up to 30, then a count).
 */
public final class HbefaTableException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  HbefaTableException(String source, List<String> problems) {
    super(format(source, problems));
  }

  HbefaTableException(String message, Throwable cause) {
    super(message, cause);
  }

  private static String format(String source, List<String> problems) {
    StringBuilder sb = new StringBuilder(source).append(": ").append(problems.size()).append(" problem(s)");
    int n = Math.min(30, problems.size());
    for (int i = 0; i < n; i++) {
      sb.append("\n  ").append(problems.get(i));
    }
    if (problems.size() > n) {
      sb.append("\n  ... and ").append(problems.size() - n).append(" more");
    }
    return sb.toString();
  }
}
