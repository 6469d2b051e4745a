package de.bochumtwin.scenarios.whatif;

import de.bochumtwin.core.network.Network;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * An area of a measure on a network: the polygon in the network CRS (a named district looked up, a
 * shapefile polygon reprojected) and the links and nodes inside it. A link is inside when the midpoint
 * of its straight from-node/to-node segment is; a node when its point is.
 */
final class AreaLinks {
  private AreaLinks() {}

  /** The polygon of {@code a} in the network CRS, or null after recording a problem. */
  static Geometry geometry(AreaSpec a, Network net, Map<String, Geometry> named, List<ScenarioProblem> problems) {
    Geometry g = a.polygon();
    if (g == null) {
      g = named.get(a.district());
      if (g == null) {
        problems.add(new ScenarioProblem(a.where(), "unknown district '" + a.district() + "'; known are "
            + (named.isEmpty() ? "none (districts exist only for the Bochum default base)" : String.join(", ", named.keySet()))));
      }
      return g;
    }
    Geometry p = ShapefileAreas.toNetworkCrs(g, net.crs());
    if (p == null) {
      problems.add(new ScenarioProblem(a.where(), a.text() + " is in EPSG:" + g.getSRID() + ", which cannot be converted to the"
          + " network CRS " + net.crs() + "; convert the shapefile to " + net.crs() + " or WGS84 longitude/latitude"));
    }
    return p;
  }

  /** {@code out[l]} = the midpoint of link l lies in {@code g}. */
  static boolean[] linksInside(Geometry g, Network net) {
    PreparedGeometry pg = PreparedGeometryFactory.prepare(g);
    GeometryFactory gf = new GeometryFactory();
    boolean[] out = new boolean[net.linkCount()];
    for (int l = 0; l < out.length; l++) {
      int f = net.fromNode(l);
      int t = net.toNode(l);
      out[l] = pg.contains(gf.createPoint(new Coordinate((net.nodeX_m(f) + net.nodeX_m(t)) / 2,
          (net.nodeY_m(f) + net.nodeY_m(t)) / 2)));
    }
    return out;
  }

  /** {@code out[v]} = node v lies in {@code g}. */
  static boolean[] nodesInside(Geometry g, Network net) {
    PreparedGeometry pg = PreparedGeometryFactory.prepare(g);
    GeometryFactory gf = new GeometryFactory();
    boolean[] out = new boolean[net.nodeCount()];
    for (int v = 0; v < out.length; v++) {
      out[v] = pg.contains(gf.createPoint(new Coordinate(net.nodeX_m(v), net.nodeY_m(v))));
    }
    return out;
  }

  static int count(boolean[] b) {
    int n = 0;
    for (boolean x : b) {
      n += x ? 1 : 0;
    }
    return n;
  }

  static int[] indices(boolean[] b) {
    int[] out = new int[count(b)];
    int n = 0;
    for (int i = 0; i < b.length; i++) {
      if (b[i]) {
        out[n++] = i;
      }
    }
    return out;
  }
}
