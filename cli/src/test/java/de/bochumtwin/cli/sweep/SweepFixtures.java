package de.bochumtwin.cli.sweep;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The tiny sweep used by the sweep tests, the equil inputs, and DuckDB queries. */
final class SweepFixtures {
  private SweepFixtures() {}

  static Path equil(String file) {
    Path p = Path.of(System.getProperty("twin.shared.data", "../shared/data")).resolve("matsim-examples/equil/" + file);
    assumeTrue(Files.exists(p), "shared data not found at " + p.toAbsolutePath() + ": skipping");
    return p;
  }

  /**
   * MATSim equil (100 persons), a speed limit on every link swept over 30 and 80 km/h, two seeds: four
   * members. Half the persons are simulated (sample 0.5) so the seed changes who travels.
   */
  static Path tinySweep(Path dir, int cpus, double memGb) throws IOException {
    Path f = dir.resolve("equil-sweep.yaml");
    Files.writeString(f, """
        name: equil-speed
        base:
          network: %s
          plans: %s
        measures:
          - type: speed_limit
            area: {wkt: "POLYGON ((-30000 -10000, 10000 -10000, 10000 10000, -30000 10000, -30000 -10000))"}
            limit_kmh: 50
        parameters:
          grid:
            measures[0].limit_kmh: [30, 80]
        seeds: 2
        run: {iterations: 1, sample: 0.5}
        resources: {cpus: %d, mem_gb: %s, time: "00:10:00"}
        """.formatted(equil("network.xml").toAbsolutePath(), equil("plans100.xml").toAbsolutePath(), cpus, memGb));
    return f;
  }

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

  static String lit(Path p) {
    return "'" + p.toAbsolutePath().toString().replace("'", "''") + "'";
  }
}
