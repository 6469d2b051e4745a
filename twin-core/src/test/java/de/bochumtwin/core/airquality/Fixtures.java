package de.bochumtwin.core.airquality;

import java.util.SplittableRandom;

/** Seeded synthetic inputs for the air-quality tests. */
final class Fixtures {
  private Fixtures() {}

  /** {@code n} random links in a 3 km square with a daily emission profile; every fourth is a 20 m canyon. */
  static LineSources randomNetwork(long seed, int n) {
    SplittableRandom rnd = new SplittableRandom(seed);
    LineSources.Builder b = LineSources.builder(n);
    for (int i = 0; i < n; i++) {
      double x = rnd.nextDouble(3000);
      double y = rnd.nextDouble(3000);
      double a = rnd.nextDouble(2 * Math.PI);
      double l = 50 + rnd.nextDouble(600);
      int s = b.add("l" + i, x, y, x + l * Math.cos(a), y + l * Math.sin(a), i % 4 == 0 ? 20 : 0);
      double base = rnd.nextDouble(0.02); // g/s NOx
      for (int h = 0; h < 24; h++) {
        double f = 0.3 + Math.sin(Math.PI * h / 24);
        b.addRate(s, h, AirSpecies.NOX, base * f);
        b.addRate(s, h, AirSpecies.NO2, 0.15 * base * f);
        b.addRate(s, h, AirSpecies.PM10, 0.02 * base * f);
        b.addRate(s, h, AirSpecies.PM2_5, 0.012 * base * f);
      }
    }
    return b.build();
  }

  /** One day of random hourly weather. */
  static Meteorology day(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Meteorology.Builder b = Meteorology.builder();
    for (int h = 0; h < 24; h++) {
      b.hour("h" + h, h, 0, 0.5 + rnd.nextDouble(6), rnd.nextDouble(360), StabilityClass.values()[rnd.nextInt(6)], 10);
    }
    return b.build();
  }
}
