package de.bochumtwin.scenarios.osm;

import java.util.Map;

/**
 * Receives the entities of an OSM file in file order. Both readers ({@link OsmPbfReader},
 * {@link OsmXmlReader}) call exactly these methods with exactly these values, which is why a PBF file
 * and the XML file of the same data give the same network.
 */
interface OsmHandler {
  /** False lets a reader skip node decoding work (pass 1 reads only ways). */
  boolean wantsNodes();

  /** False lets a reader skip ways (pass 2 reads only nodes). */
  boolean wantsWays();

  /** A node; coordinates in WGS84 degrees. */
  void node(long id, double lat_deg, double lon_deg);

  /**
   * A way. {@code refs[0..refCount)} are its node ids in order; {@code tags} is reused by the reader
   * after this call returns, so implementations must not keep it.
   */
  void way(long id, long[] refs, int refCount, Map<String, String> tags);
}
