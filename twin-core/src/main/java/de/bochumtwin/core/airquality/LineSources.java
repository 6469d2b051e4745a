package de.bochumtwin.core.airquality;

import java.util.Arrays;

/**
 * Road links as straight line sources, struct-of-arrays: end points {@code x0,y0 -> x1,y1} (m),
 * street-canyon width (m, 0 = open road) and the emission rate of each species per clock hour of day
 * (g/s for the whole link, {@code rate[hour][species * n + source]}). Links of zero length are kept
 * (so indices match the caller's) but never emit into the model. Immutable after {@link Builder#build()}.
 */
public final class LineSources {
  public static final int HOURS = 24;
  private static final int S = AirSpecies.values().length;

  private final String[] id;
  private final double[] x0;
  private final double[] y0;
  private final double[] x1;
  private final double[] y1;
  private final double[] canyonWidth_m;
  private final double[][] rate_gps;

  private LineSources(String[] id, double[] x0, double[] y0, double[] x1, double[] y1, double[] canyon,
      double[][] rate) {
    this.id = id;
    this.x0 = x0;
    this.y0 = y0;
    this.x1 = x1;
    this.y1 = y1;
    this.canyonWidth_m = canyon;
    this.rate_gps = rate;
  }

  public static Builder builder(int capacity) {
    return new Builder(capacity);
  }

  public int size() {
    return id.length;
  }

  public String id(int s) {
    return id[s];
  }

  public double x0(int s) {
    return x0[s];
  }

  public double y0(int s) {
    return y0[s];
  }

  public double x1(int s) {
    return x1[s];
  }

  public double y1(int s) {
    return y1[s];
  }

  public double length_m(int s) {
    return Math.hypot(x1[s] - x0[s], y1[s] - y0[s]);
  }

  public double canyonWidth_m(int s) {
    return canyonWidth_m[s];
  }

  /** Emission rate (g/s for the whole link) of {@code species} in clock hour {@code hourOfDay}. */
  public double rate_gps(int s, int hourOfDay, AirSpecies species) {
    return rate_gps[hourOfDay][species.ordinal() * id.length + s];
  }

  /** Row of rates for one hour: {@code [species * size() + source]} (shared: do not modify). */
  double[] ratesOfHour(int hourOfDay) {
    return rate_gps[hourOfDay];
  }

  /** The same links with every rate multiplied by {@code factor} (e.g. 1/sample share). */
  public LineSources scaled(double factor) {
    double[][] r = new double[HOURS][];
    for (int h = 0; h < HOURS; h++) {
      r[h] = rate_gps[h].clone();
      for (int i = 0; i < r[h].length; i++) {
        r[h][i] *= factor;
      }
    }
    return new LineSources(id, x0, y0, x1, y1, canyonWidth_m, r);
  }

  /** Sum of the rate of one species over links and hours, in grams per day (3600 s per hour). */
  public double total_gPerDay(AirSpecies species) {
    double t = 0;
    int n = id.length;
    for (int h = 0; h < HOURS; h++) {
      for (int s = 0; s < n; s++) {
        t += rate_gps[h][species.ordinal() * n + s] * 3600;
      }
    }
    return t;
  }

  /** Grows as links are added; rates default to 0. */
  public static final class Builder {
    private int n;
    private String[] id;
    private double[] x0;
    private double[] y0;
    private double[] x1;
    private double[] y1;
    private double[] canyon;
    private double[][] rate = new double[HOURS][];

    private Builder(int capacity) {
      int c = Math.max(4, capacity);
      id = new String[c];
      x0 = new double[c];
      y0 = new double[c];
      x1 = new double[c];
      y1 = new double[c];
      canyon = new double[c];
    }

    /** Adds a link and returns its index. */
    public int add(String linkId, double fromX_m, double fromY_m, double toX_m, double toY_m, double canyonWidth_m) {
      if (!(Double.isFinite(fromX_m) && Double.isFinite(fromY_m) && Double.isFinite(toX_m) && Double.isFinite(toY_m))) {
        throw new IllegalArgumentException("link " + linkId + ": coordinates must be finite");
      }
      if (!(canyonWidth_m >= 0)) {
        throw new IllegalArgumentException("link " + linkId + ": canyon width must be >= 0 m, got " + canyonWidth_m);
      }
      if (n == id.length) {
        int c = n * 2;
        id = Arrays.copyOf(id, c);
        x0 = Arrays.copyOf(x0, c);
        y0 = Arrays.copyOf(y0, c);
        x1 = Arrays.copyOf(x1, c);
        y1 = Arrays.copyOf(y1, c);
        canyon = Arrays.copyOf(canyon, c);
      }
      id[n] = linkId;
      x0[n] = fromX_m;
      y0[n] = fromY_m;
      x1[n] = toX_m;
      y1[n] = toY_m;
      canyon[n] = canyonWidth_m;
      return n++;
    }

    /** Adds {@code rate_gps} (g/s, whole link) to the link's rate of {@code species} in clock hour {@code hourOfDay}. */
    public Builder addRate(int source, int hourOfDay, AirSpecies species, double rate_gps) {
      if (source < 0 || source >= n) {
        throw new IllegalArgumentException("no link with index " + source);
      }
      if (hourOfDay < 0 || hourOfDay >= HOURS) {
        throw new IllegalArgumentException("hour of day must be 0-23, got " + hourOfDay);
      }
      if (!(rate_gps >= 0) || Double.isInfinite(rate_gps)) {
        throw new IllegalArgumentException("link " + id[source] + ": emission rate must be finite and >= 0, got " + rate_gps);
      }
      if (rate[hourOfDay] == null) {
        rate[hourOfDay] = new double[S * id.length];
      } else if (rate[hourOfDay].length < S * id.length) {
        rate[hourOfDay] = regrow(rate[hourOfDay], id.length);
      }
      rate[hourOfDay][species.ordinal() * id.length + source] += rate_gps;
      return this;
    }

    private double[] regrow(double[] old, int cap) {
      int oldCap = old.length / S;
      double[] r = new double[S * cap];
      for (int k = 0; k < S; k++) {
        System.arraycopy(old, k * oldCap, r, k * cap, oldCap);
      }
      return r;
    }

    public LineSources build() {
      double[][] r = new double[HOURS][];
      int cap = id.length;
      for (int h = 0; h < HOURS; h++) {
        r[h] = new double[S * n];
        if (rate[h] != null) {
          int oldCap = rate[h].length / S;
          for (int k = 0; k < S; k++) {
            System.arraycopy(rate[h], k * oldCap, r[h], k * n, n);
          }
        }
      }
      assert cap >= n;
      return new LineSources(Arrays.copyOf(id, n), Arrays.copyOf(x0, n), Arrays.copyOf(y0, n), Arrays.copyOf(x1, n),
          Arrays.copyOf(y1, n), Arrays.copyOf(canyon, n), r);
    }
  }
}
