package de.bochumtwin.scenarios.whatif;

import de.bochumtwin.core.network.Network;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Street names of the links of the bundled Bochum network, for {@code roads: {names: [...]}}. The links
 * carry origId {@code <road>:<from>-<to>}; {@code scenarios/bochum/roads.csv} gives each road code a
 * name such as {@code Alleestraße / Essener Straße}. A road answers to its code, its full name, the
 * name without a bracketed note ({@code Wittener Straße (B 226)} → {@code Wittener Straße}) and each
 * part of a name joined by {@code " / "}; matching ignores case. Networks imported from OSM store no
 * street names yet (the core network has no name column), so there names are unknown.
 */
final class StreetNames {
  private static final String ROADS = "/de/bochumtwin/scenarios/bochum/roads.csv";
  private final Map<String, Set<String>> roadsByName = new LinkedHashMap<>();
  private final List<String> knownNames = new ArrayList<>();
  private final String[] roadOfLink;

  private StreetNames(Network net, Map<String, String> nameByRoad) {
    roadOfLink = new String[net.linkCount()];
    Set<String> used = new LinkedHashSet<>();
    for (int l = 0; l < roadOfLink.length; l++) {
      String o = net.linkOrigId(l);
      int colon = o == null ? -1 : o.indexOf(':');
      if (colon > 0 && nameByRoad.containsKey(o.substring(0, colon))) {
        roadOfLink[l] = o.substring(0, colon);
        used.add(roadOfLink[l]);
      }
    }
    for (String road : used) {
      String full = nameByRoad.get(road);
      Set<String> names = new LinkedHashSet<>(List.of(road, full, full.replaceAll("\\s*\\(.*\\)", "").trim()));
      for (String part : full.split(" / ")) {
        names.add(part.replaceAll("\\s*\\(.*\\)", "").trim());
      }
      for (String n : names) {
        if (!n.isEmpty()) {
          roadsByName.computeIfAbsent(key(n), k -> new LinkedHashSet<>()).add(road);
          if (!knownNames.contains(n)) {
            knownNames.add(n);
          }
        }
      }
    }
  }

  /** The names of {@code net}: Bochum's road names when its links carry Bochum road origIds, else none. */
  static StreetNames of(Network net) {
    return new StreetNames(net, bochumRoadNames());
  }

  boolean isEmpty() {
    return knownNames.isEmpty();
  }

  /** Whether link {@code l} belongs to a road answering to {@code name}. */
  boolean matches(int l, String name) {
    Set<String> roads = roadsByName.get(key(name));
    return roads != null && roadOfLink[l] != null && roads.contains(roadOfLink[l]);
  }

  /** Up to three known names closest to {@code name} (edit distance, ignoring case). */
  List<String> closest(String name) {
    String k = key(name);
    return knownNames.stream().sorted(Comparator.comparingInt((String n) -> distance(key(n), k)).thenComparing(n -> n))
        .limit(3).toList();
  }

  private static String key(String s) {
    return s.trim().toLowerCase(Locale.ROOT);
  }

  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  private static Map<String, String> bochumRoadNames() {
    Map<String, String> out = new LinkedHashMap<>();
    try (InputStream in = StreetNames.class.getResourceAsStream(ROADS)) {
      if (in == null) {
        return out;
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String header = r.readLine();
      if (header == null || !header.startsWith("road,name,")) {
        throw new IllegalStateException(ROADS + " must start with 'road,name,'");
      }
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.split(",", 3);
        if (f.length >= 2 && !line.isBlank()) {
          out.putIfAbsent(f[0].trim(), f[1].trim());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled " + ROADS, e);
    }
    return out;
  }
}
