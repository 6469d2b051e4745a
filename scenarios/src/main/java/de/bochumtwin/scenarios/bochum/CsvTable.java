package de.bochumtwin.scenarios.bochum;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small comma-separated table read from a classpath resource of this package: a header line, then
 * rows; lines starting with {@code #} and blank lines are comments. Fields never contain commas or
 * quotes (the bundled files are written that way). Every accessor names the file, the line and the
 * column in its error message, so a broken edit of a data file points at itself.
 */
final class CsvTable {
  static final String RESOURCE_DIR = "/de/bochumtwin/scenarios/bochum/";

  private final String file;
  private final Map<String, Integer> columns = new HashMap<>();
  private final List<String[]> rows = new ArrayList<>();
  private final List<Integer> lineNumbers = new ArrayList<>();

  private CsvTable(String file) {
    this.file = file;
  }

  static CsvTable load(String name) {
    String path = RESOURCE_DIR + name;
    InputStream in = CsvTable.class.getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("bundled Bochum scenario file '" + path + "' is not on the classpath;"
          + " build the scenarios module so scenarios/bochum/ is packaged as resources");
    }
    CsvTable t = new CsvTable(name);
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int lineNo = 0;
      String[] header = null;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split(",", -1);
        if (header == null) {
          header = f;
          for (int i = 0; i < f.length; i++) {
            t.columns.put(f[i].trim(), i);
          }
          continue;
        }
        if (f.length != header.length) {
          throw new IllegalArgumentException(name + " line " + lineNo + ": " + f.length + " fields but the header has "
              + header.length + "; fields must not contain commas");
        }
        t.rows.add(f);
        t.lineNumbers.add(lineNo);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
    return t;
  }

  int rowCount() {
    return rows.size();
  }

  String file() {
    return file;
  }

  int line(int row) {
    return lineNumbers.get(row);
  }

  boolean hasColumn(String column) {
    return columns.containsKey(column);
  }

  String get(int row, String column) {
    Integer c = columns.get(column);
    if (c == null) {
      throw new IllegalArgumentException(file + ": column '" + column + "' is missing from the header");
    }
    return rows.get(row)[c].trim();
  }

  double getDouble(int row, String column) {
    String v = get(row, column);
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(file + " line " + line(row) + " column '" + column + "': '" + v
          + "' is not a number");
    }
  }

  /** The number, or {@code fallback} when the field is empty. */
  double getDoubleOr(int row, String column, double fallback) {
    return get(row, column).isEmpty() ? fallback : getDouble(row, column);
  }

  int getInt(int row, String column) {
    double v = getDouble(row, column);
    if (v != Math.rint(v)) {
      throw new IllegalArgumentException(file + " line " + line(row) + " column '" + column + "': " + v
          + " must be a whole number");
    }
    return (int) v;
  }

  IllegalArgumentException error(int row, String message) {
    return new IllegalArgumentException(file + " line " + line(row) + ": " + message);
  }
}
