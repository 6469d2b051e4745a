package de.bochumtwin.scenarios.whatif;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Parses the items of the policy measures ({@code toll}, {@code low_emission_zone},
 * {@code parking_cost}); keys and ranges in docs/whatif.md. Problems go to {@link YamlNodes}.
 */
final class PolicyParser {
  /** The measure keys these types use, for the measure mapping's allowed keys. */
  static final Set<String> KEYS = Set.of("area", "kind", "fee_eur", "eur_per_km", "from", "to", "modes", "ban",
      "replacement_mode", "eur_per_hour", "eur_per_arrival");
  static final Set<String> TYPES = Set.of("toll", "low_emission_zone", "parking_cost");

  private final YamlNodes y;
  private final AreaParser areas;

  PolicyParser(YamlNodes y, AreaParser areas) {
    this.y = y;
    this.areas = areas;
  }

  /** The measure, or null after recording problems. */
  PolicyMeasure parse(String type, Map<String, Node> m, Node item, Where at) {
    return switch (type) {
      case "toll" -> toll(m, item, at);
      case "low_emission_zone" -> lez(m, item, at);
      default -> parking(m, item, at);
    };
  }

  private PolicyMeasure toll(Map<String, Node> m, Node item, Where at) {
    only(m, item, "toll", "area", "kind", "fee_eur", "eur_per_km", "from", "to", "modes");
    AreaSpec area = required(m, item, "toll", "area") ? areas.parse(m.get("area")) : null;
    String kind = required(m, item, "toll", "kind") ? y.string(m.get("kind"), "toll kind") : null;
    Double amount = null;
    PolicyMeasure.TollKind k = null;
    if ("cordon".equals(kind)) {
      k = PolicyMeasure.TollKind.CORDON;
      amount = required(m, item, "cordon toll", "fee_eur") ? y.number(m.get("fee_eur"), "fee_eur", 0, 1000, "EUR") : null;
      if (m.containsKey("eur_per_km")) {
        y.problem(m.get("eur_per_km"), "a cordon toll takes fee_eur (per entry), not eur_per_km; or use kind: distance");
      }
    } else if ("distance".equals(kind)) {
      k = PolicyMeasure.TollKind.DISTANCE;
      amount = required(m, item, "distance toll", "eur_per_km") ? y.number(m.get("eur_per_km"), "eur_per_km", 0, 100, "EUR/km") : null;
      if (m.containsKey("fee_eur")) {
        y.problem(m.get("fee_eur"), "a distance toll takes eur_per_km, not fee_eur; or use kind: cordon");
      }
    } else if (kind != null) {
      y.problem(m.get("kind"), "toll kind must be cordon or distance, got '" + kind + "'");
    }
    Integer from = m.containsKey("from") ? clock(m.get("from"), "from") : Integer.valueOf(0);
    Integer to = m.containsKey("to") ? clock(m.get("to"), "to") : Integer.valueOf(48 * 3600);
    if (from != null && to != null && from >= to) {
      y.problem(m.get("to"), "toll 'to' must be after 'from' (" + m.get("from") + "); windows over midnight are not supported");
      return null;
    }
    List<String> modes = m.containsKey("modes") ? y.strings(m.get("modes"), "modes") : List.of("car");
    return area == null || k == null || amount == null || from == null || to == null || modes == null ? null
        : new PolicyMeasure.Toll(at, area, k, amount, from, to, modes);
  }

  private PolicyMeasure lez(Map<String, Node> m, Node item, Where at) {
    only(m, item, "low_emission_zone", "area", "ban", "modes", "replacement_mode");
    AreaSpec area = required(m, item, "low_emission_zone", "area") ? areas.parse(m.get("area")) : null;
    List<String> tech = null;
    Double euro = Double.valueOf(0);
    if (required(m, item, "low_emission_zone", "ban")) {
      Map<String, Node> ban = y.mapping(m.get("ban"), "ban", Set.of("technology", "euro_below"));
      if (ban != null) {
        if (!ban.containsKey("technology")) {
          y.problem(m.get("ban"), "ban needs 'technology', e.g. [diesel] or [diesel, \"petrol (4S)\"] (HBEFA technology names)");
        } else {
          tech = y.strings(ban.get("technology"), "ban technology");
        }
        euro = ban.containsKey("euro_below") ? y.number(ban.get("euro_below"), "euro_below", 1, 7, "") : Double.valueOf(0);
        if (euro != null && euro != Math.rint(euro)) {
          y.problem(ban.get("euro_below"), "euro_below must be a whole Euro class 1..7, got " + euro);
        }
      }
    }
    List<String> modes = m.containsKey("modes") ? y.strings(m.get("modes"), "modes") : List.of("car");
    String repl = m.containsKey("replacement_mode") ? y.string(m.get("replacement_mode"), "replacement_mode") : "pt";
    if (modes != null && repl != null && modes.contains(repl)) {
      y.problem(m.get("replacement_mode"), "replacement_mode '" + repl + "' is itself banned; use e.g. pt");
      return null;
    }
    return area == null || tech == null || euro == null || modes == null || repl == null ? null
        : new PolicyMeasure.LowEmissionZone(at, area, tech, (int) Math.rint(euro), modes, repl);
  }

  private PolicyMeasure parking(Map<String, Node> m, Node item, Where at) {
    only(m, item, "parking_cost", "area", "eur_per_hour", "eur_per_arrival", "modes");
    AreaSpec area = required(m, item, "parking_cost", "area") ? areas.parse(m.get("area")) : null;
    if (!m.containsKey("eur_per_hour") && !m.containsKey("eur_per_arrival")) {
      y.problem(item, "parking_cost needs eur_per_hour or eur_per_arrival (or both)");
      return null;
    }
    Double hour = m.containsKey("eur_per_hour") ? y.number(m.get("eur_per_hour"), "eur_per_hour", 0, 100, "EUR/h") : Double.valueOf(0);
    Double arr = m.containsKey("eur_per_arrival") ? y.number(m.get("eur_per_arrival"), "eur_per_arrival", 0, 1000, "EUR") : Double.valueOf(0);
    List<String> modes = m.containsKey("modes") ? y.strings(m.get("modes"), "modes") : List.of("car");
    return area == null || hour == null || arr == null || modes == null ? null
        : new PolicyMeasure.ParkingCost(at, area, hour, arr, modes);
  }

  /** HH:MM (or H:MM, up to 48:00) in seconds, or null after a problem. */
  private Integer clock(Node n, String what) {
    String s = y.string(n, what);
    if (s == null) {
      return null;
    }
    if (s.matches("\\d{1,2}:\\d{2}")) {
      int h = Integer.parseInt(s.substring(0, s.indexOf(':')));
      int min = Integer.parseInt(s.substring(s.indexOf(':') + 1));
      if (min < 60 && h * 60 + min <= 48 * 60) {
        return h * 3600 + min * 60;
      }
    }
    y.problem(n, what + " must be a clock time HH:MM between 00:00 and 48:00, got '" + s + "'");
    return null;
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
}
