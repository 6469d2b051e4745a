package de.bochumtwin.core.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects nodes and links and freezes them into a {@link Network}. Every value is validated when it
 * is added, with a message that names the offending id; readers add the file and line.
 */
public final class NetworkBuilder {
  String name;
  String crs;
  final List<String> nodeIds = new ArrayList<>();
  double[] nodeX = new double[64];
  double[] nodeY = new double[64];
  final Map<String, Integer> nodeIndex = new HashMap<>();

  final List<String> linkIds = new ArrayList<>();
  int[] from = new int[64];
  int[] to = new int[64];
  double[] length = new double[64];
  double[] speed = new double[64];
  double[] capacity = new double[64];
  double[] lanes = new double[64];
  int[] modeMask = new int[64];
  final List<String> types = new ArrayList<>();
  final List<String> origIds = new ArrayList<>();
  final Map<String, Integer> linkIndex = new HashMap<>();
  final ModeRegistry modes = new ModeRegistry();

  public NetworkBuilder withName(String name) {
    this.name = name;
    return this;
  }

  public NetworkBuilder withCrs(String crs) {
    this.crs = crs;
    return this;
  }

  public int nodeCount() {
    return nodeIds.size();
  }

  public int linkCount() {
    return linkIds.size();
  }

  /** Adds a node and returns its index. */
  public int addNode(String id, double x_m, double y_m) {
    if (id == null || id.isEmpty()) {
      throw new IllegalArgumentException("node without id");
    }
    if (!Double.isFinite(x_m) || !Double.isFinite(y_m)) {
      throw new IllegalArgumentException("node '" + id + "': coordinate must be a finite number, got x=" + x_m + " y=" + y_m);
    }
    if (nodeIndex.containsKey(id)) {
      throw new IllegalArgumentException("duplicate node id '" + id + "'");
    }
    int i = nodeIds.size();
    if (i == nodeX.length) {
      nodeX = Arrays.copyOf(nodeX, i * 2);
      nodeY = Arrays.copyOf(nodeY, i * 2);
    }
    nodeIds.add(id);
    nodeX[i] = x_m;
    nodeY[i] = y_m;
    nodeIndex.put(id, i);
    return i;
  }

  public int nodeIndex(String id) {
    Integer i = nodeIndex.get(id);
    return i == null ? -1 : i;
  }

  /**
   * Adds a directed link and returns its index.
   *
   * @throws IllegalArgumentException naming the link and the fix when a value is invalid or a node is unknown
   */
  public int addLink(String id, String fromNodeId, String toNodeId, double length_m, double freespeed_mps,
      double capacity_vph, double lanes, Collection<String> allowedModes, String type, String origId) {
    if (id == null || id.isEmpty()) {
      throw new IllegalArgumentException("link without id");
    }
    if (linkIndex.containsKey(id)) {
      throw new IllegalArgumentException("duplicate link id '" + id + "'");
    }
    Integer f = nodeIndex.get(fromNodeId);
    Integer t = nodeIndex.get(toNodeId);
    if (f == null) {
      throw new IllegalArgumentException("link '" + id + "': from-node '" + fromNodeId + "' is not defined; add the node or fix the id");
    }
    if (t == null) {
      throw new IllegalArgumentException("link '" + id + "': to-node '" + toNodeId + "' is not defined; add the node or fix the id");
    }
    requirePositive(id, "length", length_m, "m");
    requirePositive(id, "freespeed", freespeed_mps, "m/s");
    if (!(capacity_vph >= 0) || Double.isInfinite(capacity_vph)) {
      throw new IllegalArgumentException("link '" + id + "': capacity must be a finite number >= 0 veh/h, got " + capacity_vph);
    }
    requirePositive(id, "permlanes", lanes, "lanes");
    int mask = 0;
    for (String m : allowedModes) {
      String mm = m.trim();
      if (!mm.isEmpty()) {
        mask |= modes.register(mm);
      }
    }
    int i = linkIds.size();
    if (i == from.length) {
      int n = i * 2;
      from = Arrays.copyOf(from, n);
      to = Arrays.copyOf(to, n);
      length = Arrays.copyOf(length, n);
      speed = Arrays.copyOf(speed, n);
      capacity = Arrays.copyOf(capacity, n);
      this.lanes = Arrays.copyOf(this.lanes, n);
      modeMask = Arrays.copyOf(modeMask, n);
    }
    linkIds.add(id);
    from[i] = f;
    to[i] = t;
    length[i] = length_m;
    speed[i] = freespeed_mps;
    capacity[i] = capacity_vph;
    this.lanes[i] = lanes;
    modeMask[i] = mask;
    types.add(type);
    origIds.add(origId);
    linkIndex.put(id, i);
    return i;
  }

  private static void requirePositive(String id, String what, double v, String unit) {
    if (!(v > 0) || Double.isInfinite(v)) {
      throw new IllegalArgumentException("link '" + id + "': " + what + " must be a finite number > 0 " + unit + ", got " + v);
    }
  }

  /** Freezes the collected data. The builder may be reused afterwards but the network does not change. */
  public Network build() {
    return new Network(this);
  }
}
