package de.bochumtwin.scenarios.whatif;

import de.bochumtwin.core.network.Network;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * Matches a {@link PolicyMeasure} to the links it concerns: for a cordon toll the links entering the
 * area (from-node outside, to-node inside), otherwise the links whose midpoint is inside. An area
 * without such links and a mode allowed on no link are problems.
 */
final class PolicyResolver {
  private PolicyResolver() {}

  /** Problems between measures: more than one low-emission zone (the router knows one ban mask). */
  static void checkTogether(List<Measure> measures, List<ScenarioProblem> problems) {
    boolean seen = false;
    for (Measure m : measures) {
      if (m instanceof PolicyMeasure.LowEmissionZone) {
        if (seen) {
          problems.add(new ScenarioProblem(m.where(), "only one low_emission_zone per scenario file is supported; merge the"
              + " areas into one MULTIPOLYGON"));
        }
        seen = true;
      }
    }
  }

  /** Link indices (ascending), or null after recording problems. */
  static int[] links(PolicyMeasure m, Network net, Map<String, Geometry> named, List<ScenarioProblem> problems) {
    AreaSpec area;
    List<String> modes;
    if (m instanceof PolicyMeasure.Toll t) {
      area = t.area();
      modes = t.modes();
    } else if (m instanceof PolicyMeasure.LowEmissionZone z) {
      area = z.area();
      modes = z.modes();
    } else {
      area = ((PolicyMeasure.ParkingCost) m).area();
      modes = ((PolicyMeasure.ParkingCost) m).modes();
    }
    boolean modesOk = true;
    for (String mode : modes) {
      if (net.modes().bit(mode) == 0) {
        problems.add(new ScenarioProblem(m.where(), m.type() + ": mode '" + mode + "' is allowed on no link of the network;"
            + " known modes are " + String.join(", ", net.modes().names())));
        modesOk = false;
      }
    }
    Geometry g = AreaLinks.geometry(area, net, named, problems);
    if (g == null || !modesOk) {
      return null;
    }
    boolean[] hit;
    String what;
    if (m instanceof PolicyMeasure.Toll t && t.kind() == PolicyMeasure.TollKind.CORDON) {
      boolean[] in = AreaLinks.nodesInside(g, net);
      hit = new boolean[net.linkCount()];
      for (int l = 0; l < hit.length; l++) {
        hit[l] = !in[net.fromNode(l)] && in[net.toNode(l)];
      }
      what = "no link crosses into ";
    } else {
      hit = AreaLinks.linksInside(g, net);
      what = "no link midpoint lies in ";
    }
    if (AreaLinks.count(hit) == 0) {
      problems.add(new ScenarioProblem(area.where(), what + area.text() + "; check that the coordinates are in the network CRS ("
          + net.crs() + ")"));
      return null;
    }
    return AreaLinks.indices(hit);
  }
}
