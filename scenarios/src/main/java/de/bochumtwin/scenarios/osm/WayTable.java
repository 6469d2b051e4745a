package de.bochumtwin.scenarios.osm;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Pass 1: keeps the ways that become links, as primitive arrays: way ids, a flat array of node ids
 * with per-way offsets, and the way's {@link WayAttributes} (interned: a city has a few hundred
 * distinct combinations, so equal attributes share one object). Tags are never stored.
 */
final class WayTable implements OsmHandler {
  long[] wayIds = new long[1024];
  int[] refStart = new int[1025];
  long[] refs = new long[8192];
  WayAttributes[] attributes = new WayAttributes[1024];
  int wayCount;
  long waysRead;
  private final Map<WayAttributes, WayAttributes> interned = new HashMap<>();

  @Override
  public boolean wantsNodes() {
    return false;
  }

  @Override
  public boolean wantsWays() {
    return true;
  }

  @Override
  public void node(long id, double lat_deg, double lon_deg) {
    // pass 1 ignores nodes
  }

  @Override
  public void way(long id, long[] wayRefs, int refCount, Map<String, String> tags) {
    waysRead++;
    if (refCount < 2 || !tags.containsKey("highway")) {
      return;
    }
    WayAttributes a = OsmTagRules.derive(tags);
    if (a == null) {
      return;
    }
    WayAttributes known = interned.putIfAbsent(a, a);
    if (known != null) {
      a = known;
    }
    if (wayCount == wayIds.length) {
      int n = wayCount * 2;
      wayIds = Arrays.copyOf(wayIds, n);
      refStart = Arrays.copyOf(refStart, n + 1);
      attributes = Arrays.copyOf(attributes, n);
    }
    int start = refStart[wayCount];
    if (start + refCount > refs.length) {
      refs = Arrays.copyOf(refs, Math.max(start + refCount, refs.length * 2));
    }
    System.arraycopy(wayRefs, 0, refs, start, refCount);
    wayIds[wayCount] = id;
    attributes[wayCount] = a;
    refStart[wayCount + 1] = start + refCount;
    wayCount++;
  }

  int refCount() {
    return refStart[wayCount];
  }
}
