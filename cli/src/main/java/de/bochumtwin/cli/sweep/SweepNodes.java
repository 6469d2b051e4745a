package de.bochumtwin.cli.sweep;

import de.bochumtwin.scenarios.whatif.ScenarioProblem;
import de.bochumtwin.scenarios.whatif.Where;
import de.bochumtwin.scenarios.whatif.YamlNodes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Typed reads from SnakeYAML's node tree that record a problem with the node's line and column instead
 * of throwing, so one pass over a sweep file finds all its problems. Getters return null after a problem.
 */
final class SweepNodes {
  final List<ScenarioProblem> problems = new ArrayList<>();
  private final YamlNodes yaml = new YamlNodes(problems);

  static Where where(Node n) {
    return YamlNodes.where(n);
  }

  void problem(Node at, String message) {
    yaml.problem(at, message);
  }

  /** Keys in file order with their values; unknown (when {@code allowed} is not null) or repeated keys are problems. */
  Map<String, Node> mapping(Node n, String what, Set<String> allowed) {
    return yaml.mapping(n, what, allowed);
  }

  /** The key nodes of a mapping (for locating keys), or an empty map. */
  static Map<String, Node> keyNodes(Node n) {
    Map<String, Node> out = new LinkedHashMap<>();
    if (n instanceof MappingNode m) {
      for (NodeTuple t : m.getValue()) {
        if (t.getKeyNode() instanceof ScalarNode k) {
          out.putIfAbsent(k.getValue(), k);
        }
      }
    }
    return out;
  }

  String string(Node n, String what) {
    return yaml.string(n, what);
  }

  Double number(Node n, String what, double min, double max) {
    String s = string(n, what);
    if (s == null) {
      return null;
    }
    double v;
    try {
      v = Double.parseDouble(s);
    } catch (NumberFormatException e) {
      problem(n, what + " must be a number, got '" + s + "'");
      return null;
    }
    if (!(v >= min && v <= max)) {
      problem(n, what + " must be between " + fmt(min) + " and " + fmt(max) + ", got " + s);
      return null;
    }
    return v;
  }

  Integer integer(Node n, String what, int min, int max) {
    Double v = number(n, what, min, max);
    if (v == null) {
      return null;
    }
    if (v != Math.rint(v)) {
      problem(n, what + " must be a whole number, got " + fmt(v));
      return null;
    }
    return v.intValue();
  }

  /** A non-empty list of numbers, or null after a problem. */
  List<Double> numbers(Node n, String what) {
    if (!(n instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
      problem(n, what + " must be a non-empty list of numbers, e.g. [30, 50], got " + kind(n));
      return null;
    }
    List<Double> out = new ArrayList<>();
    for (Node item : seq.getValue()) {
      Double v = number(item, what + " value", -Double.MAX_VALUE, Double.MAX_VALUE);
      if (v != null) {
        out.add(v);
      }
    }
    return out.size() == seq.getValue().size() ? out : null;
  }

  static String kind(Node n) {
    return YamlNodes.kind(n);
  }

  static String fmt(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}
