package de.bochumtwin.cli.sweep;

import de.bochumtwin.scenarios.io.InputException;
import de.bochumtwin.scenarios.whatif.ScenarioFile;
import de.bochumtwin.scenarios.whatif.ScenarioFileReader;
import de.bochumtwin.scenarios.whatif.ScenarioProblem;
import de.bochumtwin.scenarios.whatif.Where;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a sweep file (YAML, docs/sweeps.md) from SnakeYAML's node tree, so every problem keeps its line
 * and column; all form problems are collected in one pass. The base and measures are checked with the
 * what-if {@link ScenarioFileReader}; points are checked later by {@link SweepPlanner}.
 */
final class SweepFileReader {
  private static final Set<String> ROOT = Set.of("name", "scenario", "base", "measures", "parameters", "seeds", "run",
      "resources");
  private static final Pattern TIME = Pattern.compile("(\\d{1,3}-)?\\d{1,2}:\\d{2}:\\d{2}|\\d{1,6}");

  private SweepFileReader() {}

  /** The parsed file and the problems found (the file is null when it is not usable at all). */
  record Parsed(SweepFile file, Map<String, Node> parameterNodes, Node measuresNode, List<ScenarioProblem> problems) {}

  static Parsed read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InputException(file, 0, "cannot read the sweep file (" + e.getMessage() + "); check the path", e);
    }
    return parse(file, text);
  }

  @SuppressWarnings("unchecked")
  static Parsed parse(Path file, String text) {
    SweepNodes y = new SweepNodes();
    Node root;
    Object objects;
    try {
      root = new Yaml(new LoaderOptions()).compose(new StringReader(text));
      objects = new Yaml(new LoaderOptions()).load(text);
    } catch (MarkedYAMLException e) {
      Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      Where w = m == null ? new Where(1, 1) : new Where(m.getLine() + 1, m.getColumn() + 1);
      return new Parsed(null, Map.of(), null, List.of(new ScenarioProblem(w, "not valid YAML: " + e.getProblem())));
    }
    if (root == null) {
      return new Parsed(null, Map.of(), null, List.of(new ScenarioProblem(new Where(1, 1),
          "the file is empty; write at least 'base: bochum-default', 'measures: []' and 'seeds: 2'")));
    }
    Map<String, Node> top = y.mapping(root, "sweep file", ROOT);
    if (top == null) {
      return new Parsed(null, Map.of(), null, y.problems);
    }
    Map<String, Object> topObjects = (Map<String, Object>) objects;
    Path dir = file.toAbsolutePath().getParent();
    String name = top.containsKey("name") ? y.string(top.get("name"), "name") : null;
    if (name == null) {
      String f = file.getFileName().toString();
      name = f.contains(".") ? f.substring(0, f.lastIndexOf('.')) : f;
    }
    // base and measures: inline, or from a what-if scenario file
    Object base = null;
    List<Map<String, Object>> measures = new ArrayList<>();
    Node measuresNode = top.get("measures");
    if (top.containsKey("scenario")) {
      if (top.containsKey("base") || top.containsKey("measures")) {
        y.problem(top.get("scenario"), "give either 'scenario: FILE.yaml' or 'base' and 'measures', not both");
      }
      String s = y.string(top.get("scenario"), "scenario");
      if (s != null) {
        Path sf = dir.resolve(s);
        if (!Files.isRegularFile(sf)) {
          y.problem(top.get("scenario"), "scenario file " + sf + " not found; paths are relative to the sweep file's folder");
        } else {
          try {
            String st = Files.readString(sf, StandardCharsets.UTF_8);
            ScenarioFile checked = ScenarioFileReader.parseLenient(sf, st);
            for (ScenarioProblem p : checked.problems()) {
              y.problem(top.get("scenario"), "in " + sf.getFileName() + ":" + p.where() + ": " + p.message());
            }
            Map<String, Object> so = (Map<String, Object>) new Yaml(new LoaderOptions()).load(st);
            base = resolveBase(so.get("base"), sf.toAbsolutePath().getParent());
            measures = measureList(so.get("measures"));
            measuresNode = top.get("scenario");
          } catch (IOException | RuntimeException e) {
            y.problem(top.get("scenario"), "cannot read scenario file " + sf + ": " + e.getMessage());
          }
        }
      }
    } else {
      if (!top.containsKey("measures")) {
        y.problem(root, "the sweep has no 'measures' list (or 'scenario: FILE.yaml'); add 'measures: []' for runs of the base");
      }
      Map<String, Object> scenario = new LinkedHashMap<>();
      scenario.put("base", topObjects.getOrDefault("base", "bochum-default"));
      scenario.put("measures", topObjects.get("measures") == null ? List.of() : topObjects.get("measures"));
      // the what-if reader checks the inline base and measures; its line numbers are those of this file
      ScenarioFile checked = ScenarioFileReader.parseLenient(file, filterText(text, top));
      for (ScenarioProblem p : checked.problems()) {
        y.problems.add(p);
      }
      base = resolveBase(scenario.get("base"), dir);
      measures = measureList(scenario.get("measures"));
    }
    List<Parameter> params = new ArrayList<>();
    Map<String, Node> paramNodes = new LinkedHashMap<>();
    Map<String, List<Double>> grid = new LinkedHashMap<>();
    Map<String, double[]> ranges = new LinkedHashMap<>();
    int draws = 0;
    long lhsSeed = 1;
    if (top.containsKey("parameters")) {
      Map<String, Node> pm = y.mapping(top.get("parameters"), "parameters", Set.of("grid", "lhs"));
      if (pm != null && pm.containsKey("grid")) {
        Map<String, Node> g = y.mapping(pm.get("grid"), "parameters.grid", null);
        Map<String, Node> keys = SweepNodes.keyNodes(pm.get("grid"));
        if (g != null) {
          for (Map.Entry<String, Node> e : g.entrySet()) {
            Parameter p = parameter(y, e.getKey(), keys.get(e.getKey()), measures, params);
            List<Double> v = y.numbers(e.getValue(), "grid values of " + e.getKey());
            if (p != null && v != null) {
              params.add(p);
              paramNodes.put(p.name(), keys.get(e.getKey()));
              grid.put(p.name(), v.stream().map(p::normalize).toList());
            }
          }
        }
      }
      if (pm != null && pm.containsKey("lhs")) {
        Map<String, Node> l = y.mapping(pm.get("lhs"), "parameters.lhs", Set.of("draws", "seed", "ranges"));
        if (l != null) {
          if (!l.containsKey("draws") || !l.containsKey("ranges")) {
            y.problem(pm.get("lhs"), "parameters.lhs needs 'draws: N' and 'ranges: {name: [min, max]}'");
          }
          Integer d = l.containsKey("draws") ? y.integer(l.get("draws"), "lhs draws", 1, 10_000) : null;
          draws = d == null ? 0 : d;
          if (l.containsKey("seed")) {
            Double s = y.number(l.get("seed"), "lhs seed", -9.0e15, 9.0e15);
            lhsSeed = s == null ? 1 : s.longValue();
          }
          Map<String, Node> r = l.containsKey("ranges") ? y.mapping(l.get("ranges"), "parameters.lhs.ranges", null) : null;
          Map<String, Node> keys = l.containsKey("ranges") ? SweepNodes.keyNodes(l.get("ranges")) : Map.of();
          if (r != null) {
            for (Map.Entry<String, Node> e : r.entrySet()) {
              Parameter p = parameter(y, e.getKey(), keys.get(e.getKey()), measures, params);
              List<Double> v = y.numbers(e.getValue(), "range of " + e.getKey());
              if (v != null && (v.size() != 2 || !(v.get(0) < v.get(1)))) {
                y.problem(e.getValue(), "range of " + e.getKey() + " must be [min, max] with min < max");
              } else if (p != null && v != null) {
                params.add(p);
                paramNodes.put(p.name(), keys.get(e.getKey()));
                ranges.put(p.name(), new double[] {v.get(0), v.get(1)});
              }
            }
          }
        }
      }
    }
    List<Long> seeds = seeds(y, top.get("seeds"));
    int iterations = 1;
    double sample = 1.0;
    boolean emissions = false;
    if (top.containsKey("run")) {
      Map<String, Node> r = y.mapping(top.get("run"), "run", Set.of("iterations", "sample", "emissions"));
      if (r != null) {
        if (r.containsKey("emissions")) {
          String e = y.string(r.get("emissions"), "run emissions");
          if (e != null && !e.equals("true") && !e.equals("false")) {
            y.problem(r.get("emissions"), "run emissions must be true or false, got '" + e + "'");
          }
          emissions = "true".equals(e);
        }
        Integer it = r.containsKey("iterations") ? y.integer(r.get("iterations"), "run iterations", 1, 100_000) : null;
        iterations = it == null ? 1 : it;
        Double s = r.containsKey("sample") ? y.number(r.get("sample"), "run sample", 1e-6, 1) : null;
        sample = s == null ? 1.0 : s;
      }
    }
    SweepFile.Resources res = resources(y, top.get("resources"));
    SweepFile sf = new SweepFile(file, name, base, measures, params, grid, draws, lhsSeed, ranges, seeds, iterations, sample, res, emissions);
    return new Parsed(sf, paramNodes, measuresNode == null ? root : measuresNode, y.problems);
  }

  /** The text with every top-level entry except base and measures blanked out (same lines and columns). */
  private static String filterText(String text, Map<String, Node> top) {
    String[] lines = text.split("\n", -1);
    for (Map.Entry<String, Node> e : top.entrySet()) {
      if (e.getKey().equals("base") || e.getKey().equals("measures")) {
        continue;
      }
      Node v = e.getValue();
      int from = v.getStartMark().getLine();
      int to = v.getEndMark().getLine();
      // the key's line too: the entry starts on the line of its key
      for (int i = Math.max(0, keyLine(lines, e.getKey(), from)); i <= Math.min(to, lines.length - 1); i++) {
        if (i == to && v.getEndMark().getColumn() == 0 && i > from) {
          break;
        }
        lines[i] = "";
      }
    }
    return String.join("\n", lines);
  }

  private static int keyLine(String[] lines, String key, int valueLine) {
    for (int i = valueLine; i >= 0; i--) {
      if (lines[i].startsWith(key + ":")) {
        return i;
      }
    }
    return valueLine;
  }

  private static Parameter parameter(SweepNodes y, String name, Node at, List<Map<String, Object>> measures,
      List<Parameter> known) {
    Parameter p = Parameter.parse(name, SweepNodes.where(at));
    if (p == null) {
      y.problem(at, "unknown parameter '" + name + "'; use iterations, sample or measures[i].FIELD (a number field of measure i)");
      return null;
    }
    for (Parameter k : known) {
      if (k.name().equals(name)) {
        y.problem(at, "parameter '" + name + "' is swept twice (grid and lhs); keep one");
        return null;
      }
    }
    if (p.kind() == Parameter.Kind.MEASURE_FIELD) {
      if (p.measureIndex() >= measures.size()) {
        y.problem(at, "parameter '" + name + "': there are " + measures.size() + " measures (indices from 0)");
        return null;
      }
      if (!measures.get(p.measureIndex()).containsKey(p.field())) {
        y.problem(at, "parameter '" + name + "': measure " + p.measureIndex() + " has no field '" + p.field()
            + "'; give it a base value there (fields: " + String.join(", ", measures.get(p.measureIndex()).keySet()) + ")");
        return null;
      }
    }
    return p;
  }

  private static List<Long> seeds(SweepNodes y, Node n) {
    if (n == null) {
      return List.of(4711L);
    }
    if (n instanceof ScalarNode) {
      Integer k = y.integer(n, "seeds", 1, 10_000);
      List<Long> out = new ArrayList<>();
      for (long s = 1; k != null && s <= k; s++) {
        out.add(s);
      }
      return out.isEmpty() ? List.of(4711L) : out;
    }
    if (n instanceof SequenceNode) {
      List<Double> v = y.numbers(n, "seeds");
      if (v == null) {
        return List.of(4711L);
      }
      List<Long> out = new ArrayList<>();
      for (int i = 0; i < v.size(); i++) {
        long s = v.get(i).longValue();
        if (v.get(i) != s) {
          y.problem(((SequenceNode) n).getValue().get(i), "seeds must be whole numbers");
        } else if (out.contains(s)) {
          y.problem(((SequenceNode) n).getValue().get(i), "seed " + s + " is listed twice");
        } else {
          out.add(s);
        }
      }
      return out;
    }
    y.problem(n, "seeds must be a count (seeds 1..N) or a list of seeds, got " + SweepNodes.kind(n));
    return List.of(4711L);
  }

  private static SweepFile.Resources resources(SweepNodes y, Node n) {
    int cpus = 1;
    double mem = 2;
    String time = "01:00:00";
    String partition = null;
    if (n != null) {
      Map<String, Node> r = y.mapping(n, "resources", Set.of("cpus", "mem_gb", "time", "partition"));
      if (r != null) {
        Integer c = r.containsKey("cpus") ? y.integer(r.get("cpus"), "resources cpus", 1, 1024) : null;
        cpus = c == null ? cpus : c;
        Double m = r.containsKey("mem_gb") ? y.number(r.get("mem_gb"), "resources mem_gb", 0.25, 4096) : null;
        mem = m == null ? mem : m;
        if (r.containsKey("time")) {
          String t = y.string(r.get("time"), "resources time");
          if (t != null && !TIME.matcher(t).matches()) {
            y.problem(r.get("time"), "resources time must be minutes or [D-]HH:MM:SS as sbatch --time takes it, got '" + t + "'");
          } else if (t != null) {
            time = t;
          }
        }
        if (r.containsKey("partition")) {
          String p = y.string(r.get("partition"), "resources partition");
          if (p != null && !p.matches("[A-Za-z0-9_.-]+")) {
            y.problem(r.get("partition"), "resources partition must be a SLURM partition name, got '" + p + "'");
          } else {
            partition = p;
          }
        }
      }
    }
    return new SweepFile.Resources(cpus, mem, time, partition);
  }

  @SuppressWarnings("unchecked")
  private static Object resolveBase(Object base, Path dir) {
    if (base instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<String, Object> e : ((Map<String, Object>) m).entrySet()) {
        out.put(e.getKey(), e.getValue() == null ? null : dir.resolve(e.getValue().toString()).toAbsolutePath().normalize().toString());
      }
      return out;
    }
    return base == null ? "bochum-default" : base;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> measureList(Object measures) {
    List<Map<String, Object>> out = new ArrayList<>();
    if (measures instanceof List<?> l) {
      for (Object o : l) {
        if (o instanceof Map<?, ?> m) {
          out.add((Map<String, Object>) m);
        } else {
          out.add(Map.of());
        }
      }
    }
    return out;
  }
}
