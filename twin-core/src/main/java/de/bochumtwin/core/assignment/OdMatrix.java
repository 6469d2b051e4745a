package de.bochumtwin.core.assignment;

import java.util.Arrays;

/**
 * Sparse origin-destination demand between zones, stored per origin in compressed-sparse-row form:
 * the pairs of origin {@code o} are rows {@code start(o) .. end(o)-1}, sorted by destination.
 *
 * <p>Only pairs with positive volume between different zones are kept (intrazonal demand never uses
 * the network). Volumes are in vehicles per assignment period, the same unit as link capacities.
 * Immutable; build with {@link #builder(int)}.
 */
public final class OdMatrix {
  private final int zoneCount;
  private final int[] start;
  private final int[] destination;
  private final double[] volume;
  private final double total;

  private OdMatrix(int zoneCount, int[] start, int[] destination, double[] volume) {
    this.zoneCount = zoneCount;
    this.start = start;
    this.destination = destination;
    this.volume = volume;
    double s = 0;
    for (double v : volume) {
      s += v;
    }
    this.total = s;
  }

  public int zoneCount() {
    return zoneCount;
  }

  /** Number of stored (positive, interzonal) pairs. */
  public int pairCount() {
    return destination.length;
  }

  public int start(int origin) {
    return start[origin];
  }

  public int end(int origin) {
    return start[origin + 1];
  }

  /** Origin zone of a stored pair (binary search; not for hot loops). */
  public int origin(int pair) {
    int o = Arrays.binarySearch(start, pair);
    if (o < 0) {
      return -o - 2;
    }
    while (o + 1 < start.length && start[o + 1] == pair) {
      o++;
    }
    return o;
  }

  public int destination(int pair) {
    return destination[pair];
  }

  public double volume(int pair) {
    return volume[pair];
  }

  /** Sum of all stored volumes. */
  public double total() {
    return total;
  }

  public static Builder builder(int zoneCount) {
    return new Builder(zoneCount);
  }

  /** Collects {@code (origin, destination, volume)} entries; repeated pairs are summed. */
  public static final class Builder {
    private final int zoneCount;
    private long[] key = new long[64];
    private double[] vol = new double[64];
    private int size;

    private Builder(int zoneCount) {
      if (zoneCount <= 0) {
        throw new IllegalArgumentException("zone count must be > 0, got " + zoneCount);
      }
      this.zoneCount = zoneCount;
    }

    /** Adds demand; zero volumes and intrazonal pairs are accepted and dropped. */
    public Builder add(int origin, int dest, double volume) {
      if (origin < 0 || origin >= zoneCount || dest < 0 || dest >= zoneCount) {
        throw new IllegalArgumentException("zone index out of range 0.." + (zoneCount - 1) + ": " + origin + " -> " + dest);
      }
      if (!(volume >= 0) || Double.isInfinite(volume)) {
        throw new IllegalArgumentException("OD volume must be finite and >= 0, got " + volume + " for " + origin + " -> " + dest);
      }
      if (volume == 0 || origin == dest) {
        return this;
      }
      if (size == key.length) {
        key = Arrays.copyOf(key, size * 2);
        vol = Arrays.copyOf(vol, size * 2);
      }
      key[size] = (long) origin * zoneCount + dest;
      vol[size] = volume;
      size++;
      return this;
    }

    public OdMatrix build() {
      Integer[] order = new Integer[size];
      for (int i = 0; i < size; i++) {
        order[i] = i;
      }
      // stable sort: repeated pairs are summed in insertion order, so the result is reproducible
      Arrays.sort(order, (x, y) -> Long.compare(key[x], key[y]));
      int[] start = new int[zoneCount + 1];
      int[] dest = new int[size];
      double[] v = new double[size];
      int m = 0;
      long last = -1;
      for (int k = 0; k < size; k++) {
        int i = order[k];
        if (key[i] == last) {
          v[m - 1] += vol[i];
          continue;
        }
        last = key[i];
        int o = (int) (key[i] / zoneCount);
        dest[m] = (int) (key[i] % zoneCount);
        v[m] = vol[i];
        start[o + 1]++;
        m++;
      }
      for (int o = 0; o < zoneCount; o++) {
        start[o + 1] += start[o];
      }
      return new OdMatrix(zoneCount, start, Arrays.copyOf(dest, m), Arrays.copyOf(v, m));
    }
  }
}
