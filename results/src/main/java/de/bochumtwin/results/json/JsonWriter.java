package de.bochumtwin.results.json;

import java.util.Arrays;
import java.util.Map;

/**
 * Writes one JSON value into a {@link StringBuilder}, streaming: {@code beginObject}, {@code name},
 * {@code value}, ..., {@code endObject}. Commas, colons and (optionally) indentation are inserted by
 * the writer; misuse (a value where a name is expected, unbalanced ends, two top-level values) throws
 * {@link IllegalStateException} at the offending call, so a bug cannot produce invalid JSON silently.
 *
 * <p>Strings are escaped per RFC 8259 ({@code "}, {@code \}, control characters below U+0020; U+2028/U+2029
 * too so the text is also a valid JavaScript literal). Numbers: {@code long} as is; a finite {@code double}
 * that is an integer below 2^53 in magnitude is written without a fraction ({@code 500000}, not
 * {@code 500000.0}), other doubles with {@link Double#toString}'s shortest round-trip form. NaN and
 * infinities have no JSON form and are rejected.
 */
public final class JsonWriter {
  private static final int TOP = 0;
  private static final int OBJECT = 1;
  private static final int ARRAY = 2;
  private static final double EXACT_INT_LIMIT = 9007199254740992.0; // 2^53

  private final StringBuilder out;
  private final String indent;
  private int[] kind = new int[16];
  private int[] count = new int[16];
  private int depth;
  private boolean nameWritten;

  private JsonWriter(StringBuilder out, String indent) {
    this.out = out;
    this.indent = indent;
  }

  /** A writer producing compact single-line JSON. */
  public static JsonWriter compact(StringBuilder out) {
    return new JsonWriter(out, null);
  }

  /** A writer producing indented JSON ({@code indentSpaces} per level, one member per line). */
  public static JsonWriter pretty(StringBuilder out, int indentSpaces) {
    return new JsonWriter(out, " ".repeat(indentSpaces));
  }

  public JsonWriter beginObject() {
    beforeValue();
    out.append('{');
    push(OBJECT);
    return this;
  }

  public JsonWriter endObject() {
    return end(OBJECT, '}');
  }

  public JsonWriter beginArray() {
    beforeValue();
    out.append('[');
    push(ARRAY);
    return this;
  }

  public JsonWriter endArray() {
    return end(ARRAY, ']');
  }

  /** Writes a member name; the next call must write its value. */
  public JsonWriter name(String name) {
    if (kind[depth] != OBJECT || nameWritten) {
      throw new IllegalStateException("name('" + name + "') is only allowed directly inside an object");
    }
    separator();
    string(name);
    out.append(indent == null ? ":" : ": ");
    nameWritten = true;
    return this;
  }

  public JsonWriter value(String s) {
    if (s == null) {
      return nullValue();
    }
    beforeValue();
    string(s);
    return this;
  }

  public JsonWriter value(long v) {
    beforeValue();
    out.append(v);
    return this;
  }

  /** Writes a finite number; throws {@link IllegalArgumentException} for NaN or infinity. */
  public JsonWriter value(double v) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException("JSON has no representation for " + v + "; write null or a string instead");
    }
    beforeValue();
    if (v == Math.rint(v) && Math.abs(v) < EXACT_INT_LIMIT) {
      out.append((long) v);
    } else {
      out.append(v);
    }
    return this;
  }

  public JsonWriter value(boolean v) {
    beforeValue();
    out.append(v);
    return this;
  }

  public JsonWriter nullValue() {
    beforeValue();
    out.append("null");
    return this;
  }

  /** Writes an already serialised JSON value verbatim (the caller guarantees it is valid JSON). */
  public JsonWriter rawValue(String json) {
    beforeValue();
    if (indent == null || json.indexOf('\n') < 0) {
      out.append(json);
    } else {
      out.append(json.replace("\n", "\n" + indent.repeat(depth)));
    }
    return this;
  }

  /**
   * Writes a number, string, boolean or null; the value types allowed in settings maps. Other types
   * throw {@link IllegalArgumentException} naming the type.
   */
  public JsonWriter scalar(Object v) {
    if (v == null) {
      return nullValue();
    } else if (v instanceof String) {
      return value((String) v);
    } else if (v instanceof Boolean) {
      return value(((Boolean) v).booleanValue());
    } else if (v instanceof Double || v instanceof Float) {
      return value(((Number) v).doubleValue());
    } else if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
      return value(((Number) v).longValue());
    }
    throw new IllegalArgumentException("not a JSON scalar (string, number, boolean, null): " + v.getClass().getName());
  }

  /** Writes an object whose members are the map's entries in iteration order, each value via {@link #scalar}. */
  public JsonWriter scalarObject(Map<String, ?> members) {
    beginObject();
    for (Map.Entry<String, ?> e : members.entrySet()) {
      name(e.getKey()).scalar(e.getValue());
    }
    return endObject();
  }

  /** True once exactly one complete top-level value has been written. */
  public boolean isComplete() {
    return depth == 0 && count[0] == 1;
  }

  private void beforeValue() {
    if (kind[depth] == OBJECT) {
      if (!nameWritten) {
        throw new IllegalStateException("a value inside an object needs name(...) first");
      }
      nameWritten = false;
    } else if (kind[depth] == ARRAY) {
      separator();
    } else if (count[0] > 0) {
      throw new IllegalStateException("a JSON document holds exactly one top-level value");
    } else {
      count[0] = 1;
    }
  }

  private void separator() {
    if (count[depth]++ > 0) {
      out.append(',');
    }
    newline(depth);
  }

  private void newline(int level) {
    if (indent != null) {
      out.append('\n');
      for (int i = 0; i < level; i++) {
        out.append(indent);
      }
    }
  }

  private void push(int k) {
    depth++;
    if (depth == kind.length) {
      kind = Arrays.copyOf(kind, depth * 2);
      count = Arrays.copyOf(count, depth * 2);
    }
    kind[depth] = k;
    count[depth] = 0;
  }

  private JsonWriter end(int k, char c) {
    if (kind[depth] != k || nameWritten) {
      throw new IllegalStateException("unbalanced " + c + (nameWritten ? " after a name without value" : ""));
    }
    boolean empty = count[depth] == 0;
    depth--;
    if (!empty) {
      newline(depth);
    }
    out.append(c);
    return this;
  }

  private void string(String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        case '\b': out.append("\\b"); break;
        case '\f': out.append("\\f"); break;
        default:
          if (ch < 0x20 || ch == '\u2028' || ch == '\u2029') {
            out.append(String.format("\\u%04x", (int) ch));
          } else {
            out.append(ch);
          }
      }
    }
    out.append('"');
  }
}
