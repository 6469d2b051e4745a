package de.bochumtwin.scenarios.osm;

import java.util.Locale;

/**
 * Parses OSM {@code maxspeed} values into km/h, following the OSM wiki's {@code Key:maxspeed} syntax:
 * plain numbers are km/h; {@code mph} and {@code knots} units are converted; country implicit values
 * ({@code DE:urban}, {@code DE:rural}, {@code DE:motorway}, {@code DE:living_street}, {@code DE:zone30}
 * / {@code DE:zone:30}, the same for AT and CH) map to the legal limit of that country; {@code walk}
 * is walking pace; {@code none} (no limit, German motorways) maps to the German advisory speed.
 *
 * <p>Values that say nothing about a number ({@code signals}, {@code variable}, unknown country
 * codes, garbage) give {@code NaN}, and the importer then falls back to the class default. A list
 * ({@code 50;30}) gives its lowest value.
 */
public final class MaxSpeed {
  /** Walking pace ("Schrittgeschwindigkeit"); German courts read it as 4-7 km/h, we take the upper end. */
  public static final double WALK_KMH = 7;
  /** "No limit": the German advisory speed (Richtgeschwindigkeit, Autobahn-Richtgeschwindigkeits-Verordnung). */
  public static final double NONE_KMH = 130;
  private static final double MPH_KMH = 1.609344;
  private static final double KNOT_KMH = 1.852;

  private MaxSpeed() {}

  /** The speed limit in km/h, or {@code NaN} when the value gives no usable number. */
  public static double parse_kmh(String value) {
    if (value == null) {
      return Double.NaN;
    }
    double best = Double.NaN;
    for (String part : value.split(";")) {
      double v = parseOne(part.trim().toLowerCase(Locale.ROOT));
      if (v > 0 && !(v >= best)) {
        best = v;
      }
    }
    return best;
  }

  private static double parseOne(String v) {
    if (v.isEmpty()) {
      return Double.NaN;
    }
    switch (v) {
      case "walk":
        return WALK_KMH;
      case "none":
        return NONE_KMH;
      default:
        break;
    }
    int colon = v.indexOf(':');
    if (colon == 2 && Character.isLetter(v.charAt(0))) {
      return countryValue(v.substring(0, 2), v.substring(3));
    }
    double factor = 1;
    String number = v;
    if (v.endsWith("mph")) {
      factor = MPH_KMH;
      number = v.substring(0, v.length() - 3);
    } else if (v.endsWith("knots")) {
      factor = KNOT_KMH;
      number = v.substring(0, v.length() - 5);
    } else if (v.endsWith("km/h")) {
      number = v.substring(0, v.length() - 4);
    } else if (v.endsWith("kmh") || v.endsWith("kph")) {
      number = v.substring(0, v.length() - 3);
    }
    try {
      double n = Double.parseDouble(number.trim());
      return n > 0 && n < 400 ? n * factor : Double.NaN;
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  /** Implicit legal limits ("DE:urban") for the countries around the study area; others give NaN. */
  private static double countryValue(String country, String kind) {
    String k = kind.replace("zone:", "zone");
    if (k.startsWith("zone")) {
      try {
        return Double.parseDouble(k.substring(4));
      } catch (NumberFormatException e) {
        return Double.NaN;
      }
    }
    switch (k) {
      case "urban":
        return 50;
      case "living_street":
      case "walk":
        return WALK_KMH;
      case "bicycle_road":
        return "de".equals(country) ? 30 : Double.NaN;
      default:
        break;
    }
    switch (country) {
      case "de":
        return "rural".equals(k) ? 100 : "motorway".equals(k) ? NONE_KMH : "trunk".equals(k) ? 100 : Double.NaN;
      case "at":
        return "rural".equals(k) ? 100 : "motorway".equals(k) ? 130 : "trunk".equals(k) ? 100 : Double.NaN;
      case "ch":
        return "rural".equals(k) ? 80 : "motorway".equals(k) ? 120 : "trunk".equals(k) ? 100 : Double.NaN;
      default:
        return Double.NaN;
    }
  }
}
