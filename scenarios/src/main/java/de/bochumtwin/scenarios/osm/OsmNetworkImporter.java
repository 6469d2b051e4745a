package de.bochumtwin.scenarios.osm;

import de.bochumtwin.core.network.Network;
import de.bochumtwin.core.network.NetworkBuilder;
import de.bochumtwin.scenarios.io.InputException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;

/**
 * Builds a {@link Network} from an OpenStreetMap file ({@code .osm.pbf}, {@code .osm}, {@code .osm.gz}).
 *
 * <p>Steps: (1) pass 1 reads only ways and keeps those the tag rules accept ({@link OsmTagRules});
 * (2) pass 2 reads only the coordinates of nodes those ways reference ({@link NodeTable}); (3) nodes
 * are projected and, if a polygon is set, nodes outside it are dropped; (4) each way is split into
 * links at its ends, at nodes shared with other kept ways and where it leaves the area, so interior
 * nodes used by one way only disappear (degree-2 simplification) and every link keeps exactly one
 * OSM way id; (5) per mode, links outside the largest strongly connected component lose that mode,
 * and links left without modes are dropped; (6) the rest goes into a {@link NetworkBuilder}.
 *
 * <p>Ids: node id = OSM node id; link id = {@code <wayId>_<segment>} along the way's node order and
 * {@code <wayId>_<segment>_r} against it; link origId = OSM way id; link type = {@code highway} value.
 * Ways are processed in id order, so the result does not depend on the order in the file.
 *
 * <p>Memory: two passes instead of one keep only referenced nodes (about 8 bytes per way-node
 * reference plus 24 per referenced node), never all nodes of the file.
 */
public final class OsmNetworkImporter {
  /** Links shorter than this (distinct OSM nodes at the same spot) are given this length. */
  public static final double MIN_LENGTH_M = 1.0;

  private OsmNetworkImporter() {}

  /** The imported network and the counts of the import. */
  public static final class Result {
    private final Network network;
    private final OsmImportReport report;

    Result(Network network, OsmImportReport report) {
      this.network = network;
      this.report = report;
    }

    public Network network() {
      return network;
    }

    public OsmImportReport report() {
      return report;
    }
  }

  /**
   * Imports a file.
   *
   * @throws InputException when the file is unreadable, not OSM, or yields no connected network
   */
  public static Result read(Path osmFile, OsmImportSettings settings) {
    long t0 = System.nanoTime();
    WayTable ways = new WayTable();
    OsmFiles.read(osmFile, ways);
    if (ways.wayCount == 0) {
      throw new InputException(osmFile, 0, "no usable highway=* ways among " + ways.waysRead + " ways; is this an "
          + "OpenStreetMap extract with roads?");
    }
    NodeTable nodes = new NodeTable(ways);
    OsmFiles.read(osmFile, nodes);

    int n = nodes.size();
    double[] x = new double[n];
    double[] y = new double[n];
    double[] xy = new double[2];
    BoundingPolygon.Projected area = settings.polygon().map(p -> p.project(settings.projection())).orElse(null);
    int missing = 0;
    int outside = 0;
    for (int i = 0; i < n; i++) {
      if (Double.isNaN(nodes.lat[i])) {
        x[i] = Double.NaN;
        missing++;
        continue;
      }
      settings.projection().project(nodes.lat[i], nodes.lon[i], xy);
      if (area != null && !area.contains(xy[0], xy[1])) {
        x[i] = Double.NaN;
        outside++;
        continue;
      }
      x[i] = xy[0];
      y[i] = xy[1];
    }

    LinkDrafts drafts = new LinkDrafts();
    Integer[] order = new Integer[ways.wayCount];
    for (int w = 0; w < order.length; w++) {
      order[w] = w;
    }
    Arrays.sort(order, Comparator.comparingLong(w -> ways.wayIds[w]));
    for (Integer w : order) {
      segment(ways, w, nodes, x, y, drafts);
    }
    int before = drafts.count;
    boolean clean = settings.largestComponentsOnly();
    int carRemoved = clean ? drafts.keepLargestComponent(OsmModes.CAR, n) : 0;
    int bikeRemoved = clean ? drafts.keepLargestComponent(OsmModes.BIKE, n) : 0;

    NetworkBuilder b = new NetworkBuilder().withName(baseName(osmFile)).withCrs(settings.projection().crs());
    for (int l = 0; l < drafts.count; l++) {
      int modes = drafts.modes[l];
      if (modes == 0) {
        continue;
      }
      String from = nodeId(b, nodes, drafts.from[l], x, y);
      String to = nodeId(b, nodes, drafts.to[l], x, y);
      int w = drafts.way[l];
      WayAttributes a = ways.attributes[w];
      boolean rev = drafts.reverse[l];
      String id = ways.wayIds[w] + "_" + drafts.segment[l] + (rev ? "_r" : "");
      double lanes = rev ? a.backwardLanes() : a.forwardLanes();
      double speed = rev ? a.backwardSpeed_mps() : a.forwardSpeed_mps();
      double cap = rev ? a.backwardCapacity_vph() : a.forwardCapacity_vph();
      b.addLink(id, from, to, drafts.length[l], speed, cap, lanes, OsmModes.names(modes), a.highway().tag(),
          Long.toString(ways.wayIds[w]));
    }
    if (b.linkCount() == 0) {
      throw new InputException(osmFile, 0, "no connected road network left"
          + (area != null ? " inside the polygon '" + settings.polygon().get().name() + "' (" + outside
              + " of " + n + " road nodes were outside it); check that the extract covers the area" : ""));
    }
    Network net = b.build();
    OsmImportReport report = new OsmImportReport(ways.waysRead, ways.wayCount, nodes.nodesRead, n, missing, outside,
        before, carRemoved, bikeRemoved, drafts.raised, (System.nanoTime() - t0) / 1e9);
    return new Result(net, report);
  }

  private static String nodeId(NetworkBuilder b, NodeTable nodes, int idx, double[] x, double[] y) {
    String id = Long.toString(nodes.ids[idx]);
    if (b.nodeIndex(id) < 0) {
      b.addNode(id, x[idx], y[idx]);
    }
    return id;
  }

  /** Splits one way into link drafts (both directions as the attributes allow). */
  private static void segment(WayTable ways, int w, NodeTable nodes, double[] x, double[] y, LinkDrafts out) {
    int s = ways.refStart[w];
    int e = ways.refStart[w + 1];
    int[] idx = new int[e - s];
    for (int p = s; p < e; p++) {
      idx[p - s] = nodes.indexOf(ways.refs[p]);
    }
    int segment = 0;
    int start = -1;
    for (int p = 0; p < idx.length; p++) {
      if (Double.isNaN(x[idx[p]])) {
        start = -1;
        continue;
      }
      if (start < 0) {
        start = p;
        continue;
      }
      if (idx[p] == idx[p - 1]) {
        continue; // the same node twice in a row adds nothing
      }
      boolean last = p == idx.length - 1 || Double.isNaN(x[idx[p + 1]]);
      if (last || nodes.splitPoint.get(idx[p])) {
        segment = emit(ways, w, idx, start, p, segment, x, y, out);
        start = p;
      }
    }
  }

  /** Emits the links of positions {@code a..b}; a closed loop is split in two at its middle node. */
  private static int emit(WayTable ways, int w, int[] idx, int a, int b, int segment, double[] x, double[] y,
      LinkDrafts out) {
    if (idx[a] == idx[b]) {
      int m = (a + b) / 2;
      while (m > a && idx[m] == idx[a]) {
        m--;
      }
      if (m == a) {
        return segment;
      }
      segment = emit(ways, w, idx, a, m, segment, x, y, out);
      return emit(ways, w, idx, m, b, segment, x, y, out);
    }
    double len = 0;
    for (int p = a + 1; p <= b; p++) {
      len += Math.hypot(x[idx[p]] - x[idx[p - 1]], y[idx[p]] - y[idx[p - 1]]);
    }
    WayAttributes attr = ways.attributes[w];
    if (attr.forwardModes() != 0) {
      out.add(idx[a], idx[b], len, w, segment, false, attr.forwardModes());
    }
    if (attr.backwardModes() != 0) {
      out.add(idx[b], idx[a], len, w, segment, true, attr.backwardModes());
    }
    return segment + 1;
  }

  private static String baseName(Path file) {
    String name = file.getFileName().toString();
    int dot = name.indexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** Links before cleaning, as parallel arrays indexed by draft number. */
  private static final class LinkDrafts {
    int[] from = new int[1024];
    int[] to = new int[1024];
    double[] length = new double[1024];
    int[] way = new int[1024];
    int[] segment = new int[1024];
    boolean[] reverse = new boolean[1024];
    int[] modes = new int[1024];
    int count;
    int raised;

    void add(int f, int t, double len, int w, int seg, boolean rev, int m) {
      if (count == from.length) {
        int c = count * 2;
        from = Arrays.copyOf(from, c);
        to = Arrays.copyOf(to, c);
        length = Arrays.copyOf(length, c);
        way = Arrays.copyOf(way, c);
        segment = Arrays.copyOf(segment, c);
        reverse = Arrays.copyOf(reverse, c);
        modes = Arrays.copyOf(modes, c);
      }
      if (len < MIN_LENGTH_M) {
        len = MIN_LENGTH_M;
        raised++;
      }
      from[count] = f;
      to[count] = t;
      length[count] = len;
      way[count] = w;
      segment[count] = seg;
      reverse[count] = rev;
      modes[count] = m;
      count++;
    }

    /** Removes {@code bit} from links outside the mode's largest SCC; returns how many lost it. */
    int keepLargestComponent(int bit, int nodeCount) {
      int[] f = new int[count];
      int[] t = new int[count];
      int e = 0;
      for (int l = 0; l < count; l++) {
        if ((modes[l] & bit) != 0) {
          f[e] = from[l];
          t[e] = to[l];
          e++;
        }
      }
      boolean[] in = StronglyConnected.largest(nodeCount, f, t, e);
      int removed = 0;
      for (int l = 0; l < count; l++) {
        if ((modes[l] & bit) != 0 && !(in[from[l]] && in[to[l]])) {
          modes[l] &= ~bit;
          removed++;
        }
      }
      return removed;
    }
  }
}
