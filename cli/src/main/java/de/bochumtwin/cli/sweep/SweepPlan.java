package de.bochumtwin.cli.sweep;

import de.bochumtwin.results.parquet.ColumnBindings;
import de.bochumtwin.results.parquet.ParquetTableWriter;
import de.bochumtwin.results.run.AtomicOutputDir;
import de.bochumtwin.results.sweep.SweepMember;
import de.bochumtwin.results.sweep.SweepTables;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * An expanded sweep: its numbered members with resolved settings, as written to and read back from the
 * sweep folder ({@code plan.properties}, {@code members.csv}, {@code members.parquet},
 * {@code scenarios/point-<p>.yaml}). Member n belongs to point n / seeds and runs seed n % seeds.
 * Immutable.
 */
final class SweepPlan {
  /** One member run. {@code parameters} follow {@link #columns}. */
  record Member(int member, int point, long seed, int iterations, double sample, List<Double> parameters) {
    SweepMember forCollect() {
      return new SweepMember(member, point, seed, parameters);
    }
  }

  static final String PROPERTIES = "plan.properties";
  static final String MEMBERS_CSV = "members.csv";

  final String name;
  final List<String> parameterNames;
  final List<String> columns;
  final SweepFile.Resources resources;
  final List<Member> members;
  final int points;
  /** Extra {@code twin run} options of every member, e.g. {@code --emissions}. */
  final List<String> runOptions;

  SweepPlan(String name, List<String> parameterNames, List<String> columns, SweepFile.Resources resources,
      List<Member> members, int points, List<String> runOptions) {
    this.name = name;
    this.parameterNames = List.copyOf(parameterNames);
    this.columns = List.copyOf(columns);
    this.resources = resources;
    this.members = List.copyOf(members);
    this.points = points;
    this.runOptions = List.copyOf(runOptions);
  }

  static Path scenarioFile(Path dir, int point) {
    return dir.resolve("scenarios").resolve("point-" + point + ".yaml");
  }

  static Path runDir(Path dir, int member) {
    return dir.resolve("runs").resolve(SweepMember.folderName(member));
  }

  static Path logFile(Path dir, int member) {
    return dir.resolve("logs").resolve("member-" + member + ".out");
  }

  Member member(int n) {
    if (n < 0 || n >= members.size()) {
      throw new IllegalArgumentException("member " + n + " is not in the plan (members 0.." + (members.size() - 1) + ")");
    }
    return members.get(n);
  }

  /** The {@code twin run} arguments of a member; its outputs go to {@code runs/member=<n>}. */
  List<String> runArgs(Path dir, Member m) {
    List<String> args = new ArrayList<>(List.of("run", "--scenario", scenarioFile(dir, m.point()).toAbsolutePath().toString(),
        "--seed", Long.toString(m.seed()), "--iterations", Integer.toString(m.iterations()),
        "--sample", num(m.sample()), "--threads", Integer.toString(resources.cpus()), "--checkpoint-interval", "0",
        "--out", runDir(dir, m.member()).toAbsolutePath().toString()));
    args.addAll(runOptions);
    return List.copyOf(args);
  }

  /** Writes the plan folder {@code dir} (must not exist or be empty) atomically. */
  void write(Path dir, Path source, Map<Integer, String> scenarioYaml) {
    try (AtomicOutputDir out = AtomicOutputDir.create(dir)) {
      Path tmp = out.path();
      Files.copy(source, tmp.resolve("sweep.yaml"));
      Files.createDirectories(tmp.resolve("scenarios"));
      for (Map.Entry<Integer, String> e : scenarioYaml.entrySet()) {
        Files.writeString(scenarioFile(tmp, e.getKey()), e.getValue(), StandardCharsets.UTF_8);
      }
      Properties p = new Properties();
      p.setProperty("name", name);
      p.setProperty("source", source.toAbsolutePath().toString());
      p.setProperty("parameters", String.join(" ", parameterNames));
      p.setProperty("columns", String.join(" ", columns));
      p.setProperty("points", Integer.toString(points));
      p.setProperty("members", Integer.toString(members.size()));
      p.setProperty("run_options", String.join(" ", runOptions));
      p.setProperty("cpus", Integer.toString(resources.cpus()));
      p.setProperty("mem_gb", num(resources.mem_gb()));
      p.setProperty("time", resources.time());
      if (resources.partition() != null) {
        p.setProperty("partition", resources.partition());
      }
      try (Writer w = Files.newBufferedWriter(tmp.resolve(PROPERTIES), StandardCharsets.UTF_8)) {
        p.store(w, "twin sweep plan (written by twin sweep plan; do not edit, plan again instead)");
      }
      StringBuilder csv = new StringBuilder("member,point,seed,iterations,sample");
      for (String c : columns) {
        csv.append(',').append(c);
      }
      csv.append(",scenario\n");
      for (Member m : members) {
        csv.append(m.member()).append(',').append(m.point()).append(',').append(m.seed()).append(',')
            .append(m.iterations()).append(',').append(num(m.sample()));
        for (double v : m.parameters()) {
          csv.append(',').append(num(v));
        }
        csv.append(",scenarios/point-").append(m.point()).append(".yaml\n");
      }
      Files.writeString(tmp.resolve(MEMBERS_CSV), csv, StandardCharsets.UTF_8);
      writeParquet(tmp.resolve("members.parquet"));
      out.commit();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the sweep plan to " + dir + ": " + e.getMessage(), e);
    }
  }

  private void writeParquet(Path file) {
    ColumnBindings.Builder b = ColumnBindings.of(SweepTables.members(columns, parameterNames))
        .int32Column("member", r -> members.get(r).member())
        .int32Column("point", r -> members.get(r).point())
        .int64Column("seed", r -> members.get(r).seed())
        .int32Column("iterations", r -> members.get(r).iterations())
        .doubleColumn("sample", r -> members.get(r).sample());
    for (int i = 0; i < columns.size(); i++) {
      int col = i;
      b.doubleColumn(columns.get(i), r -> members.get(r).parameters().get(col));
    }
    ParquetTableWriter.write(file, b.build(), members.size(), Map.of());
  }

  /** Reads a plan folder written by {@link #write}. */
  static SweepPlan read(Path dir) {
    Path props = dir.resolve(PROPERTIES);
    if (!Files.isRegularFile(props)) {
      throw new IllegalArgumentException(dir + " is not a sweep folder (no " + PROPERTIES + "); create one with twin sweep plan FILE --out " + dir);
    }
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(props, StandardCharsets.UTF_8)) {
      p.load(r);
      List<String> names = split(p.getProperty("parameters", ""));
      List<String> cols = split(p.getProperty("columns", ""));
      SweepFile.Resources res = new SweepFile.Resources(Integer.parseInt(p.getProperty("cpus")),
          Double.parseDouble(p.getProperty("mem_gb")), p.getProperty("time"), p.getProperty("partition"));
      List<Member> members = new ArrayList<>();
      List<String> lines = Files.readAllLines(dir.resolve(MEMBERS_CSV), StandardCharsets.UTF_8);
      for (String line : lines.subList(1, lines.size())) {
        if (line.isBlank()) {
          continue;
        }
        String[] f = line.split(",", -1);
        List<Double> vals = new ArrayList<>();
        for (int i = 0; i < cols.size(); i++) {
          vals.add(Double.parseDouble(f[5 + i]));
        }
        members.add(new Member(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Long.parseLong(f[2]),
            Integer.parseInt(f[3]), Double.parseDouble(f[4]), vals));
      }
      return new SweepPlan(p.getProperty("name"), names, cols, res, members, Integer.parseInt(p.getProperty("points")),
          split(p.getProperty("run_options", "")));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the sweep plan in " + dir + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(dir + ": the sweep plan is damaged (" + e.getMessage() + "); plan the sweep again", e);
    }
  }

  private static List<String> split(String s) {
    return s.isBlank() ? List.of() : Arrays.asList(s.trim().split(" "));
  }

  /** Shortest readable decimal form: 30 for 30.0, 0.5 for 0.5. */
  static String num(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return String.format(Locale.ROOT, "%s", v);
  }
}
