package de.bochumtwin.scenarios.osm;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Map;

/**
 * Pass 2: coordinates of exactly the nodes that kept ways reference. The node ids are a sorted,
 * duplicate-free {@code long[]} (binary search instead of a hash map: 8 bytes per node plus 16 for
 * the coordinates, no boxing), and a bit per node marks the split points of the simplification:
 * nodes referenced more than once (shared by two ways, or visited twice by one) or at a way's end.
 */
final class NodeTable implements OsmHandler {
  final long[] ids;
  final double[] lat;
  final double[] lon;
  final BitSet splitPoint;
  long nodesRead;

  NodeTable(WayTable ways) {
    int n = ways.refCount();
    long[] sorted = Arrays.copyOf(ways.refs, n);
    Arrays.sort(sorted);
    int unique = 0;
    for (int i = 0; i < n; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        unique++;
      }
    }
    ids = new long[unique];
    splitPoint = new BitSet(unique);
    int u = -1;
    for (int i = 0; i < n; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        ids[++u] = sorted[i];
      } else {
        splitPoint.set(u);
      }
    }
    for (int w = 0; w < ways.wayCount; w++) {
      splitPoint.set(indexOf(ways.refs[ways.refStart[w]]));
      splitPoint.set(indexOf(ways.refs[ways.refStart[w + 1] - 1]));
    }
    lat = new double[unique];
    lon = new double[unique];
    Arrays.fill(lat, Double.NaN);
    Arrays.fill(lon, Double.NaN);
  }

  int size() {
    return ids.length;
  }

  /** Index of a node id, or a negative value when no kept way uses the node. */
  int indexOf(long id) {
    return Arrays.binarySearch(ids, id);
  }

  @Override
  public boolean wantsNodes() {
    return true;
  }

  @Override
  public boolean wantsWays() {
    return false;
  }

  @Override
  public void node(long id, double lat_deg, double lon_deg) {
    nodesRead++;
    int i = Arrays.binarySearch(ids, id);
    if (i >= 0) {
      // OSM stores 7 decimals; PBF decoding (integer * granularity) and XML text parsing can differ in
      // the last binary digit, so both are rounded to OSM's own precision to give identical networks
      lat[i] = Math.round(lat_deg * 1e7) / 1e7;
      lon[i] = Math.round(lon_deg * 1e7) / 1e7;
    }
  }

  @Override
  public void way(long id, long[] refs, int refCount, Map<String, String> tags) {
    // pass 2 ignores ways
  }
}
