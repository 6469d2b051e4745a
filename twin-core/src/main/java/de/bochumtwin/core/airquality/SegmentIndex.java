package de.bochumtwin.core.airquality;

import java.util.Arrays;

/**
 * Uniform bucket grid over the links' bounding boxes, so a receptor only looks at links in the
 * buckets within the cutoff distance (then filtered by the exact point-to-segment distance). Buckets
 * are stored CSR-style ({@code start[cell]..start[cell+1]} into {@code items}). Read-only and shared
 * between threads; each thread passes its own {@link Query}.
 */
final class SegmentIndex {
  private final LineSources src;
  private final double cell_m;
  private final double minX;
  private final double minY;
  private final int nx;
  private final int ny;
  private final int[] start;
  private final int[] items;

  SegmentIndex(LineSources src, double cell_m) {
    this.src = src;
    this.cell_m = cell_m;
    double x0 = Double.POSITIVE_INFINITY;
    double y0 = Double.POSITIVE_INFINITY;
    double x1 = Double.NEGATIVE_INFINITY;
    double y1 = Double.NEGATIVE_INFINITY;
    int n = src.size();
    for (int s = 0; s < n; s++) {
      x0 = Math.min(x0, Math.min(src.x0(s), src.x1(s)));
      y0 = Math.min(y0, Math.min(src.y0(s), src.y1(s)));
      x1 = Math.max(x1, Math.max(src.x0(s), src.x1(s)));
      y1 = Math.max(y1, Math.max(src.y0(s), src.y1(s)));
    }
    if (n == 0) {
      x0 = y0 = x1 = y1 = 0;
    }
    minX = x0;
    minY = y0;
    nx = Math.max(1, (int) Math.ceil((x1 - x0) / cell_m) + 1);
    ny = Math.max(1, (int) Math.ceil((y1 - y0) / cell_m) + 1);
    int[] count = new int[nx * ny + 1];
    for (int pass = 0; pass < 2; pass++) {
      int[] fill = pass == 1 ? Arrays.copyOf(count, count.length) : null;
      for (int s = 0; s < n; s++) {
        int ia = cx(Math.min(src.x0(s), src.x1(s)));
        int ib = cx(Math.max(src.x0(s), src.x1(s)));
        int ja = cy(Math.min(src.y0(s), src.y1(s)));
        int jb = cy(Math.max(src.y0(s), src.y1(s)));
        for (int j = ja; j <= jb; j++) {
          for (int i = ia; i <= ib; i++) {
            if (pass == 0) {
              count[j * nx + i + 1]++;
            } else {
              itemsTmp[fill[j * nx + i]++] = s;
            }
          }
        }
      }
      if (pass == 0) {
        for (int c = 0; c < nx * ny; c++) {
          count[c + 1] += count[c];
        }
        itemsTmp = new int[count[nx * ny]];
      }
    }
    start = count;
    items = itemsTmp;
    itemsTmp = null;
  }

  private int[] itemsTmp;

  private int cx(double x) {
    return Math.max(0, Math.min(nx - 1, (int) Math.floor((x - minX) / cell_m)));
  }

  private int cy(double y) {
    return Math.max(0, Math.min(ny - 1, (int) Math.floor((y - minY) / cell_m)));
  }

  /** Per-thread scratch: de-duplication stamps and the result list. */
  static final class Query {
    final int[] stamp;
    int epoch;
    int[] found = new int[64];
    int count;

    Query(int sources) {
      stamp = new int[sources];
    }
  }

  /** Fills {@code q.found[0..q.count)} with the links within {@code cutoff_m} of (x, y), in a fixed order. */
  void near(double x, double y, double cutoff_m, Query q) {
    q.count = 0;
    q.epoch++;
    int ia = cx(x - cutoff_m);
    int ib = cx(x + cutoff_m);
    int ja = cy(y - cutoff_m);
    int jb = cy(y + cutoff_m);
    double c2 = cutoff_m * cutoff_m;
    for (int j = ja; j <= jb; j++) {
      for (int i = ia; i <= ib; i++) {
        int c = j * nx + i;
        for (int k = start[c]; k < start[c + 1]; k++) {
          int s = items[k];
          if (q.stamp[s] == q.epoch) {
            continue;
          }
          q.stamp[s] = q.epoch;
          if (distance2(x, y, s) <= c2) {
            if (q.count == q.found.length) {
              q.found = Arrays.copyOf(q.found, q.count * 2);
            }
            q.found[q.count++] = s;
          }
        }
      }
    }
    Arrays.sort(q.found, 0, q.count);
  }

  /** Squared distance from (x, y) to link s. */
  double distance2(double x, double y, int s) {
    double ax = src.x0(s);
    double ay = src.y0(s);
    double dx = src.x1(s) - ax;
    double dy = src.y1(s) - ay;
    double l2 = dx * dx + dy * dy;
    double t = l2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / l2));
    double px = ax + t * dx - x;
    double py = ay + t * dy - y;
    return px * px + py * py;
  }
}
