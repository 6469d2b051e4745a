package de.bochumtwin.scenarios.airquality;

import de.bochumtwin.core.airquality.Meteorology;
import de.bochumtwin.core.airquality.PasquillTurner;
import de.bochumtwin.core.airquality.StabilityClass;
import java.util.SplittableRandom;

/**
 * A synthetic but plausible year of hourly weather for Bochum, for annual means when no measured
 * year is at hand. All parameters are estimates for the Ruhr area (marked E in docs/airquality.md):
 * wind from 8 sectors with south-west and west prevailing (N 7 %, NE 8 %, E 9 %, SE 8 %, S 14 %,
 * SW 24 %, W 19 %, NW 11 %), the sector kept with probability 0.9 from one hour to the next
 * (persistence), direction uniform within the sector; speed at 10 m Weibull with shape 1.8 and scale
 * 3.6 m/s (mean 3.2 m/s), times {@code 1 + 0.15 cos(2 pi (h - 14) / 24)} (windier afternoons); cloud
 * cover 0-8 octas drawn with weights giving a mean of 5.2 octas (Germany's long-term mean cloud cover is
 * about two thirds); stability from {@link PasquillTurner} with the sun elevation of each hour (local
 * standard time = UTC+1). 365 days, hour 0 = 1 January 00:00. Seeded: the same seed gives the same year.
 */
public final class SyntheticClimate {
  static final double[] SECTOR_SHARE = {0.07, 0.08, 0.09, 0.08, 0.14, 0.24, 0.19, 0.11};
  static final double[] CLOUD_WEIGHT = {0.08, 0.07, 0.06, 0.06, 0.08, 0.10, 0.15, 0.22, 0.18};
  static final double WEIBULL_K = 1.8;
  static final double WEIBULL_SCALE_MPS = 3.6;
  static final double PERSISTENCE = 0.9;

  private SyntheticClimate() {}

  public static Meteorology bochumYear(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Meteorology.Builder b = Meteorology.builder();
    int sector = draw(rnd, SECTOR_SHARE);
    for (int i = 0; i < 365 * 24; i++) {
      int day = i / 24;
      int h = i % 24;
      if (rnd.nextDouble() >= PERSISTENCE) {
        sector = draw(rnd, SECTOR_SHARE);
      }
      double dir = (sector * 45.0 + (rnd.nextDouble() - 0.5) * 45.0 + 360) % 360;
      double weibull = WEIBULL_SCALE_MPS * Math.pow(-Math.log(1 - rnd.nextDouble()), 1 / WEIBULL_K);
      double u = weibull * (1 + 0.15 * Math.cos(2 * Math.PI * (h - 14) / 24.0));
      int cloud = draw(rnd, CLOUD_WEIGHT);
      double solarHour = h + 0.5 - 1 + MetFileReader.LON_DEG / 15.0;
      double elev = PasquillTurner.sunElevation_deg(day + 1, solarHour, MetFileReader.LAT_DEG);
      StabilityClass cls = PasquillTurner.classify(u, elev, cloud, Double.NaN);
      double temp = 10.5 - 8 * Math.cos(2 * Math.PI * (day - 15) / 365.0) + 3 * Math.sin(2 * Math.PI * (h - 9) / 24.0);
      b.hour(String.format("day %03d %02d:00", day + 1, h), h, day, u, dir, cls, temp);
    }
    return b.build();
  }

  private static int draw(SplittableRandom rnd, double[] w) {
    double u = rnd.nextDouble();
    double c = 0;
    for (int i = 0; i < w.length; i++) {
      c += w[i];
      if (u < c) {
        return i;
      }
    }
    return w.length - 1;
  }
}
