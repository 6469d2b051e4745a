package de.bochumtwin.scenarios.bochum;

import de.bochumtwin.core.network.NetworkBuilder;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns nodes.csv and roads.csv into directed links. Each road row is a two-way segment between two
 * named nodes; segments longer than {@link #MAX_PIECE_M} are split into equal pieces (intermediate
 * nodes {@code <road>_<k>}) so queues and link volumes have a useful spatial resolution. Link ids are
 * {@code <road>_<direction>_<n>} with n counting the pieces along the road in file order, e.g.
 * {@code A40_e_12}; the origId is {@code <road>:<from>-<to>} (the row it came from).
 *
 * <p>Length = beeline x curvature (1.05 on motorways, 1.15 elsewhere: estimates for the detour of
 * the real alignment); capacity = lanes x a per-lane capacity by road type (estimates, see
 * docs/bochum-scenario.md).
 */
final class BochumNetworkFactory {
  static final double MAX_PIECE_M = 1000.0;
  static final List<String> CAR_MODES = List.of("car", "ride");

  private BochumNetworkFactory() {}

  static double capacityPerLane_vph(String type) {
    return switch (type) {
      case "motorway" -> 2000;
      case "trunk" -> 1800;
      case "primary" -> 1000;
      case "secondary" -> 800;
      default -> throw new IllegalArgumentException("unknown road type '" + type
          + "'; use motorway, trunk, primary or secondary");
    };
  }

  static double curvature(String type) {
    return type.equals("motorway") ? 1.05 : 1.15;
  }

  /** Adds all nodes of nodes.csv; returns id -> {x, y}. */
  static Map<String, double[]> addNodes(NetworkBuilder b, CsvTable nodes) {
    Map<String, double[]> xy = new LinkedHashMap<>();
    for (int r = 0; r < nodes.rowCount(); r++) {
      String id = nodes.get(r, "id");
      double x = nodes.getDouble(r, "x_m");
      double y = nodes.getDouble(r, "y_m");
      if (xy.containsKey(id)) {
        throw nodes.error(r, "duplicate node id '" + id + "'");
      }
      b.addNode(id, x, y);
      xy.put(id, new double[] {x, y});
    }
    return xy;
  }

  static void addRoads(NetworkBuilder b, CsvTable roads, Map<String, double[]> xy) {
    Map<String, Integer> piecesPerRoad = new HashMap<>();
    for (int r = 0; r < roads.rowCount(); r++) {
      String road = roads.get(r, "road");
      String from = roads.get(r, "from");
      String to = roads.get(r, "to");
      double[] a = xy.get(from);
      double[] c = xy.get(to);
      if (a == null || c == null) {
        throw roads.error(r, "road " + road + " refers to unknown node '" + (a == null ? from : to)
            + "'; add it to nodes.csv");
      }
      String type = roads.get(r, "type");
      double lanes = roads.getDouble(r, "lanes");
      double speed_mps = roads.getDouble(r, "speed_kmh") / 3.6;
      double capacity = lanes * capacityPerLane_vph(type);
      String fwd = roads.get(r, "fwd");
      String bwd = roads.get(r, "bwd");
      double beeline = Math.hypot(c[0] - a[0], c[1] - a[1]);
      if (!(beeline > 0)) {
        throw roads.error(r, "nodes '" + from + "' and '" + to + "' have the same coordinate");
      }
      int pieces = (int) Math.ceil(beeline / MAX_PIECE_M);
      String prev = from;
      for (int k = 1; k <= pieces; k++) {
        String next = to;
        if (k < pieces) {
          int n = piecesPerRoad.merge(road + "#node", 1, Integer::sum);
          next = road + "_" + n;
          double f = (double) k / pieces;
          b.addNode(next, a[0] + f * (c[0] - a[0]), a[1] + f * (c[1] - a[1]));
        }
        int seq = piecesPerRoad.merge(road, 1, Integer::sum);
        double length = beeline / pieces * curvature(type);
        String orig = road + ":" + from + "-" + to;
        b.addLink(road + "_" + fwd + "_" + seq, prev, next, length, speed_mps, capacity, lanes, CAR_MODES, type, orig);
        b.addLink(road + "_" + bwd + "_" + seq, next, prev, length, speed_mps, capacity, lanes, CAR_MODES, type, orig);
        prev = next;
      }
    }
  }
}
