package de.bochumtwin.core.ev;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds chargers near a point: a uniform grid over the charger coordinates (cell size = the typical
 * search radius), so a query looks at the 3 x 3 (or more) cells around the point only. Used by the
 * planner before the mobsim, never per event. Immutable after construction.
 */
public final class ChargerIndex {
  private final Chargers chargers;
  private final double cell_m;
  private final Map<Long, int[]> cells;

  public ChargerIndex(Chargers chargers, double cell_m) {
    if (!(cell_m > 0)) {
      throw new IllegalArgumentException("cell size must be > 0 m, got " + cell_m);
    }
    this.chargers = chargers;
    this.cell_m = cell_m;
    Map<Long, List<Integer>> tmp = new HashMap<>();
    for (int c = 0; c < chargers.size(); c++) {
      tmp.computeIfAbsent(key(cx(chargers.x_m(c)), cx(chargers.y_m(c))), k -> new ArrayList<>()).add(c);
    }
    cells = new HashMap<>();
    for (Map.Entry<Long, List<Integer>> e : tmp.entrySet()) {
      cells.put(e.getKey(), e.getValue().stream().mapToInt(Integer::intValue).toArray());
    }
  }

  /**
   * Chargers within {@code radius_m} of (x, y) that pass {@code filter}, nearest first (ties by index),
   * at most {@code limit}.
   */
  public int[] near(double x_m, double y_m, double radius_m, int limit, ChargerFilter filter) {
    int r = (int) Math.ceil(radius_m / cell_m);
    long cx = cx(x_m);
    long cy = cx(y_m);
    List<double[]> found = new ArrayList<>();
    for (long i = cx - r; i <= cx + r; i++) {
      for (long j = cy - r; j <= cy + r; j++) {
        int[] items = cells.get(key(i, j));
        if (items == null) {
          continue;
        }
        for (int c : items) {
          double d = Math.hypot(chargers.x_m(c) - x_m, chargers.y_m(c) - y_m);
          if (d <= radius_m && filter.accept(c)) {
            found.add(new double[] {d, c});
          }
        }
      }
    }
    found.sort((a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]));
    int n = Math.min(limit, found.size());
    int[] out = new int[n];
    for (int k = 0; k < n; k++) {
      out[k] = (int) found.get(k)[1];
    }
    return out;
  }

  private long cx(double v) {
    return (long) Math.floor(v / cell_m);
  }

  private static long key(long i, long j) {
    return (i << 32) ^ (j & 0xffffffffL);
  }

  /** Accepts or rejects a charger by index. */
  @FunctionalInterface
  public interface ChargerFilter {
    boolean accept(int charger);
  }

  @Override
  public String toString() {
    return "ChargerIndex[" + chargers.size() + " chargers, cell " + cell_m + " m, " + cells.size() + " cells]";
  }
}
