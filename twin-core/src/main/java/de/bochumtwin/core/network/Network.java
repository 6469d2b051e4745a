package de.bochumtwin.core.network;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A frozen, read-only road network: nodes and directed links stored as struct-of-arrays with dense
 * {@code int} indices.
 *
 * <p>Layout: one primitive array per attribute ({@code length_m[link]}, {@code freespeed_mps[link]},
 * ...), plus compressed-sparse-row adjacency ({@code outLinkStart[node] .. outLinkStart[node+1]}
 * indexes into {@code outLinks}). External ids exist only in the boundary tables
 * {@link #linkId(int)} / {@link #findLinkIndex(String)}. The mobsim and router touch only the
 * primitive arrays; on a 100k-link network the whole table is a few MB and scans stay in cache,
 * which is why this layout won over an object per link (see docs/performance.md).
 *
 * <p>Units: coordinates in metres of a projected CRS, lengths in metres, speeds in m/s, capacities
 * in vehicles per hour (a MATSim {@code capperiod} is converted on reading), lanes as a real count.
 *
 * <p>Instances are immutable and safe to share between threads. Build them with {@link NetworkBuilder}.
 */
public final class Network {
  private final String name;
  private final String crs;
  private final String[] nodeIds;
  private final double[] nodeX_m;
  private final double[] nodeY_m;
  private final Map<String, Integer> nodeIndexById;

  private final String[] linkIds;
  private final int[] fromNode;
  private final int[] toNode;
  private final double[] length_m;
  private final double[] freespeed_mps;
  private final double[] capacity_vph;
  private final double[] lanes;
  private final int[] modeMask;
  private final String[] linkType;
  private final String[] linkOrigId;
  private final Map<String, Integer> linkIndexById;
  private final ModeRegistry modes;

  private final int[] outLinkStart;
  private final int[] outLinks;
  private final int[] inLinkStart;
  private final int[] inLinks;

  Network(NetworkBuilder b) {
    this.name = b.name;
    this.crs = b.crs;
    int n = b.nodeCount();
    int l = b.linkCount();
    this.nodeIds = b.nodeIds.toArray(new String[0]);
    this.nodeX_m = Arrays.copyOf(b.nodeX, n);
    this.nodeY_m = Arrays.copyOf(b.nodeY, n);
    this.nodeIndexById = Map.copyOf(b.nodeIndex);
    this.linkIds = b.linkIds.toArray(new String[0]);
    this.fromNode = Arrays.copyOf(b.from, l);
    this.toNode = Arrays.copyOf(b.to, l);
    this.length_m = Arrays.copyOf(b.length, l);
    this.freespeed_mps = Arrays.copyOf(b.speed, l);
    this.capacity_vph = Arrays.copyOf(b.capacity, l);
    this.lanes = Arrays.copyOf(b.lanes, l);
    this.modeMask = Arrays.copyOf(b.modeMask, l);
    this.linkType = b.types.toArray(new String[0]);
    this.linkOrigId = b.origIds.toArray(new String[0]);
    this.linkIndexById = Map.copyOf(b.linkIndex);
    this.modes = b.modes;

    this.outLinkStart = new int[n + 1];
    this.inLinkStart = new int[n + 1];
    for (int i = 0; i < l; i++) {
      outLinkStart[fromNode[i] + 1]++;
      inLinkStart[toNode[i] + 1]++;
    }
    for (int i = 0; i < n; i++) {
      outLinkStart[i + 1] += outLinkStart[i];
      inLinkStart[i + 1] += inLinkStart[i];
    }
    this.outLinks = new int[l];
    this.inLinks = new int[l];
    int[] outFill = Arrays.copyOf(outLinkStart, n);
    int[] inFill = Arrays.copyOf(inLinkStart, n);
    // links are visited in index order, so each adjacency list is sorted by link index: deterministic
    for (int i = 0; i < l; i++) {
      outLinks[outFill[fromNode[i]]++] = i;
      inLinks[inFill[toNode[i]]++] = i;
    }
  }

  public String name() {
    return name;
  }

  /** Coordinate reference system of the node coordinates, e.g. {@code EPSG:25832}; may be null if unknown. */
  public String crs() {
    return crs;
  }

  public int nodeCount() {
    return nodeIds.length;
  }

  public int linkCount() {
    return linkIds.length;
  }

  public String nodeId(int node) {
    return nodeIds[node];
  }

  public double nodeX_m(int node) {
    return nodeX_m[node];
  }

  public double nodeY_m(int node) {
    return nodeY_m[node];
  }

  public Optional<Integer> findNodeIndex(String id) {
    return Optional.ofNullable(nodeIndexById.get(id));
  }

  /** Returns the node index or -1 when no node has this id (for hot readers that must not box). */
  public int nodeIndexOrMinusOne(String id) {
    Integer i = nodeIndexById.get(id);
    return i == null ? -1 : i;
  }

  public String linkId(int link) {
    return linkIds[link];
  }

  public Optional<Integer> findLinkIndex(String id) {
    return Optional.ofNullable(linkIndexById.get(id));
  }

  /** Returns the link index or -1 when no link has this id. */
  public int linkIndexOrMinusOne(String id) {
    Integer i = linkIndexById.get(id);
    return i == null ? -1 : i;
  }

  /** Returns the link index; throws {@link IllegalArgumentException} naming the id when it is unknown. */
  public int getLinkIndex(String id) {
    Integer i = linkIndexById.get(id);
    if (i == null) {
      throw new IllegalArgumentException("unknown link id '" + id + "'");
    }
    return i;
  }

  public int fromNode(int link) {
    return fromNode[link];
  }

  public int toNode(int link) {
    return toNode[link];
  }

  public double length_m(int link) {
    return length_m[link];
  }

  public double freespeed_mps(int link) {
    return freespeed_mps[link];
  }

  public double capacity_vph(int link) {
    return capacity_vph[link];
  }

  public double lanes(int link) {
    return lanes[link];
  }

  /** Free-flow travel time in seconds (length / freespeed), not rounded. */
  public double freespeedTravelTime_s(int link) {
    return length_m[link] / freespeed_mps[link];
  }

  /** Road type (e.g. the OSM highway tag), or null when the source gave none. */
  public String linkType(int link) {
    return linkType[link];
  }

  /** Original id of the link in its source (e.g. the OSM way id), or null. */
  public String linkOrigId(int link) {
    return linkOrigId[link];
  }

  public ModeRegistry modes() {
    return modes;
  }

  /** Bit mask of allowed modes, see {@link ModeRegistry#bit(String)}. */
  public int modeMask(int link) {
    return modeMask[link];
  }

  public boolean allowsMode(int link, int modeBit) {
    return (modeMask[link] & modeBit) != 0;
  }

  public List<String> allowedModes(int link) {
    return modes.namesOf(modeMask[link]);
  }

  public int outLinkStart(int node) {
    return outLinkStart[node];
  }

  public int outLinkEnd(int node) {
    return outLinkStart[node + 1];
  }

  /** The link stored at position {@code pos} of the out-link adjacency array. */
  public int outLinkAt(int pos) {
    return outLinks[pos];
  }

  public int inLinkStart(int node) {
    return inLinkStart[node];
  }

  public int inLinkEnd(int node) {
    return inLinkStart[node + 1];
  }

  public int inLinkAt(int pos) {
    return inLinks[pos];
  }

  /** Returns the link from {@code from} to {@code to} with the lowest index, or -1. */
  public int findLinkBetween(int from, int to) {
    for (int p = outLinkStart[from]; p < outLinkStart[from + 1]; p++) {
      if (toNode[outLinks[p]] == to) {
        return outLinks[p];
      }
    }
    return -1;
  }

  /** All link ids in index order (an unmodifiable view). */
  public List<String> linkIds() {
    return Collections.unmodifiableList(Arrays.asList(linkIds));
  }
}
