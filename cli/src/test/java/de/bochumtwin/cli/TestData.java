package de.bochumtwin.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Locates ../shared/data (skipping with a clear message when absent) and queries Parquet with DuckDB. */
final class TestData {
  private TestData() {}

  static Path shared(String relative) {
    Path base = Path.of(System.getProperty("twin.shared.data", "../shared/data"));
    Path p = base.resolve(relative);
    assumeTrue(Files.exists(p), "shared data not found at " + p.toAbsolutePath() + ": skipping");
    return p;
  }

  static Path equil(String file) {
    return shared("matsim-examples/equil/" + file);
  }

  /** Runs a query with DuckDB (independent Parquet reader) and returns the rows as strings. */
  static List<List<String>> duck(String sql) {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      List<List<String>> rows = new ArrayList<>();
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          row.add(rs.getString(i));
        }
        rows.add(row);
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  static String one(String sql) {
    return duck(sql).get(0).get(0);
  }

  static int run(String... args) {
    return TwinCommand.execute(args);
  }
}
