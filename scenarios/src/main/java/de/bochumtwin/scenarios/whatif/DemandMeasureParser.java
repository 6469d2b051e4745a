package de.bochumtwin.scenarios.whatif;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Parses the demand-side measure items ({@code ev_share}, {@code chargers}, {@code pt_change},
 * {@code growth}) of a scenario file; problems go to the shared {@link YamlNodes} with their line and
 * column. Kept apart from the network measures so that each family can grow on its own.
 */
final class DemandMeasureParser {
  /** The measure types handled here. */
  static final Set<String> TYPES = Set.of("ev_share", "chargers", "pt_change", "growth");
  /** Item keys these measures use besides {@code type} and {@code area}. */
  static final Set<String> KEYS = Set.of("share", "delta", "add", "remove", "speed_factor", "fare_delta_eur",
      "fare_factor", "residents_factor", "jobs_factor", "zones");

  private final YamlNodes y;
  private final AreaParser areas;

  DemandMeasureParser(YamlNodes y, AreaParser areas) {
    this.y = y;
    this.areas = areas;
  }

  /** The measure of {@code type} (one of {@link #TYPES}) from the item's keys, or null after problems. */
  Measure parse(String type, Map<String, Node> m, Node item) {
    Where at = YamlNodes.where(item);
    switch (type) {
      case "ev_share": {
        only(m, type, "share", "delta");
        if (m.containsKey("share") == m.containsKey("delta")) {
          y.problem(item, "ev_share needs exactly one of 'share' (the new share, 0..1) or 'delta' (change of the --ev-share value)");
          return null;
        }
        if (m.containsKey("share")) {
          Double s = y.number(m.get("share"), "share", 0, 1, "");
          return s == null ? null : new EvShareMeasure(at, s, Double.NaN);
        }
        Double d = y.number(m.get("delta"), "delta", -1, 1, "");
        return d == null ? null : new EvShareMeasure(at, Double.NaN, d);
      }
      case "pt_change": {
        only(m, type, "speed_factor", "fare_delta_eur", "fare_factor");
        if (!m.containsKey("speed_factor") && !m.containsKey("fare_delta_eur") && !m.containsKey("fare_factor")) {
          y.problem(item, "pt_change needs speed_factor, fare_delta_eur or fare_factor");
          return null;
        }
        if (m.containsKey("fare_delta_eur") && m.containsKey("fare_factor")) {
          y.problem(m.get("fare_factor"), "pt_change takes fare_delta_eur or fare_factor, not both");
        }
        Double speed = opt(m, "speed_factor", 0.1, 10, "", 1);
        Double delta = opt(m, "fare_delta_eur", -20, 20, "EUR per trip", 0);
        Double factor = opt(m, "fare_factor", 0, 10, "", 1);
        return speed == null || delta == null || factor == null ? null : new PtChangeMeasure(at, speed, delta, factor);
      }
      case "growth": {
        only(m, type, "residents_factor", "jobs_factor", "zones", "area");
        if (!m.containsKey("residents_factor") && !m.containsKey("jobs_factor")) {
          y.problem(item, "growth needs residents_factor or jobs_factor (or both)");
          return null;
        }
        if (m.containsKey("zones") == m.containsKey("area")) {
          y.problem(item, "growth needs exactly one of 'zones' (Bochum zone ids) or 'area'");
          return null;
        }
        Double rf = opt(m, "residents_factor", 0, 10, "", 1);
        Double jf = opt(m, "jobs_factor", 0, 10, "", 1);
        List<String> zones = m.containsKey("zones") ? y.strings(m.get("zones"), "zones") : List.of();
        AreaSpec area = m.containsKey("area") ? areas.parse(m.get("area")) : null;
        boolean whereOk = m.containsKey("zones") ? zones != null : area != null;
        return rf == null || jf == null || !whereOk ? null : new GrowthMeasure(at, zones, area, rf, jf);
      }
      default:
        return chargers(m, item, at);
    }
  }

  private Measure chargers(Map<String, Node> m, Node item, Where at) {
    only(m, "chargers", "add", "remove");
    if (!m.containsKey("add") && !m.containsKey("remove")) {
      y.problem(item, "chargers needs 'add' and/or 'remove'");
      return null;
    }
    int before = y.problemCount();
    ChargersMeasure.Addition add = m.containsKey("add") ? addition(m.get("add")) : null;
    List<String> ids = List.of();
    AreaSpec area = null;
    if (m.containsKey("remove")) {
      Map<String, Node> r = y.mapping(m.get("remove"), "chargers remove", Set.of("ids", "area"));
      if (r != null) {
        if (r.size() != 1) {
          y.problem(m.get("remove"), "chargers remove needs exactly one of ids or area");
        } else if (r.containsKey("ids")) {
          ids = y.strings(r.get("ids"), "remove ids");
        } else {
          area = areas.parse(r.get("area"));
        }
      }
    }
    return y.problemCount() == before ? new ChargersMeasure(at, add, ids, area) : null;
  }

  private ChargersMeasure.Addition addition(Node n) {
    Map<String, Node> a = y.mapping(n, "chargers add", Set.of("count", "area", "links", "points", "power_kW", "plugs"));
    if (a == null) {
      return null;
    }
    int where = (a.containsKey("area") ? 1 : 0) + (a.containsKey("links") ? 1 : 0) + (a.containsKey("points") ? 1 : 0);
    if (where != 1) {
      y.problem(n, "chargers add needs exactly one of area (with count), links or points");
      return null;
    }
    if (a.containsKey("area") != a.containsKey("count")) {
      y.problem(n, a.containsKey("count") ? "count needs an area to place the chargers in" : "chargers add with an area needs a count");
      return null;
    }
    Double count = a.containsKey("count") ? y.number(a.get("count"), "count", 1, 100_000, "chargers") : Double.valueOf(0);
    if (count != null && count != Math.rint(count)) {
      y.problem(a.get("count"), "count must be a whole number, got " + count);
      count = null;
    }
    Double power = a.containsKey("power_kW") ? y.number(a.get("power_kW"), "power_kW", 1, 1000, "kW") : Double.valueOf(11);
    Double plugs = a.containsKey("plugs") ? y.number(a.get("plugs"), "plugs", 1, 100, "plugs") : Double.valueOf(2);
    if (plugs != null && plugs != Math.rint(plugs)) {
      y.problem(a.get("plugs"), "plugs must be a whole number, got " + plugs);
      plugs = null;
    }
    AreaSpec area = a.containsKey("area") ? areas.parse(a.get("area")) : null;
    List<String> links = a.containsKey("links") ? y.strings(a.get("links"), "add links") : List.of();
    List<double[]> points = a.containsKey("points") ? points(a.get("points")) : List.of();
    if (count == null || power == null || plugs == null || links == null || points == null
        || (a.containsKey("area") && area == null)) {
      return null;
    }
    return new ChargersMeasure.Addition(YamlNodes.where(n), count.intValue(), area, links, points, power, plugs.intValue());
  }

  private List<double[]> points(Node n) {
    if (!(n instanceof SequenceNode s) || s.getValue().isEmpty()) {
      y.problem(n, "points must be a non-empty list of [x, y] pairs in the network CRS, got " + YamlNodes.kind(n));
      return null;
    }
    List<double[]> out = new ArrayList<>();
    for (Node p : s.getValue()) {
      if (!(p instanceof SequenceNode xy) || xy.getValue().size() != 2) {
        y.problem(p, "a point must be [x, y], got " + YamlNodes.kind(p));
        return null;
      }
      Double x = y.number(xy.getValue().get(0), "x", -1e9, 1e9, "m");
      Double yy = y.number(xy.getValue().get(1), "y", -1e9, 1e9, "m");
      if (x == null || yy == null) {
        return null;
      }
      out.add(new double[] {x, yy});
    }
    return out;
  }

  private Double opt(Map<String, Node> m, String key, double min, double max, String unit, double dflt) {
    return m.containsKey(key) ? y.number(m.get(key), key, min, max, unit) : Double.valueOf(dflt);
  }

  private void only(Map<String, Node> m, String type, String... keys) {
    Set<String> ok = Set.of(keys);
    for (Map.Entry<String, Node> e : m.entrySet()) {
      if (!e.getKey().equals("type") && !ok.contains(e.getKey())) {
        y.problem(e.getValue(), type + " does not take '" + e.getKey() + "'; it takes " + String.join(", ", keys));
      }
    }
  }
}
