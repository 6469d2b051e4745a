package de.bochumtwin.core.network;

/**
 * Finds the link nearest to a point, among the links that allow a given mode: used to attach
 * activities that have only a coordinate to the network (as MATSim's XY-to-links step does).
 *
 * <p>Distance is the Euclidean distance from the point to the link's straight segment between its
 * from- and to-node, in metres. Ties (equal distance, e.g. the two directions of a road) go to the
 * lower link index, so the result is deterministic.
 *
 * <p>Layout: a uniform grid of square buckets over the nodes' bounding box, about one bucket per link;
 * each link is listed (compressed-sparse-row arrays) in every bucket its segment crosses. A query
 * scans rings of buckets around the point and stops once the ring is farther than the best link
 * found. Immutable after construction and safe to share between threads.
 */
public final class NearestLinkIndex {
  private final Network net;
  private final double minX;
  private final double minY;
  private final double cell_m;
  private final int nx;
  private final int ny;
  private final int[] cellStart;
  private final int[] cellLinks;
  private final int indexedLinks;

  private NearestLinkIndex(Network net, int modeMask) {
    this.net = net;
    double x0 = Double.POSITIVE_INFINITY;
    double y0 = Double.POSITIVE_INFINITY;
    double x1 = Double.NEGATIVE_INFINITY;
    double y1 = Double.NEGATIVE_INFINITY;
    int count = 0;
    for (int l = 0; l < net.linkCount(); l++) {
      if (!accepts(net, l, modeMask)) {
        continue;
      }
      count++;
      for (int node : new int[] {net.fromNode(l), net.toNode(l)}) {
        x0 = Math.min(x0, net.nodeX_m(node));
        y0 = Math.min(y0, net.nodeY_m(node));
        x1 = Math.max(x1, net.nodeX_m(node));
        y1 = Math.max(y1, net.nodeY_m(node));
      }
    }
    this.indexedLinks = count;
    if (count == 0) {
      minX = 0;
      minY = 0;
      cell_m = 1;
      nx = 1;
      ny = 1;
      cellStart = new int[2];
      cellLinks = new int[0];
      return;
    }
    double w = Math.max(x1 - x0, 1e-9);
    double h = Math.max(y1 - y0, 1e-9);
    // about one bucket per link; a degenerate (line-shaped) extent falls back to its longer side
    double cell = Math.sqrt(w * h / count);
    if (!(cell > 0) || Math.max(w, h) / cell > 4L * count + 16) {
      cell = Math.max(w, h) / Math.min(count, 1 << 16);
    }
    this.minX = x0;
    this.minY = y0;
    this.cell_m = Math.max(cell, 1e-6);
    this.nx = Math.min((int) (w / cell_m) + 1, 1 << 15);
    this.ny = Math.min((int) (h / cell_m) + 1, 1 << 15);
    int cells = nx * ny;
    int[] counts = new int[cells + 1];
    forEachCell(modeMask, (cellIdx, link) -> counts[cellIdx + 1]++);
    for (int i = 0; i < cells; i++) {
      counts[i + 1] += counts[i];
    }
    this.cellStart = counts;
    this.cellLinks = new int[counts[cells]];
    int[] fill = java.util.Arrays.copyOf(counts, cells);
    forEachCell(modeMask, (cellIdx, link) -> cellLinks[fill[cellIdx]++] = link);
  }

  /** Indexes the links allowing at least one mode of {@code modeMask} (see {@link ModeRegistry#bit}); -1 indexes all links. */
  public static NearestLinkIndex build(Network net, int modeMask) {
    return new NearestLinkIndex(net, modeMask);
  }

  /** Indexes the links allowing {@code mode}; the index is empty when no link allows it. */
  public static NearestLinkIndex forMode(Network net, String mode) {
    return new NearestLinkIndex(net, net.modes().bit(mode) == 0 ? 0 : net.modes().bit(mode));
  }

  private static boolean accepts(Network net, int link, int modeMask) {
    return modeMask == -1 || (net.modeMask(link) & modeMask) != 0;
  }

  private interface CellVisitor {
    void visit(int cell, int link);
  }

  private void forEachCell(int modeMask, CellVisitor v) {
    for (int l = 0; l < net.linkCount(); l++) {
      if (!accepts(net, l, modeMask)) {
        continue;
      }
      double ax = net.nodeX_m(net.fromNode(l));
      double ay = net.nodeY_m(net.fromNode(l));
      double bx = net.nodeX_m(net.toNode(l));
      double by = net.nodeY_m(net.toNode(l));
      int cy0 = cellY(Math.min(ay, by));
      int cy1 = cellY(Math.max(ay, by));
      if (cy0 == cy1) {
        for (int cx = cellX(Math.min(ax, bx)); cx <= cellX(Math.max(ax, bx)); cx++) {
          v.visit(cy0 * nx + cx, l);
        }
        continue;
      }
      // row by row, only the buckets the segment crosses (a long diagonal link is not listed in
      // every bucket of its bounding box); a tiny margin guards against rounding at bucket edges
      double eps = cell_m * 1e-9;
      double slope = (bx - ax) / (by - ay);
      double yMin = Math.min(ay, by);
      double yMax = Math.max(ay, by);
      for (int cy = cy0; cy <= cy1; cy++) {
        double lo = Math.max(minY + cy * cell_m, yMin);
        double hi = Math.min(minY + (cy + 1) * cell_m, yMax);
        double xa = ax + (lo - ay) * slope;
        double xb = ax + (hi - ay) * slope;
        int from = cellX(Math.min(xa, xb) - eps);
        int to = cellX(Math.max(xa, xb) + eps);
        for (int cx = from; cx <= to; cx++) {
          v.visit(cy * nx + cx, l);
        }
      }
    }
  }

  private int cellX(double x) {
    return clamp((int) Math.floor((x - minX) / cell_m), nx);
  }

  private int cellY(double y) {
    return clamp((int) Math.floor((y - minY) / cell_m), ny);
  }

  private static int clamp(int v, int n) {
    return v < 0 ? 0 : Math.min(v, n - 1);
  }

  /** Number of links in the index. */
  public int size() {
    return indexedLinks;
  }

  /** The nearest indexed link to (x, y) in metres, or -1 when the index is empty. */
  public int nearestLink(double x_m, double y_m) {
    if (indexedLinks == 0) {
      return -1;
    }
    int cx = cellX(x_m);
    int cy = cellY(y_m);
    int best = -1;
    double bestD2 = Double.POSITIVE_INFINITY;
    for (int r = 0; ; r++) {
      if (best >= 0 && unvisitedLowerBoundSq(x_m, y_m, cx, cy, r - 1) > bestD2) {
        break;
      }
      if (cx - r < 0 && cy - r < 0 && cx + r >= nx && cy + r >= ny) {
        break; // the previous ring already covered the whole grid
      }
      for (int y = cy - r; y <= cy + r; y++) {
        if (y < 0 || y >= ny) {
          continue;
        }
        boolean edgeRow = y == cy - r || y == cy + r;
        int step = edgeRow ? 1 : 2 * r;
        for (int x = cx - r; x <= cx + r; x += Math.max(step, 1)) {
          if (x < 0 || x >= nx) {
            continue;
          }
          int c = y * nx + x;
          for (int p = cellStart[c]; p < cellStart[c + 1]; p++) {
            int l = cellLinks[p];
            double d2 = distanceSq(l, x_m, y_m);
            if (d2 < bestD2 || (d2 == bestD2 && l < best)) {
              bestD2 = d2;
              best = l;
            }
          }
        }
      }
    }
    return best;
  }

  /**
   * Squared lower bound of the distance from (x, y) to any bucket outside the square of rings 0..r
   * around (cx, cy): the buckets left are in the half-planes beyond the square's sides that the grid
   * extends past, so the bound is the distance to the nearest such half-plane (infinite when none).
   */
  private double unvisitedLowerBoundSq(double x, double y, int cx, int cy, int r) {
    double d = Double.POSITIVE_INFINITY;
    if (cx - r > 0) {
      d = Math.min(d, Math.max(0, x - (minX + (cx - r) * cell_m)));
    }
    if (cx + r < nx - 1) {
      d = Math.min(d, Math.max(0, minX + (cx + r + 1) * cell_m - x));
    }
    if (cy - r > 0) {
      d = Math.min(d, Math.max(0, y - (minY + (cy - r) * cell_m)));
    }
    if (cy + r < ny - 1) {
      d = Math.min(d, Math.max(0, minY + (cy + r + 1) * cell_m - y));
    }
    return d * d;
  }

  /** Squared distance from (px, py) to the segment of {@code link}. */
  public double distanceSq(int link, double px, double py) {
    double ax = net.nodeX_m(net.fromNode(link));
    double ay = net.nodeY_m(net.fromNode(link));
    double dx = net.nodeX_m(net.toNode(link)) - ax;
    double dy = net.nodeY_m(net.toNode(link)) - ay;
    double len2 = dx * dx + dy * dy;
    double t = len2 == 0 ? 0 : ((px - ax) * dx + (py - ay) * dy) / len2;
    t = t < 0 ? 0 : Math.min(t, 1);
    double ex = ax + t * dx - px;
    double ey = ay + t * dy - py;
    return ex * ex + ey * ey;
  }
}
