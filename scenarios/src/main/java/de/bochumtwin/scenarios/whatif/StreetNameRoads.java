package de.bochumtwin.scenarios.whatif;

import de.bochumtwin.core.network.Network;
import java.util.ArrayList;
import java.util.List;

/** Resolves {@code roads: {names: [...]}}; every unknown name is a problem suggesting the closest known names. */
final class StreetNameRoads {
  private StreetNameRoads() {}

  static int[] links(RoadSpec r, Network net, List<ScenarioProblem> problems) {
    StreetNames names = StreetNames.of(net);
    if (names.isEmpty()) {
      problems.add(new ScenarioProblem(r.where(), "this network has no street names (only the bundled Bochum network has"
          + " them); select the roads by links, osm_ways or link_prefixes"));
      return null;
    }
    boolean[] hit = new boolean[net.linkCount()];
    List<String> bad = new ArrayList<>();
    for (String v : r.values()) {
      boolean any = false;
      for (int l = 0; l < hit.length; l++) {
        if (names.matches(l, v)) {
          hit[l] = true;
          any = true;
        }
      }
      if (!any) {
        bad.add("'" + v + "' (closest: " + String.join(", ", names.closest(v)) + ")");
      }
    }
    if (!bad.isEmpty()) {
      problems.add(new ScenarioProblem(r.where(), "unknown street name(s): " + String.join("; ", bad)));
      return null;
    }
    return AreaLinks.indices(hit);
  }
}
