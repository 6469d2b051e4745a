package de.bochumtwin.scenarios.ev;

import de.bochumtwin.scenarios.io.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A small reader for the ';'-separated CSV the Bundesnetzagentur publishes: optional UTF-8 byte order
 * mark, CRLF or LF line ends, fields in double quotes may contain ';', line breaks and doubled quotes
 * ({@code ""}). Each record remembers the 1-based line it starts on, for error messages.
 */
final class SemicolonCsv {
  /** One record: its fields and the line it starts on. */
  record Row(int line, List<String> fields) {
    String get(int i) {
      return i < fields.size() ? fields.get(i) : "";
    }
  }

  private SemicolonCsv() {}

  static List<Row> read(Path file) {
    String text;
    try {
      text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InputException(file, 0, "cannot read the file (" + e.getMessage() + "); check the path and permissions", e);
    }
    return parse(file, text);
  }

  static List<Row> parse(Path file, String text) {
    List<Row> rows = new ArrayList<>();
    int i = text.startsWith("\uFEFF") ? 1 : 0;
    int line = 1;
    int n = text.length();
    while (i < n) {
      int start = line;
      List<String> fields = new ArrayList<>();
      StringBuilder f = new StringBuilder();
      boolean quoted = false;
      boolean endOfRecord = false;
      while (i < n && !endOfRecord) {
        char c = text.charAt(i++);
        if (quoted) {
          if (c == '"') {
            if (i < n && text.charAt(i) == '"') {
              f.append('"');
              i++;
            } else {
              quoted = false;
            }
          } else {
            if (c == '\n') {
              line++;
            }
            f.append(c);
          }
        } else if (c == '"') {
          quoted = true;
        } else if (c == ';') {
          fields.add(f.toString());
          f.setLength(0);
        } else if (c == '\r') {
          continue;
        } else if (c == '\n') {
          line++;
          endOfRecord = true;
        } else {
          f.append(c);
        }
      }
      if (quoted) {
        throw new InputException(file, start, "a quoted field is never closed; add the closing '\"'");
      }
      fields.add(f.toString());
      if (!(fields.size() == 1 && fields.get(0).isEmpty())) {
        rows.add(new Row(start, fields));
      }
    }
    return rows;
  }
}
