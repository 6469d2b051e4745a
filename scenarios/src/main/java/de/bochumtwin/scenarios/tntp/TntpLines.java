package de.bochumtwin.scenarios.tntp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Line-level helpers shared by the TNTP readers: metadata header, comments, number parsing. */
final class TntpLines {
  private TntpLines() {
  }

  static BufferedReader open(Path file) {
    try {
      // TNTP files are ASCII; ISO-8859-1 decodes any byte, so odd characters never abort the read
      return Files.newBufferedReader(file, StandardCharsets.ISO_8859_1);
    } catch (NoSuchFileException e) {
      throw new TntpFormatException(file, 0, "file not found; check the path");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** True for blank lines and {@code ~} comments. */
  static boolean isSkippable(String trimmed) {
    return trimmed.isEmpty() || trimmed.charAt(0) == '~';
  }

  /**
   * Reads the metadata header up to {@code <END OF METADATA>}; keys are upper-cased without the
   * angle brackets. Returns the line number of the end marker.
   */
  static int readMetadata(BufferedReader in, Path file, Map<String, String> out) throws IOException {
    int lineNo = 0;
    String line;
    while ((line = in.readLine()) != null) {
      lineNo++;
      String t = line.trim();
      if (isSkippable(t)) {
        continue;
      }
      if (t.charAt(0) != '<') {
        throw new TntpFormatException(file, lineNo, "expected a metadata line '<KEY> value' or '<END OF METADATA>', got '"
            + abbreviate(t) + "'; TNTP files start with a metadata header");
      }
      int close = t.indexOf('>');
      if (close < 0) {
        throw new TntpFormatException(file, lineNo, "metadata key without closing '>': '" + abbreviate(t) + "'");
      }
      String key = t.substring(1, close).trim().toUpperCase(Locale.ROOT);
      if (key.equals("END OF METADATA")) {
        return lineNo;
      }
      out.put(key, t.substring(close + 1).trim());
    }
    throw new TntpFormatException(file, lineNo, "no '<END OF METADATA>' line; the file is truncated or not TNTP");
  }

  static Map<String, String> newMetadata() {
    return new HashMap<>();
  }

  /** Integer metadata value, or {@code fallback} when the key is absent. */
  static int intMeta(Map<String, String> meta, String key, int fallback, Path file) {
    String v = meta.get(key);
    if (v == null) {
      return fallback;
    }
    return (int) parseId(firstToken(v), file, 0, "<" + key + ">");
  }

  static double doubleMeta(Map<String, String> meta, String key, double fallback, Path file) {
    String v = meta.get(key);
    if (v == null || v.isEmpty()) {
      return fallback;
    }
    return parseNumber(firstToken(v), file, 0, "<" + key + ">");
  }

  /** Removes a trailing {@code ;} (and anything after it) and splits on whitespace. */
  static String[] fields(String trimmed) {
    int semi = trimmed.indexOf(';');
    String s = semi >= 0 ? trimmed.substring(0, semi) : trimmed;
    s = s.trim();
    return s.isEmpty() ? new String[0] : s.split("\\s+");
  }

  static double parseNumber(String s, Path file, int line, String what) {
    try {
      double v = Double.parseDouble(s);
      if (!Double.isFinite(v)) {
        throw new NumberFormatException();
      }
      return v;
    } catch (NumberFormatException e) {
      throw new TntpFormatException(file, line, what + " must be a finite number, got '" + abbreviate(s) + "'");
    }
  }

  /** A positive integer id; {@code 12.0} is accepted as 12. */
  static long parseId(String s, Path file, int line, String what) {
    double v = parseNumber(s, file, line, what);
    if (v != Math.rint(v) || v < 0 || v > Integer.MAX_VALUE) {
      throw new TntpFormatException(file, line, what + " must be a non-negative integer, got '" + abbreviate(s) + "'");
    }
    return (long) v;
  }

  private static String firstToken(String v) {
    String[] f = v.trim().split("\\s+");
    return f.length == 0 ? "" : f[0];
  }

  static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }
}
