package de.bochumtwin.results.json;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small strict JSON parser for the twin's own files (run.json, the {@code geo} and {@code twin.schema}
 * file metadata, datapackage.json). Objects become insertion-ordered {@code Map<String, Object>}, arrays
 * {@code List<Object>}, numbers {@code Double} (or {@code Long} when integral without exponent), plus
 * {@code String}, {@code Boolean} and {@code null}. Errors name the source, line and column. Also
 * used by the calibration module for OGC SensorThings pages.
 */
public final class JsonReader {
  private final String s;
  private final String source;
  private int i;

  private JsonReader(String text, String source) {
    this.s = text;
    this.source = source;
  }

  /** Parses one JSON value; {@code source} (e.g. a file name) appears in error messages. */
  public static Object parse(String text, String source) {
    JsonReader r = new JsonReader(text, source);
    r.ws();
    Object v = r.value();
    r.ws();
    if (r.i != text.length()) {
      throw r.error("unexpected trailing text");
    }
    return v;
  }

  /** Parses a JSON object; fails if the top-level value is not an object. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> parseObject(String text, String source) {
    Object v = parse(text, source);
    if (!(v instanceof Map)) {
      throw new IllegalArgumentException(source + ": expected a JSON object at the top level");
    }
    return (Map<String, Object>) v;
  }

  private Object value() {
    if (i >= s.length()) {
      throw error("unexpected end of input");
    }
    char c = s.charAt(i);
    switch (c) {
      case '{':
        return object();
      case '[':
        return array();
      case '"':
        return string();
      case 't':
        return literal("true", Boolean.TRUE);
      case 'f':
        return literal("false", Boolean.FALSE);
      case 'n':
        return literal("null", null);
      default:
        return number();
    }
  }

  private Map<String, Object> object() {
    Map<String, Object> m = new LinkedHashMap<>();
    i++;
    ws();
    if (peek() == '}') {
      i++;
      return Collections.unmodifiableMap(m);
    }
    while (true) {
      ws();
      if (peek() != '"') {
        throw error("expected a member name in quotes");
      }
      String k = string();
      ws();
      expect(':');
      ws();
      if (m.put(k, value()) != null) {
        throw error("duplicate member '" + k + "'");
      }
      ws();
      char c = next();
      if (c == '}') {
        return Collections.unmodifiableMap(m);
      }
      if (c != ',') {
        throw error("expected ',' or '}'");
      }
    }
  }

  private List<Object> array() {
    List<Object> l = new ArrayList<>();
    i++;
    ws();
    if (peek() == ']') {
      i++;
      return Collections.unmodifiableList(l);
    }
    while (true) {
      ws();
      l.add(value());
      ws();
      char c = next();
      if (c == ']') {
        return Collections.unmodifiableList(l);
      }
      if (c != ',') {
        throw error("expected ',' or ']'");
      }
    }
  }

  private String string() {
    expect('"');
    StringBuilder b = new StringBuilder();
    while (true) {
      char c = next();
      if (c == '"') {
        return b.toString();
      }
      if (c < 0x20) {
        throw error("control character in string");
      }
      if (c != '\\') {
        b.append(c);
        continue;
      }
      char e = next();
      switch (e) {
        case '"': case '\\': case '/':
          b.append(e);
          break;
        case 'b':
          b.append('\b');
          break;
        case 'f':
          b.append('\f');
          break;
        case 'n':
          b.append('\n');
          break;
        case 'r':
          b.append('\r');
          break;
        case 't':
          b.append('\t');
          break;
        case 'u':
          if (i + 4 > s.length()) {
            throw error("truncated \\u escape");
          }
          b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
          i += 4;
          break;
        default:
          throw error("bad escape \\" + e);
      }
    }
  }

  private Object number() {
    int start = i;
    boolean integral = true;
    while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
      char c = s.charAt(i);
      if (c == '.' || c == 'e' || c == 'E') {
        integral = false;
      }
      i++;
    }
    if (start == i) {
      throw error("unexpected character '" + s.charAt(i) + "'");
    }
    String t = s.substring(start, i);
    try {
      return integral ? (Object) Long.parseLong(t) : (Object) Double.parseDouble(t);
    } catch (NumberFormatException e) {
      i = start;
      throw error("bad number '" + t + "'");
    }
  }

  private Object literal(String word, Object v) {
    if (!s.startsWith(word, i)) {
      throw error("unexpected character '" + s.charAt(i) + "'");
    }
    i += word.length();
    return v;
  }

  private void ws() {
    while (i < s.length() && " \t\r\n".indexOf(s.charAt(i)) >= 0) {
      i++;
    }
  }

  private char peek() {
    if (i >= s.length()) {
      throw error("unexpected end of input");
    }
    return s.charAt(i);
  }

  private char next() {
    char c = peek();
    i++;
    return c;
  }

  private void expect(char c) {
    if (next() != c) {
      i--;
      throw error("expected '" + c + "'");
    }
  }

  private IllegalArgumentException error(String what) {
    int line = 1;
    int col = 1;
    for (int k = 0; k < Math.min(i, s.length()); k++) {
      if (s.charAt(k) == '\n') {
        line++;
        col = 1;
      } else {
        col++;
      }
    }
    return new IllegalArgumentException(source + ":" + line + ":" + col + ": invalid JSON (character " + i + "): " + what);
  }
}
