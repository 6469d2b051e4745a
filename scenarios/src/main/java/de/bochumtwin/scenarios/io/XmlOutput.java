package de.bochumtwin.scenarios.io;

import java.io.IOException;
import java.io.Writer;

/**
 * Small helpers for writing XML by hand (faster than a StAX writer and with full control of the
 * layout): escaping and number formatting that round-trips exactly through {@link Double#parseDouble}.
 */
public final class XmlOutput {
  private XmlOutput() {}

  /** Writes {@code name="value"} preceded by a space, escaping the value. */
  public static void attr(Writer w, String name, String value) throws IOException {
    w.write(' ');
    w.write(name);
    w.write("=\"");
    escape(w, value);
    w.write('"');
  }

  /** Writes {@code name="value"} for a number, see {@link #number(double)}. */
  public static void attr(Writer w, String name, double value) throws IOException {
    w.write(' ');
    w.write(name);
    w.write("=\"");
    w.write(number(value));
    w.write('"');
  }

  /** Writes text or an attribute value with {@code & < > "} and control characters escaped. */
  public static void escape(Writer w, String s) throws IOException {
    int n = s.length();
    int start = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      String rep;
      switch (c) {
        case '&': rep = "&amp;"; break;
        case '<': rep = "&lt;"; break;
        case '>': rep = "&gt;"; break;
        case '"': rep = "&quot;"; break;
        case '\n': rep = "&#10;"; break;
        case '\r': rep = "&#13;"; break;
        case '\t': rep = "&#9;"; break;
        default: rep = null;
      }
      if (rep != null) {
        w.write(s, start, i - start);
        w.write(rep);
        start = i + 1;
      }
    }
    w.write(s, start, n - start);
  }

  /**
   * Formats a double so that {@code Double.parseDouble} gives back the same value: whole numbers
   * as {@code 36000.0} (never {@code 3.6E4}), others with {@link Double#toString(double)}.
   */
  public static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return (long) v + ".0";
    }
    return Double.toString(v);
  }

  /** Writes a MATSim {@code <attribute>} element with class java.lang.String. */
  public static void stringAttribute(Writer w, String indent, String name, String value) throws IOException {
    w.write(indent);
    w.write("<attribute");
    attr(w, "name", name);
    w.write(" class=\"java.lang.String\">");
    escape(w, value);
    w.write("</attribute>\n");
  }
}
