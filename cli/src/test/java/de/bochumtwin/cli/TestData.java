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

  /**
   * Our configuration for MATSim equil with mode choice (car/pt by SubtourModeChoice, ChangeExpBeta,
   * ReRoute, innovation off after 80 %): {@code lastIteration} and the car's monetary distance rate
   * (EUR/m) are filled in; network and plans are equil's files in {@code equilDir}.
   */
  static String equilModeChoiceConfig(Path equilDir, String lastIteration, String carDistanceRate) {
    return """
        <?xml version="1.0" ?>
        <config>
          <module name="global"><param name="randomSeed" value="4711"/></module>
          <module name="network"><param name="inputNetworkFile" value="%s"/></module>
          <module name="plans"><param name="inputPlansFile" value="%s"/></module>
          <module name="controller"><param name="lastIteration" value="%s"/></module>
          <module name="scoring">
            <parameterset type="activityParams"><param name="activityType" value="h"/><param name="typicalDuration" value="12:00:00"/></parameterset>
            <parameterset type="activityParams"><param name="activityType" value="w"/><param name="typicalDuration" value="08:00:00"/>
              <param name="openingTime" value="07:00:00"/><param name="closingTime" value="18:00:00"/></parameterset>
            <parameterset type="modeParams"><param name="mode" value="car"/><param name="monetaryDistanceRate" value="%s"/></parameterset>
            <parameterset type="modeParams"><param name="mode" value="pt"/></parameterset>
          </module>
          <module name="subtourModeChoice"><param name="modes" value="car,pt"/><param name="chainBasedModes" value="car,bike"/></module>
          <module name="replanning">
            <param name="fractionOfIterationsToDisableInnovation" value="0.8"/>
            <parameterset type="strategysettings"><param name="strategyName" value="ChangeExpBeta"/><param name="weight" value="0.7"/></parameterset>
            <parameterset type="strategysettings"><param name="strategyName" value="SubtourModeChoice"/><param name="weight" value="0.2"/></parameterset>
            <parameterset type="strategysettings"><param name="strategyName" value="ReRoute"/><param name="weight" value="0.1"/></parameterset>
          </module>
        </config>
        """.formatted(equilDir.resolve("network.xml"), equilDir.resolve("plans100.xml"), lastIteration, carDistanceRate);
  }
}
