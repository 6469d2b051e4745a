package de.bochumtwin.results.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * DuckDB (in-memory, via JDBC) as the independent reader of our Parquet files: its Parquet reader is a
 * separate C++ implementation, so agreement with the Java-side totals checks the files, not parquet-java.
 */
public final class Duck implements AutoCloseable {
  private final Connection c;

  public Duck() {
    try {
      c = DriverManager.getConnection("jdbc:duckdb:");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot start DuckDB", e);
    }
  }

  /** SQL string literal of a file path. */
  public static String lit(Path p) {
    return "'" + p.toAbsolutePath().toString().replace("'", "''") + "'";
  }

  /** All rows of a query; each row a list of column values as JDBC returns them. */
  public List<List<Object>> rows(String sql) {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      List<List<Object>> out = new ArrayList<>();
      while (rs.next()) {
        List<Object> row = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
          row.add(rs.getObject(i));
        }
        out.add(row);
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("DuckDB query failed: " + sql + "\n" + e.getMessage(), e);
    }
  }

  /** The single row of a query that returns exactly one row. */
  public List<Object> row(String sql) {
    List<List<Object>> r = rows(sql);
    if (r.size() != 1) {
      throw new IllegalStateException("expected one row from " + sql + ", got " + r.size());
    }
    return r.get(0);
  }

  /** The single value of a one-row, one-column query. */
  public Object value(String sql) {
    return row(sql).get(0);
  }

  /** {@code column name -> DuckDB type} of a Parquet file, in column order, as "name type" strings. */
  public List<String> describe(Path parquet) {
    List<String> out = new ArrayList<>();
    for (List<Object> r : rows("DESCRIBE SELECT * FROM read_parquet(" + lit(parquet) + ")")) {
      out.add(r.get(0) + " " + r.get(1));
    }
    return out;
  }

  @Override
  public void close() throws SQLException {
    c.close();
  }
}
