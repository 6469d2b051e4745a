package de.bochumtwin.core.airquality;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the dispersion for every receptor and hour: Gaussian line sources ({@link LineSourceKernel}),
 * plus the street-canyon increment ({@link StreetCanyon}) for receptors inside a canyon link's street,
 * plus the background; NO2 by {@link No2Conversion}. Receptors are handed out in blocks to a fixed
 * thread pool; each receptor is computed completely by one thread (sources in index order, hours in
 * time order), so results are bit-identical for any thread count.
 *
 * <p>Cost per receptor: building the elements of the links within the cutoff once, then per hour one
 * kernel evaluation per element (skipped cheaply when upwind or more than 6 sigma_y off the plume).
 */
public final class ConcentrationModel {
  private static final int BLOCK = 32;
  private static final int S = AirSpecies.values().length;

  private final LineSources src;
  private final DispersionSettings st;
  private final No2Conversion.Method no2Method;
  private final SegmentIndex index;

  public ConcentrationModel(LineSources sources, DispersionSettings settings, No2Conversion.Method no2Method) {
    this.src = sources;
    this.st = settings;
    this.no2Method = no2Method;
    this.index = new SegmentIndex(sources, Math.max(50, settings.cutoff_m() / 2));
  }

  /**
   * Computes concentrations.
   *
   * @param keepHourly keep every receptor's hourly values (memory: hours x 4 x receptors floats)
   */
  public AirQualityResult run(Receptors rec, Meteorology met, Background bg, boolean keepHourly) {
    int hours = met.hourCount();
    if (bg.hourCount() >= 0 && bg.hourCount() != hours) {
      throw new IllegalArgumentException("hourly background has " + bg.hourCount() + " hours, the meteorology " + hours);
    }
    int n = rec.size();
    int named = rec.namedCount();
    if (keepHourly && (long) hours * S * n > 400_000_000L) {
      throw new IllegalArgumentException("keeping " + hours + " hours x " + n + " receptors is too much memory;"
          + " use fewer hours or a coarser grid");
    }
    double[] mean = new double[S * n];
    float[][] hourly = keepHourly ? new float[hours][S * n] : null;
    double[] series = new double[S * hours * named];
    int[] no2Hours = new int[n];
    int[] pm10Days = new int[n];
    int[] validDays = new int[1];
    long[] counters = new long[2];
    double[][] bgv = new double[S][hours];
    for (AirSpecies s : AirSpecies.values()) {
      for (int h = 0; h < hours; h++) {
        bgv[s.ordinal()][h] = bg.value(s, h);
      }
    }
    int blocks = (n + BLOCK - 1) / BLOCK;
    AtomicInteger next = new AtomicInteger();
    int threads = Math.min(st.threads(), Math.max(1, blocks));
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "airquality");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<long[]>> fs = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        fs.add(pool.submit(() -> {
          Worker w = new Worker(met, bgv, mean, hourly, series, no2Hours, pm10Days, validDays, n, named);
          int b;
          while ((b = next.getAndIncrement()) < blocks) {
            for (int r = b * BLOCK, end = Math.min(n, r + BLOCK); r < end; r++) {
              w.receptor(r, rec.x_m(r), rec.y_m(r));
            }
          }
          return new long[] {w.evaluations, w.pairs};
        }));
      }
      for (Future<long[]> f : fs) {
        long[] c = f.get();
        counters[0] += c[0];
        counters[1] += c[1];
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("air-quality computation interrupted", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(c);
    } finally {
      pool.shutdownNow();
    }
    return new AirQualityResult(rec, met, mean, hourly, series, no2Hours, pm10Days, validDays, counters[0], counters[1]);
  }

  /** Per-thread scratch and the loop over one receptor's hours. */
  private final class Worker {
    final Meteorology met;
    final double[][] bgv;
    final double[] mean;
    final float[][] hourly;
    final double[] series;
    final int[] no2Hours;
    final int[] pm10Days;
    final int[] validDays;
    final int n;
    final int named;
    final SegmentIndex.Query q = new SegmentIndex.Query(src.size());
    final LineSourceKernel.Elements el = new LineSourceKernel.Elements();
    final StreetCanyon.Members canyon = new StreetCanyon.Members();
    double[] k = new double[64];
    final double[] d = new double[S];
    final double[] wx;
    final double[] wy;
    final double[] u;
    long evaluations;
    long pairs;

    Worker(Meteorology met, double[][] bgv, double[] mean, float[][] hourly, double[] series, int[] no2Hours,
        int[] pm10Days, int[] validDays, int n, int named) {
      this.met = met;
      this.bgv = bgv;
      this.mean = mean;
      this.hourly = hourly;
      this.series = series;
      this.no2Hours = no2Hours;
      this.pm10Days = pm10Days;
      this.validDays = validDays;
      this.n = n;
      this.named = named;
      int hours = met.hourCount();
      wx = new double[hours];
      wy = new double[hours];
      u = new double[hours];
      for (int h = 0; h < hours; h++) {
        double phi = Math.toRadians(met.windFrom_deg(h));
        wx[h] = -Math.sin(phi);
        wy[h] = -Math.cos(phi);
        u[h] = Math.max(st.minWind_mps(), met.wind_mps(h));
      }
    }

    void receptor(int r, double px, double py) {
      index.near(px, py, st.cutoff_m(), q);
      int m = q.count;
      pairs += m;
      if (k.length < m) {
        k = new double[Math.max(m, 2 * k.length)];
      }
      el.count = 0;
      canyon.clear();
      for (int i = 0; i < m; i++) {
        int s = q.found[i];
        LineSourceKernel.cut(px, py, src.x0(s), src.y0(s), src.x1(s), src.y1(s), i, st, el);
        StreetCanyon.collect(src, s, i, px, py, canyon);
      }
      int hours = met.hourCount();
      double[] sum = new double[S];
      double pmDay = 0;
      int pmDayHours = 0;
      int day = met.day(0);
      int no2Count = 0;
      int pmCount = 0;
      int days = 0;
      for (int h = 0; h < hours; h++) {
        if (met.day(h) != day) {
          if (pmDayHours >= AirQualityResult.MIN_HOURS_PER_DAY) {
            days++;
            if (pmDay / pmDayHours > AirQualityResult.PM10_DAILY_LIMIT) {
              pmCount++;
            }
          }
          day = met.day(h);
          pmDay = 0;
          pmDayHours = 0;
        }
        java.util.Arrays.fill(k, 0, m, 0.0);
        StabilityClass cls = met.stability(h);
        double uh = u[h];
        double ax = wx[h];
        double ay = wy[h];
        for (int e = 0; e < el.count; e++) {
          k[el.local[e]] += el.frac[e] * LineSourceKernel.element(el.relX[e], el.relY[e], el.ex[e], el.ey[e], ax, ay, uh, cls, st);
        }
        evaluations += el.count;
        StreetCanyon.add(canyon, ax, ay, uh, st, k);
        double[] rates = src.ratesOfHour(met.hourOfDay(h));
        int ns = src.size();
        for (int sp = 0; sp < S; sp++) {
          double c = 0;
          int off = sp * ns;
          for (int i = 0; i < m; i++) {
            c += k[i] * rates[off + q.found[i]];
          }
          d[sp] = c * 1e6;
        }
        double nox = bgv[0][h] + d[0];
        double no2 = No2Conversion.no2(no2Method, bgv[1][h], bgv[0][h], d[0], d[1]);
        double pm10 = bgv[2][h] + d[2];
        double pm25 = bgv[3][h] + d[3];
        sum[0] += nox;
        sum[1] += no2;
        sum[2] += pm10;
        sum[3] += pm25;
        if (no2 > AirQualityResult.NO2_HOURLY_LIMIT) {
          no2Count++;
        }
        pmDay += pm10;
        pmDayHours++;
        if (hourly != null) {
          float[] row = hourly[h];
          row[r] = (float) nox;
          row[n + r] = (float) no2;
          row[2 * n + r] = (float) pm10;
          row[3 * n + r] = (float) pm25;
        }
        if (r < named) {
          series[(0 * hours + h) * named + r] = nox;
          series[(1 * hours + h) * named + r] = no2;
          series[(2 * hours + h) * named + r] = pm10;
          series[(3 * hours + h) * named + r] = pm25;
        }
      }
      if (pmDayHours >= AirQualityResult.MIN_HOURS_PER_DAY) {
        days++;
        if (pmDay / pmDayHours > AirQualityResult.PM10_DAILY_LIMIT) {
          pmCount++;
        }
      }
      for (int sp = 0; sp < S; sp++) {
        mean[sp * n + r] = sum[sp] / hours;
      }
      no2Hours[r] = no2Count;
      pm10Days[r] = pmCount;
      validDays[0] = days;
    }
  }
}
