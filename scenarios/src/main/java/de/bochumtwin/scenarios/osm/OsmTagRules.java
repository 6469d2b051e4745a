package de.bochumtwin.scenarios.osm;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a way's tags into {@link WayAttributes}. The rules (all documented in docs/osm-import.md):
 *
 * <ul>
 *   <li>{@code highway} must be one of {@link HighwayClass}; {@code area=yes} ways are skipped.
 *   <li>Direction: {@code oneway=yes|true|1} along the node order, {@code oneway=-1|reverse} against
 *       it, {@code oneway=no|false|0} both; without a tag, {@code junction=roundabout|circular} and
 *       the classes with implied oneway (motorway, motorway_link) are one-way, all others two-way.
 *       {@code oneway=reversible|alternating} ways are skipped (their direction changes by time).
 *   <li>Bikes may ride against a one-way street when {@code oneway:bicycle=no} or any
 *       {@code cycleway*} tag starts with {@code opposite}.
 *   <li>Access: the most specific of {@code motorcar, motor_vehicle, vehicle, access} (cars) or
 *       {@code bicycle, vehicle, access} (bikes) that is present decides; a denying value
 *       ({@code no, private, agricultural, forestry, emergency, psv, bus, use_sidepath, dismount})
 *       removes the mode, and only the mode's own key ({@code bicycle=yes} on a trunk) can add a mode
 *       the class does not have. {@code motorroad=yes} removes bikes.
 *   <li>Lanes per direction: {@code lanes:forward}/{@code lanes:backward}, else {@code lanes} (all of
 *       it on a one-way road, half per direction otherwise), else the class default; never below 1.
 *   <li>Speed per direction: {@code maxspeed:forward}/{@code maxspeed:backward}, else
 *       {@code maxspeed} (see {@link MaxSpeed}), else the class default.
 * </ul>
 */
public final class OsmTagRules {
  private static final Set<String> DENY = Set.of("no", "private", "agricultural", "forestry", "emergency", "psv",
      "bus", "use_sidepath", "dismount", "discouraged_no");
  private static final Set<String> ALLOW = Set.of("yes", "designated", "permissive", "destination", "delivery",
      "customers", "official");

  private OsmTagRules() {}

  static WayAttributes derive(Map<String, String> tags) {
    HighwayClass c = HighwayClass.of(tags.get("highway"));
    if (c == null || "yes".equals(lower(tags.get("area")))) {
      return null;
    }
    int direction = direction(c, tags);
    if (direction == SKIP) {
      return null;
    }
    boolean car = allowed(c.carByDefault(), tags, "motorcar", "motor_vehicle");
    boolean bike = allowed(c.bikeByDefault(), tags, "bicycle", null) && !"yes".equals(lower(tags.get("motorroad")));
    boolean bikeContraflow = bikeContraflow(tags);
    int fwd = 0;
    int bwd = 0;
    if (car) {
      fwd |= direction >= 0 ? OsmModes.CAR : 0;
      bwd |= direction <= 0 ? OsmModes.CAR : 0;
    }
    if (bike) {
      fwd |= direction >= 0 || bikeContraflow ? OsmModes.BIKE : 0;
      bwd |= direction <= 0 || bikeContraflow ? OsmModes.BIKE : 0;
    }
    if (fwd == 0 && bwd == 0) {
      return null;
    }
    double total = parseLanes(tags.get("lanes"));
    double lanesF = parseLanes(tags.get("lanes:forward"));
    double lanesB = parseLanes(tags.get("lanes:backward"));
    double def = c.lanesPerDirection();
    if (direction > 0) {
      lanesF = first(lanesF, total, def);
      lanesB = 1;
    } else if (direction < 0) {
      lanesB = first(lanesB, total, def);
      lanesF = 1;
    } else {
      double halfTotal = total / 2;
      double f = first(lanesF, !Double.isNaN(lanesB) ? total - lanesB : Double.NaN, halfTotal, def);
      double b = first(lanesB, !Double.isNaN(lanesF) ? total - lanesF : Double.NaN, halfTotal, def);
      lanesF = f;
      lanesB = b;
    }
    double speed = MaxSpeed.parse_kmh(tags.get("maxspeed"));
    double speedF = first(MaxSpeed.parse_kmh(tags.get("maxspeed:forward")), speed, c.speed_kmh());
    double speedB = first(MaxSpeed.parse_kmh(tags.get("maxspeed:backward")), speed, c.speed_kmh());
    return new WayAttributes(c, fwd, bwd, Math.max(1, lanesF), Math.max(1, lanesB), speedF / 3.6, speedB / 3.6);
  }

  static final int SKIP = 2;

  /** +1 one-way along the node order, -1 against it, 0 both ways, {@link #SKIP} not usable. */
  static int direction(HighwayClass c, Map<String, String> tags) {
    String oneway = lower(tags.get("oneway"));
    if (oneway != null) {
      switch (oneway) {
        case "yes":
        case "true":
        case "1":
          return 1;
        case "-1":
        case "reverse":
          return -1;
        case "no":
        case "false":
        case "0":
          return 0;
        case "reversible":
        case "alternating":
          return SKIP;
        default:
          break; // unknown value: fall back to the implied direction
      }
    }
    String junction = lower(tags.get("junction"));
    if ("roundabout".equals(junction) || "circular".equals(junction) || c.impliedOneway()) {
      return 1;
    }
    return 0;
  }

  private static boolean bikeContraflow(Map<String, String> tags) {
    if ("no".equals(lower(tags.get("oneway:bicycle")))) {
      return true;
    }
    for (String key : new String[] {"cycleway", "cycleway:left", "cycleway:right", "cycleway:both"}) {
      String v = lower(tags.get(key));
      if (v != null && v.startsWith("opposite")) {
        return true;
      }
    }
    return false;
  }

  /** Access for one mode: its own keys may allow or deny; the generic keys may only deny. */
  private static boolean allowed(boolean byClass, Map<String, String> tags, String ownKey, String ownKey2) {
    for (String key : new String[] {ownKey, ownKey2}) {
      String v = key == null ? null : lower(tags.get(key));
      if (v != null && (DENY.contains(v) || ALLOW.contains(v))) {
        return ALLOW.contains(v);
      }
    }
    for (String key : new String[] {"vehicle", "access"}) {
      String v = lower(tags.get(key));
      if (v != null && DENY.contains(v)) {
        return false;
      }
      if (v != null && ALLOW.contains(v)) {
        return byClass;
      }
    }
    return byClass;
  }

  /** Parses a lane count; lists ({@code 2;3}) give the first value; garbage gives NaN. */
  static double parseLanes(String value) {
    if (value == null) {
      return Double.NaN;
    }
    String v = value.split(";")[0].trim();
    try {
      double n = Double.parseDouble(v);
      return n > 0 && n < 20 ? n : Double.NaN;
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  private static double first(double... values) {
    for (double v : values) {
      if (!Double.isNaN(v)) {
        return v;
      }
    }
    return Double.NaN;
  }

  private static String lower(String s) {
    return s == null ? null : s.trim().toLowerCase(Locale.ROOT);
  }
}
