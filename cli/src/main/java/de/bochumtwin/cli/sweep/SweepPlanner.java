package de.bochumtwin.cli.sweep;

import de.bochumtwin.scenarios.whatif.ScenarioFileException;
import de.bochumtwin.scenarios.whatif.ScenarioFileReader;
import de.bochumtwin.scenarios.whatif.ScenarioProblem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Node;

/**
 * {@code twin sweep plan}: expands a sweep file into points (the grid's cartesian product, the first
 * parameter varying slowest, each grid point crossed with every Latin hypercube draw) and members (every
 * point times every seed), writes one what-if scenario file per point and checks each with the what-if
 * reader. Every problem of the file and of its points is reported at once, with line and column.
 */
public final class SweepPlanner {
  private SweepPlanner() {}

  /** What was planned. */
  public record Summary(String name, int points, int members, List<String> parameters) {}

  /** Reads {@code sweepFile}, expands it and writes the plan folder {@code outDir}. */
  public static Summary plan(Path sweepFile, Path outDir) {
    SweepFileReader.Parsed parsed = SweepFileReader.read(sweepFile);
    List<ScenarioProblem> problems = new ArrayList<>(parsed.problems());
    if (parsed.file() == null) {
      throw new ScenarioFileException(sweepFile, problems);
    }
    SweepFile f = parsed.file();
    List<Map<String, Double>> points = points(f);
    Map<Integer, String> yaml = new LinkedHashMap<>();
    Set<String> baseMessages = new HashSet<>();
    for (ScenarioProblem p : ScenarioFileReader.parseLenient(sweepFile, scenarioYaml(f, Map.of(), f.name())).problems()) {
      baseMessages.add(p.message());
    }
    Set<String> reported = new HashSet<>();
    List<SweepPlan.Member> members = new ArrayList<>();
    for (int p = 0; p < points.size(); p++) {
      Map<String, Double> values = points.get(p);
      String text = scenarioYaml(f, values, f.name() + "-point-" + p);
      yaml.put(p, text);
      for (ScenarioProblem sp : ScenarioFileReader.parseLenient(sweepFile, text).problems()) {
        if (!baseMessages.contains(sp.message()) && reported.add(sp.message())) {
          Node at = measureParameterNode(parsed);
          problems.add(new ScenarioProblem(at != null ? SweepNodes.where(at) : SweepNodes.where(parsed.measuresNode()),
              "point " + p + " " + values + ": " + sp.message()));
        }
      }
      int iterations = values.containsKey("iterations") ? values.get("iterations").intValue() : f.iterations();
      double sample = values.getOrDefault("sample", f.sample());
      check(parsed, problems, reported, "iterations", iterations >= 1, "iterations must be >= 1, got " + iterations);
      check(parsed, problems, reported, "sample", sample > 0 && sample <= 1, "sample must be in (0, 1], got " + sample);
      for (long seed : f.seeds()) {
        List<Double> params = new ArrayList<>();
        for (Parameter par : f.parameters()) {
          params.add(values.get(par.name()));
        }
        members.add(new SweepPlan.Member(members.size(), p, seed, iterations, sample, params));
      }
    }
    if (!problems.isEmpty()) {
      throw new ScenarioFileException(sweepFile, problems);
    }
    List<String> names = f.parameters().stream().map(Parameter::name).toList();
    List<String> cols = f.parameters().stream().map(Parameter::column).toList();
    SweepPlan plan = new SweepPlan(f.name(), names, cols, f.resources(), members, points.size(),
        f.emissions() ? List.of("--emissions") : List.of());
    plan.write(outDir, sweepFile, yaml);
    return new Summary(f.name(), points.size(), members.size(), names);
  }

  private static void check(SweepFileReader.Parsed parsed, List<ScenarioProblem> problems, Set<String> reported,
      String param, boolean ok, String message) {
    Node at = parsed.parameterNodes().get(param);
    if (!ok && at != null && reported.add(message)) {
      problems.add(new ScenarioProblem(SweepNodes.where(at), message));
    }
  }

  private static Node measureParameterNode(SweepFileReader.Parsed parsed) {
    for (Map.Entry<String, Node> e : parsed.parameterNodes().entrySet()) {
      if (e.getKey().startsWith("measures[")) {
        return e.getValue();
      }
    }
    return null;
  }

  /** Parameter values per point, in point order. */
  static List<Map<String, Double>> points(SweepFile f) {
    List<Map<String, Double>> gridPoints = new ArrayList<>();
    gridPoints.add(new LinkedHashMap<>());
    for (Map.Entry<String, List<Double>> e : f.grid().entrySet()) {
      List<Map<String, Double>> next = new ArrayList<>();
      for (Map<String, Double> g : gridPoints) {
        for (double v : e.getValue()) {
          Map<String, Double> m = new LinkedHashMap<>(g);
          m.put(e.getKey(), v);
          next.add(m);
        }
      }
      gridPoints = next;
    }
    if (f.lhsDraws() == 0 || f.lhsRanges().isEmpty()) {
      return gridPoints;
    }
    List<String> names = new ArrayList<>(f.lhsRanges().keySet());
    double[] min = new double[names.size()];
    double[] max = new double[names.size()];
    for (int j = 0; j < names.size(); j++) {
      min[j] = f.lhsRanges().get(names.get(j))[0];
      max[j] = f.lhsRanges().get(names.get(j))[1];
    }
    double[][] draws = LatinHypercube.draw(f.lhsDraws(), min, max, new SplittableRandom(f.lhsSeed()));
    List<Map<String, Double>> out = new ArrayList<>();
    for (Map<String, Double> g : gridPoints) {
      for (double[] d : draws) {
        Map<String, Double> m = new LinkedHashMap<>(g);
        for (int j = 0; j < names.size(); j++) {
          Parameter par = parameter(f, names.get(j));
          m.put(names.get(j), par.normalize(d[j]));
        }
        out.add(m);
      }
    }
    return out;
  }

  private static Parameter parameter(SweepFile f, String name) {
    for (Parameter p : f.parameters()) {
      if (p.name().equals(name)) {
        return p;
      }
    }
    throw new IllegalStateException("unknown parameter " + name);
  }

  /** The what-if scenario file of one point: the base, and the measures with the point's values set. */
  static String scenarioYaml(SweepFile f, Map<String, Double> values, String name) {
    List<Map<String, Object>> measures = new ArrayList<>();
    for (Map<String, Object> m : f.measures()) {
      measures.add(new LinkedHashMap<>(m));
    }
    for (Parameter p : f.parameters()) {
      Double v = values.get(p.name());
      if (v != null && p.kind() == Parameter.Kind.MEASURE_FIELD) {
        measures.get(p.measureIndex()).put(p.field(), v == Math.rint(v) ? (Object) (long) (double) v : (Object) v);
      }
    }
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("name", name);
    doc.put("base", f.base());
    doc.put("measures", measures);
    DumperOptions o = new DumperOptions();
    o.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    return "# written by twin sweep plan from " + f.file().getFileName() + "\n" + new Yaml(o).dump(doc);
  }
}
