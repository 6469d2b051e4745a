package de.bochumtwin.results.publish;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * What the publisher needs from a sweep folder, read from {@code plan.properties} and {@code members.csv}
 * as {@code twin sweep plan} writes them: the sweep's name, the swept parameters (names such as
 * {@code measures[0].limit_kmh} and their column names such as {@code measures_0_limit_kmh}), the number of
 * points and the members. Immutable.
 */
record SweepInfo(String name, List<String> parameters, List<String> columns, int points, List<Member> members) {
  static final String PLAN = "plan.properties";
  static final String MEMBERS_CSV = "members.csv";

  /** One member: its number, point, seed, run options and the point's parameter values (in column order). */
  record Member(int member, int point, long seed, int iterations, double sample, List<Double> values) {}

  SweepInfo {
    parameters = List.copyOf(parameters);
    columns = List.copyOf(columns);
    members = List.copyOf(members);
  }

  static SweepInfo read(Path dir) {
    Path plan = dir.resolve(PLAN);
    Path csv = dir.resolve(MEMBERS_CSV);
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(plan, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + plan + ": " + e.getMessage(), e);
    }
    List<String> names = split(p.getProperty("parameters", ""));
    List<String> cols = split(p.getProperty("columns", ""));
    List<Member> members = new ArrayList<>();
    List<String> lines;
    try {
      lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + csv + ": " + e.getMessage(), e);
    }
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split(",", -1);
      try {
        List<Double> vals = new ArrayList<>();
        for (int c = 0; c < cols.size(); c++) {
          vals.add(Double.parseDouble(f[5 + c]));
        }
        members.add(new Member(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Long.parseLong(f[2]), Integer.parseInt(f[3]),
            Double.parseDouble(f[4]), vals));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(csv + ":" + (i + 1) + ": not a member row (" + e.getMessage()
            + "); the sweep folder is damaged, plan it again with twin sweep plan", e);
      }
    }
    if (members.isEmpty() || cols.size() != names.size()) {
      throw new IllegalArgumentException(dir + ": " + PLAN + " and " + MEMBERS_CSV + " do not describe a sweep (no members,"
          + " or parameters and columns differ); plan it again with twin sweep plan");
    }
    String name = p.getProperty("name", dir.toAbsolutePath().normalize().getFileName().toString());
    int points = Integer.parseInt(p.getProperty("points", "0").trim());
    return new SweepInfo(name, names, cols, points, members);
  }

  /** Parameter values of a point, from its first member. */
  List<Double> values(int point) {
    for (Member m : members) {
      if (m.point() == point) {
        return m.values();
      }
    }
    return List.of();
  }

  private static List<String> split(String s) {
    return s.isBlank() ? List.of() : Arrays.asList(s.trim().split(" "));
  }
}
