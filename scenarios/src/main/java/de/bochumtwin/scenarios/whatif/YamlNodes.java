package de.bochumtwin.scenarios.whatif;

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
 * Reads typed values from SnakeYAML's node tree and records a {@link ScenarioProblem} (with the node's
 * line and column) instead of throwing, so that one pass finds every problem of a file. Getters return
 * null after recording a problem; callers simply skip what is null.
 */
public final class YamlNodes {
  private final List<ScenarioProblem> problems;

  public YamlNodes(List<ScenarioProblem> problems) {
    this.problems = problems;
  }

  public static Where where(Node n) {
    return new Where(n.getStartMark().getLine() + 1, n.getStartMark().getColumn() + 1);
  }

  int problemCount() {
    return problems.size();
  }

  public void problem(Node at, String message) {
    problems.add(new ScenarioProblem(where(at), message));
  }

  /**
   * The keys of a mapping with their value nodes, in file order; records duplicate keys and keys not
   * in {@code allowed} (null: any key). Returns null (after a problem) when {@code n} is not a mapping.
   */
  public Map<String, Node> mapping(Node n, String what, Set<String> allowed) {
    if (!(n instanceof MappingNode m)) {
      problem(n, what + " must be a mapping (key: value lines), got " + kind(n));
      return null;
    }
    Map<String, Node> out = new LinkedHashMap<>();
    for (NodeTuple t : m.getValue()) {
      Node k = t.getKeyNode();
      if (!(k instanceof ScalarNode ks)) {
        problem(k, what + ": keys must be plain words");
        continue;
      }
      String key = ks.getValue();
      if (allowed != null && !allowed.contains(key)) {
        problem(k, what + ": unknown key '" + key + "'; allowed are " + String.join(", ", new java.util.TreeSet<>(allowed)));
      } else if (out.containsKey(key)) {
        problem(k, what + ": key '" + key + "' is given twice; keep one");
      } else {
        out.put(key, t.getValueNode());
      }
    }
    return out;
  }

  public String string(Node n, String what) {
    if (!(n instanceof ScalarNode s) || s.getValue().isBlank()) {
      problem(n, what + " must be a non-empty text, got " + kind(n));
      return null;
    }
    return s.getValue().trim();
  }

  /** A finite number in [min, max], or null after a problem. */
  Double number(Node n, String what, double min, double max, String unit) {
    String s = string(n, what);
    if (s == null) {
      return null;
    }
    double v;
    try {
      v = Double.parseDouble(s);
    } catch (NumberFormatException e) {
      problem(n, what + " must be a number" + (unit.isEmpty() ? "" : " in " + unit) + ", got '" + s + "'");
      return null;
    }
    if (!(v >= min && v <= max)) {
      problem(n, what + " must be between " + min + " and " + max + (unit.isEmpty() ? "" : " " + unit) + ", got " + s);
      return null;
    }
    return v;
  }

  /** A list of non-empty texts; a single scalar counts as a list of one. */
  List<String> strings(Node n, String what) {
    if (n instanceof ScalarNode) {
      String s = string(n, what);
      return s == null ? null : List.of(s);
    }
    if (!(n instanceof SequenceNode seq)) {
      problem(n, what + " must be a list, e.g. [a, b], got " + kind(n));
      return null;
    }
    List<String> out = new ArrayList<>();
    for (Node item : seq.getValue()) {
      String s = string(item, what + " entry");
      if (s != null) {
        out.add(s);
      }
    }
    if (seq.getValue().isEmpty()) {
      problem(n, what + " must not be empty");
      return null;
    }
    return out.size() == seq.getValue().size() ? out : null;
  }

  public static String kind(Node n) {
    if (n instanceof ScalarNode s) {
      return s.getValue().isEmpty() ? "nothing" : "'" + s.getValue() + "'";
    }
    return n instanceof SequenceNode ? "a list" : "a mapping";
  }
}
