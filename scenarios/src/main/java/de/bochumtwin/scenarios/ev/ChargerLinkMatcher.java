package de.bochumtwin.scenarios.ev;

import de.bochumtwin.core.network.Network;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.index.strtree.ItemBoundable;
import org.locationtech.jts.index.strtree.ItemDistance;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Attaches a point (a charger's coordinates) to the nearest suitable link: one whose allowed modes
 * include {@code mode} (car), measured as the distance from the point to the straight line between the
 * link's nodes. Links are held in a JTS {@link STRtree}; a query is a branch-and-bound nearest-neighbour
 * search, O(log L) on average. Of two opposite links on the same street the one with the lower index
 * wins (equal distance), which keeps matching deterministic.
 *
 * <p>Immutable after construction and safe to share; a query allocates a point and a few tree nodes.
 */
public final class ChargerLinkMatcher {
  private final Network network;
  private final STRtree tree;
  private final LineString[] lines;
  private final GeometryFactory gf = new GeometryFactory();

  public ChargerLinkMatcher(Network network, String mode) {
    this.network = network;
    int bit = network.modes().bit(mode);
    this.lines = new LineString[network.linkCount()];
    this.tree = new STRtree();
    for (int l = 0; l < network.linkCount(); l++) {
      if (!network.allowsMode(l, bit)) {
        continue;
      }
      int f = network.fromNode(l);
      int t = network.toNode(l);
      lines[l] = gf.createLineString(new Coordinate[] {
          new Coordinate(network.nodeX_m(f), network.nodeY_m(f)), new Coordinate(network.nodeX_m(t), network.nodeY_m(t))});
      tree.insert(lines[l].getEnvelopeInternal(), l);
    }
    tree.build();
  }

  /** A match: the link index (-1 if the network has no suitable link) and the distance in metres. */
  public record Match(int link, double distance_m) {}

  /** The nearest suitable link to (x, y) in the network CRS. */
  public Match nearest(double x_m, double y_m) {
    if (tree.isEmpty()) {
      return new Match(-1, Double.POSITIVE_INFINITY);
    }
    Point p = gf.createPoint(new Coordinate(x_m, y_m));
    ItemDistance dist = (ItemBoundable a, ItemBoundable b) -> geometry(a.getItem()).distance(geometry(b.getItem()));
    Object best = tree.nearestNeighbour(new Envelope(x_m, x_m, y_m, y_m), p, dist);
    int link = (Integer) best;
    double d = lines[link].distance(p);
    // prefer the lowest index among links at the same distance (the tree's order is not specified)
    Envelope around = new Envelope(x_m - d - 1e-6, x_m + d + 1e-6, y_m - d - 1e-6, y_m + d + 1e-6);
    for (Object o : tree.query(around)) {
      int l = (Integer) o;
      if (l < link && lines[l].distance(p) <= d) {
        link = l;
      }
    }
    return new Match(link, d);
  }

  private Geometry geometry(Object item) {
    return item instanceof Integer i ? lines[i] : (Geometry) item;
  }

  public Network network() {
    return network;
  }
}
