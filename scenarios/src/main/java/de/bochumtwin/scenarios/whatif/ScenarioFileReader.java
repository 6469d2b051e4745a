package de.bochumtwin.scenarios.whatif;

import de.bochumtwin.scenarios.io.InputException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a scenario file (YAML, format in docs/whatif.md). Only SnakeYAML's node tree is used (no
 * object construction), so every value keeps its line and column and no type tags are honoured.
 * All problems are collected and thrown together as one {@link ScenarioFileException}.
 */
public final class ScenarioFileReader {
  static final String BOCHUM_DEFAULT = "bochum-default";
  private static final Set<String> ROOT_KEYS = Set.of("name", "base", "measures");
  private static final Set<String> ROAD_KEYS = Set.of("links", "osm_ways", "link_prefixes", "names");

  private ScenarioFileReader() {}

  /** Reads and checks {@code file}; throws {@link ScenarioFileException} listing every problem. */
  public static ScenarioFile read(Path file) {
    return strict(readLenient(file));
  }

  /** Parses {@code text} as the content of {@code file}; throws listing every problem. */
  public static ScenarioFile parse(Path file, String text) {
    return strict(parseLenient(file, text));
  }

  private static ScenarioFile strict(ScenarioFile f) {
    if (!f.problems().isEmpty()) {
      throw new ScenarioFileException(f.file(), f.problems());
    }
    return f;
  }

  /**
   * Reads {@code file} keeping the problems in {@link ScenarioFile#problems()} (measures with a problem
   * are left out); throws only when the file is not YAML at all or cannot be read.
   */
  public static ScenarioFile readLenient(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InputException(file, 0, "cannot read the scenario file (" + e.getMessage() + "); check the path", e);
    }
    return parseLenient(file, text);
  }

  /** Lenient parse of {@code text} as the content of {@code file} (relative base paths resolve against its folder). */
  public static ScenarioFile parseLenient(Path file, String text) {
    List<ScenarioProblem> problems = new ArrayList<>();
    Node root;
    try {
      LoaderOptions options = new LoaderOptions();
      options.setAllowDuplicateKeys(true); // reported by YamlNodes with their line
      root = new Yaml(options).compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      Where w = m == null ? new Where(1, 1) : new Where(m.getLine() + 1, m.getColumn() + 1);
      throw new ScenarioFileException(file, List.of(new ScenarioProblem(w, "not valid YAML: " + e.getProblem())));
    }
    if (root == null) {
      throw new ScenarioFileException(file, List.of(new ScenarioProblem(new Where(1, 1),
          "the file is empty; write at least 'measures: []'")));
    }
    YamlNodes y = new YamlNodes(problems);
    Map<String, Node> top = y.mapping(root, "scenario file", ROOT_KEYS);
    String name = fileStem(file);
    Path network = null;
    Path plans = null;
    List<Measure> measures = new ArrayList<>();
    boolean baseUsable = top != null;
    if (top != null) {
      if (top.containsKey("name")) {
        String n = y.string(top.get("name"), "name");
        name = n == null ? name : n;
      }
      Node base = top.get("base");
      int beforeBase = problems.size();
      if (base != null && !(base instanceof ScalarNode)) {
        Map<String, Node> b = y.mapping(base, "base", Set.of("network", "plans"));
        if (b != null) {
          Path dir = file.toAbsolutePath().getParent();
          if (!b.containsKey("network") || !b.containsKey("plans")) {
            y.problem(base, "base needs both network and plans (MATSim files), or write base: " + BOCHUM_DEFAULT);
          } else {
            network = existing(y, b.get("network"), dir, "base network");
            plans = existing(y, b.get("plans"), dir, "base plans");
          }
        }
      } else if (base != null) {
        String s = y.string(base, "base");
        if (s != null && !s.equals(BOCHUM_DEFAULT)) {
          y.problem(base, "base must be '" + BOCHUM_DEFAULT + "' or a mapping {network: FILE, plans: FILE}, got '" + s + "'");
        }
      }
      baseUsable = problems.size() == beforeBase;
      Node ms = top.get("measures");
      if (ms == null) {
        y.problem(root, "the file has no 'measures' list; add 'measures: []' for a run equal to the base");
      } else if (!(ms instanceof SequenceNode seq)) {
        if (!(ms instanceof ScalarNode s && s.getValue().isEmpty())) {
          y.problem(ms, "measures must be a list ('- type: ...' items), got " + YamlNodes.kind(ms));
        }
      } else {
        MeasureParser mp = new MeasureParser(y, file.toAbsolutePath().getParent());
        for (Node item : seq.getValue()) {
          Measure m = mp.parse(item);
          if (m != null) {
            measures.add(m);
          }
        }
      }
    }
    return new ScenarioFile(file, name, network, plans, measures, problems, baseUsable);
  }

  private static Path existing(YamlNodes y, Node n, Path dir, String what) {
    String s = y.string(n, what);
    if (s == null) {
      return null;
    }
    Path p = dir == null ? Path.of(s) : dir.resolve(s);
    if (!Files.isRegularFile(p)) {
      y.problem(n, what + " file " + p + " not found; paths are relative to the scenario file's folder");
      return null;
    }
    return p;
  }

  private static String fileStem(Path file) {
    String f = file.getFileName() == null ? "scenario" : file.getFileName().toString();
    int dot = f.indexOf('.');
    return dot > 0 ? f.substring(0, dot) : f;
  }

  /** Parses one {@code - type: ...} item. */
  private static final class MeasureParser {
    private final YamlNodes y;
    private final AreaParser areas;
    private final DemandMeasureParser demand;
    private final PolicyParser policies;

    MeasureParser(YamlNodes y, Path dir) {
      this.y = y;
      this.areas = new AreaParser(y, dir);
      this.demand = new DemandMeasureParser(y, areas);
      this.policies = new PolicyParser(y, areas);
    }

    Measure parse(Node item) {
      Set<String> keys = new java.util.HashSet<>(Set.of("type", "area", "limit_kmh", "except_types", "roads",
          "modes", "lanes_delta", "capacity_factor"));
      keys.addAll(DemandMeasureParser.KEYS);
      keys.addAll(PolicyParser.KEYS);
      Map<String, Node> m = y.mapping(item, "measure", keys);
      if (m == null) {
        return null;
      }
      Where at = YamlNodes.where(item);
      if (!m.containsKey("type")) {
        y.problem(item, "measure has no type; use speed_limit, road_closure or capacity_change");
        return null;
      }
      String type = y.string(m.get("type"), "measure type");
      if (type == null) {
        return null;
      }
      int before = y.problemCount();
      Measure out = switch (type) {
        case "speed_limit" -> {
          only(m, item, type, "area", "limit_kmh", "except_types");
          AreaSpec area = required(m, item, type, "area") ? areas.parse(m.get("area")) : null;
          Double limit = required(m, item, type, "limit_kmh") ? y.number(m.get("limit_kmh"), "limit_kmh", 5, 200, "km/h") : null;
          List<String> except = m.containsKey("except_types") ? y.strings(m.get("except_types"), "except_types") : List.of();
          yield area == null || limit == null || except == null ? null : new Measure.SpeedLimit(at, area, limit, except);
        }
        case "road_closure" -> {
          only(m, item, type, "roads", "modes");
          RoadSpec roads = required(m, item, type, "roads") ? roads(m.get("roads")) : null;
          List<String> modes = m.containsKey("modes") ? y.strings(m.get("modes"), "modes") : List.of();
          yield roads == null || modes == null ? null : new Measure.RoadClosure(at, roads, modes);
        }
        case "capacity_change" -> {
          only(m, item, type, "roads", "lanes_delta", "capacity_factor");
          RoadSpec roads = required(m, item, type, "roads") ? roads(m.get("roads")) : null;
          Double lanes = m.containsKey("lanes_delta") ? y.number(m.get("lanes_delta"), "lanes_delta", -10, 10, "lanes") : Double.valueOf(0);
          Double factor = m.containsKey("capacity_factor")
              ? y.number(m.get("capacity_factor"), "capacity_factor", 0.01, 10, "") : Double.valueOf(1);
          if (!m.containsKey("lanes_delta") && !m.containsKey("capacity_factor")) {
            y.problem(item, "capacity_change needs lanes_delta or capacity_factor (or both)");
          }
          yield roads == null || lanes == null || factor == null ? null : new Measure.CapacityChange(at, roads, lanes, factor);
        }
        case "ev_share", "chargers", "pt_change", "growth" -> demand.parse(type, m, item);
        case "toll", "low_emission_zone", "parking_cost" -> policies.parse(type, m, item, at);
        default -> {
          y.problem(m.get("type"), "unknown measure type '" + type + "'; this version knows speed_limit, road_closure,"
              + " capacity_change, ev_share, chargers, pt_change, growth, " + String.join(", ", new java.util.TreeSet<>(PolicyParser.TYPES)));
          yield null;
        }
      };
      return y.problemCount() == before ? out : null;
    }

    private boolean required(Map<String, Node> m, Node item, String type, String key) {
      if (!m.containsKey(key)) {
        y.problem(item, type + " needs '" + key + "'");
        return false;
      }
      return true;
    }

    private void only(Map<String, Node> m, Node item, String type, String... keys) {
      Set<String> ok = Set.of(keys);
      for (Map.Entry<String, Node> e : m.entrySet()) {
        if (!e.getKey().equals("type") && !ok.contains(e.getKey())) {
          y.problem(e.getValue(), type + " does not take '" + e.getKey() + "'; it takes " + String.join(", ", keys));
        }
      }
    }

    private RoadSpec roads(Node n) {
      Map<String, Node> m = y.mapping(n, "roads", ROAD_KEYS);
      if (m == null) {
        return null;
      }
      if (m.size() != 1) {
        y.problem(n, "roads needs exactly one of links, osm_ways, link_prefixes or names, got " + m.size());
        return null;
      }
      Map.Entry<String, Node> e = m.entrySet().iterator().next();
      List<String> values = y.strings(e.getValue(), "roads " + e.getKey());
      if (values == null) {
        return null;
      }
      RoadSpec.Kind kind = switch (e.getKey()) {
        case "links" -> RoadSpec.Kind.LINKS;
        case "osm_ways" -> RoadSpec.Kind.OSM_WAYS;
        case "names" -> RoadSpec.Kind.NAMES;
        default -> RoadSpec.Kind.LINK_PREFIXES;
      };
      return new RoadSpec(YamlNodes.where(e.getValue()), kind, values);
    }
  }
}
