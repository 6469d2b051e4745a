package de.bochumtwin.scenarios.whatif;

import de.bochumtwin.core.network.Network;
import de.bochumtwin.scenarios.bochum.BochumScenario;
import de.bochumtwin.scenarios.bochum.Polygon2d;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Matches the measures of a {@link ScenarioFile} to a network: areas to links (by link midpoint),
 * road selectors to link indices. Every selector must match at least one link and every changed link
 * must stay valid (e.g. keep at least a fraction of a lane); all problems are collected with the
 * file position of the value at fault and thrown together.
 */
public final class MeasureResolver {
  private MeasureResolver() {}

  /**
   * Resolves every measure of {@code file} on {@code net}.
   *
   * @param namedAreas polygons that {@code area: {district: NAME}} may name (e.g. {@link #bochumDistricts()})
   * @throws ScenarioFileException listing all problems, the file's parse problems included
   */
  public static List<ResolvedMeasure> resolve(ScenarioFile file, Network net, Map<String, Geometry> namedAreas) {
    return resolve(file, net, namedAreas, DemandContext.UNCHECKED);
  }

  /**
   * As {@link #resolve(ScenarioFile, Network, Map)}, checking the demand-side measures against
   * {@code context} (zones, chargers, EVs on, scoring) as well.
   */
  public static List<ResolvedMeasure> resolve(ScenarioFile file, Network net, Map<String, Geometry> namedAreas,
      DemandContext context) {
    List<ScenarioProblem> problems = new ArrayList<>(file.problems());
    List<ResolvedMeasure> out = new ArrayList<>();
    for (Measure m : file.measures()) {
      int before = problems.size();
      int[] links;
      if (m instanceof Measure.DemandSide d) {
        links = DemandChecks.check(d, file, net, namedAreas, context, problems);
      } else if (m instanceof Measure.SpeedLimit s) {
        links = area(s, net, namedAreas, problems);
      } else if (m instanceof Measure.RoadClosure c) {
        links = closure(c, net, problems);
      } else if (m instanceof PolicyMeasure p) {
        links = PolicyResolver.links(p, net, namedAreas, problems);
      } else {
        links = capacity((Measure.CapacityChange) m, net, problems);
      }
      if (problems.size() == before) {
        out.add(new ResolvedMeasure(m, links));
      }
    }
    PolicyResolver.checkTogether(file.measures(), problems);
    if (!problems.isEmpty()) {
      throw new ScenarioFileException(file.file(), problems);
    }
    return out;
  }

  /** The six Bochum Stadtbezirke of the bundled scenario as JTS polygons (EPSG:25832), by name. */
  public static Map<String, Geometry> bochumDistricts() {
    GeometryFactory gf = new GeometryFactory();
    Map<String, Geometry> out = new LinkedHashMap<>();
    for (Polygon2d p : BochumScenario.load().districts()) {
      Coordinate[] cs = new Coordinate[p.size() + 1];
      for (int i = 0; i < p.size(); i++) {
        cs[i] = new Coordinate(p.x_m(i), p.y_m(i));
      }
      cs[p.size()] = cs[0];
      out.put(p.name(), gf.createPolygon(cs));
    }
    return out;
  }

  private static int[] area(Measure.SpeedLimit s, Network net, Map<String, Geometry> named, List<ScenarioProblem> problems) {
    AreaSpec a = s.area();
    Geometry g = AreaLinks.geometry(a, net, named, problems);
    if (g == null) {
      return null;
    }
    PreparedGeometry pg = PreparedGeometryFactory.prepare(g);
    GeometryFactory gf = new GeometryFactory();
    int[] tmp = new int[net.linkCount()];
    int n = 0;
    for (int l = 0; l < net.linkCount(); l++) {
      if (net.linkType(l) != null && s.exceptTypes().contains(net.linkType(l))) { // links without a type (e.g. MATSim equil) are never excepted
        continue;
      }
      int f = net.fromNode(l);
      int t = net.toNode(l);
      Coordinate mid = new Coordinate((net.nodeX_m(f) + net.nodeX_m(t)) / 2, (net.nodeY_m(f) + net.nodeY_m(t)) / 2);
      if (pg.contains(gf.createPoint(mid))) {
        tmp[n++] = l;
      }
    }
    if (n == 0) {
      problems.add(new ScenarioProblem(a.where(), "no link midpoint lies in " + a.text()
          + "; check that the coordinates are in the network CRS (" + net.crs() + ")"));
      return null;
    }
    return java.util.Arrays.copyOf(tmp, n);
  }

  private static int[] closure(Measure.RoadClosure c, Network net, List<ScenarioProblem> problems) {
    for (String mode : c.modes()) {
      if (net.modes().bit(mode) == 0) {
        problems.add(new ScenarioProblem(c.where(), "mode '" + mode + "' is allowed on no link of the network; known modes are "
            + String.join(", ", net.modes().names())));
      }
    }
    return roads(c.roads(), net, problems);
  }

  private static int[] capacity(Measure.CapacityChange c, Network net, List<ScenarioProblem> problems) {
    int[] links = roads(c.roads(), net, problems);
    if (links == null || c.lanesDelta() == 0) {
      return links;
    }
    List<String> bad = new ArrayList<>();
    for (int l : links) {
      if (!(net.lanes(l) + c.lanesDelta() > 0)) {
        bad.add(net.linkId(l) + " (" + net.lanes(l) + " lanes)");
      }
    }
    if (!bad.isEmpty()) {
      problems.add(new ScenarioProblem(c.where(), "lanes_delta " + c.lanesDelta() + " leaves no lane on " + bad.size()
          + " link(s), e.g. " + String.join(", ", bad.subList(0, Math.min(3, bad.size())))
          + "; use road_closure to close a road"));
      return null;
    }
    return links;
  }

  /** Link indices selected by {@code r} (ascending), or null after recording problems. */
  static int[] roads(RoadSpec r, Network net, List<ScenarioProblem> problems) {
    if (r.kind() == RoadSpec.Kind.NAMES) {
      return StreetNameRoads.links(r, net, problems);
    }
    boolean[] hit = new boolean[net.linkCount()];
    List<String> unmatched = new ArrayList<>();
    for (String v : r.values()) {
      boolean any = false;
      if (r.kind() == RoadSpec.Kind.LINKS) {
        int l = net.linkIndexOrMinusOne(v);
        if (l >= 0) {
          hit[l] = true;
          any = true;
        }
      } else {
        for (int l = 0; l < net.linkCount(); l++) {
          boolean match = r.kind() == RoadSpec.Kind.OSM_WAYS ? v.equals(net.linkOrigId(l)) : net.linkId(l).startsWith(v);
          if (match) {
            hit[l] = true;
            any = true;
          }
        }
      }
      if (!any) {
        unmatched.add(v);
      }
    }
    if (!unmatched.isEmpty()) {
      String what = switch (r.kind()) {
        case LINKS -> "link id(s)";
        case OSM_WAYS -> "OSM way id(s) (matched against the links' origid)";
        case LINK_PREFIXES, NAMES -> "link-id prefix(es)";
      };
      problems.add(new ScenarioProblem(r.where(), what + " not in the network: " + String.join(", ", unmatched)
          + "; check the spelling against links.parquet of a base run"));
      return null;
    }
    int n = 0;
    for (boolean b : hit) {
      n += b ? 1 : 0;
    }
    int[] out = new int[n];
    n = 0;
    for (int l = 0; l < hit.length; l++) {
      if (hit[l]) {
        out[n++] = l;
      }
    }
    return out;
  }
}
