package de.bochumtwin.core.airquality;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Differential checks: the element (crosswind line) quadrature against a brute-force sum of 20,000
 * point sources per link for oblique links; the street-canyon increment and the NO2 conversion by hand;
 * thread-count independence.
 */
class A02_KernelReferenceTest {
  /** Brute force: many point sources (w = 0 branch) along the link, each with its own downwind distance. */
  static double reference(double px, double py, double ax, double ay, double bx, double by, double wx, double wy,
      double u, StabilityClass c, DispersionSettings st) {
    int n = 20_000;
    double sum = 0;
    for (int i = 0; i < n; i++) {
      double t = (i + 0.5) / n;
      double mx = ax + t * (bx - ax);
      double my = ay + t * (by - ay);
      sum += LineSourceKernel.element(px - mx, py - my, 0, 0, wx, wy, u, c, st) / n;
    }
    return sum;
  }

  @Test
  void elementQuadratureMatchesBruteForcePointSources() {
    long seed = 20261126L;
    SplittableRandom rnd = new SplittableRandom(seed);
    DispersionSettings st = DispersionSettings.defaults(1);
    int checked = 0;
    double sumRel = 0;
    for (int trial = 0; trial < 200; trial++) {
      double ax = rnd.nextDouble(-300, 300);
      double ay = rnd.nextDouble(-300, 300);
      double bx = rnd.nextDouble(-300, 300);
      double by = rnd.nextDouble(-300, 300);
      double px = rnd.nextDouble(-100, 100);
      double py = rnd.nextDouble(-100, 100);
      double phi = Math.toRadians(rnd.nextDouble(360));
      double wx = -Math.sin(phi);
      double wy = -Math.cos(phi);
      StabilityClass c = StabilityClass.values()[rnd.nextInt(6)];
      LineSourceKernel.Elements el = new LineSourceKernel.Elements();
      LineSourceKernel.cut(px, py, ax, ay, bx, by, 0, st, el);
      double got = 0;
      for (int e = 0; e < el.count; e++) {
        got += el.frac[e] * LineSourceKernel.element(el.relX[e], el.relY[e], el.ex[e], el.ey[e], wx, wy, 2.5, c, st);
      }
      double ref = reference(px, py, ax, ay, bx, by, wx, wy, 2.5, c, st);
      if (ref < 1e-9) {
        assertTrue(got < 1e-8, "seed " + seed + " trial " + trial + ": reference ~0 but got " + got);
        continue;
      }
      checked++;
      // 3 % relative, or 0.01 ug/m3 per g/s absolute for plume-edge cases (typical values here: 1e-6..1e-5 g/m3)
      assertEquals(ref, got, 0.03 * ref + 1e-8, "seed " + seed + " trial " + trial + ": element sum vs brute force");
      sumRel += Math.abs(got / ref - 1);
    }
    assertTrue(checked > 50, "enough non-trivial cases: " + checked);
    assertTrue(sumRel / checked < 0.01, "mean relative error " + sumRel / checked);
  }

  @Test
  void canyonIncrementByHand() {
    // E_l = 1e-4 g/m/s, W = 20 m, wind 3 m/s across the street: sigma_w = sqrt(0.3^2 + 0.3^2) = 0.42426 m/s;
    // dC = 1e-4 / (20 * 0.42426) * 1e6 = 11.785 ug/m3
    DispersionSettings st = DispersionSettings.defaults(1);
    assertEquals(11.785, StreetCanyon.increment_ugm3(1e-4, 20, 1, 3, st), 1e-3);
    // in the model: a 200 m canyon link, receptor 5 m off its axis, wind across; minus the same link as open road
    LineSources.Builder b = LineSources.builder(1);
    int s = b.add("c", 0, 0, 200, 0, 20);
    LineSources.Builder o = LineSources.builder(1);
    int so = o.add("o", 0, 0, 200, 0, 0);
    for (int h = 0; h < 24; h++) {
      b.addRate(s, h, AirSpecies.NOX, 1e-4 * 200);
      o.addRate(so, h, AirSpecies.NOX, 1e-4 * 200);
    }
    Meteorology met = Meteorology.builder().hour("t", 12, 0, 3, 180, StabilityClass.D, 10).build();
    Receptors r = Receptors.named(List.of(new Receptors.Point("in", 100, 5)));
    Background zero = Background.constant(0, 0, 0, 0);
    double canyon = new ConcentrationModel(b.build(), st, No2Conversion.Method.DIRECT).run(r, met, zero, false).mean(AirSpecies.NOX, 0);
    double open = new ConcentrationModel(o.build(), st, No2Conversion.Method.DIRECT).run(r, met, zero, false).mean(AirSpecies.NOX, 0);
    assertEquals(11.785, canyon - open, 1e-3);
  }

  @Test
  void rombergConversionByHand() {
    // 103 * 100 / 230 + 0.5 = 45.283
    assertEquals(45.283, No2Conversion.romberg(100), 1e-3);
    assertEquals(100, No2Conversion.rombergInverse(45.2826), 1e-2);
    // background NO2 30 with NOx bg R^-1(30); + 50 NOx of traffic
    double noxBg = No2Conversion.rombergInverse(30);
    double no2 = No2Conversion.no2(No2Conversion.Method.ROMBERG, 30, noxBg, 50, 5);
    assertEquals(30 + No2Conversion.romberg(noxBg + 50) - 30, no2, 1e-9);
    assertTrue(no2 > 35 && no2 < 80, "plausible NO2 " + no2);
    // the direct NO2 is a lower bound
    assertEquals(30 + 40, No2Conversion.no2(No2Conversion.Method.ROMBERG, 30, noxBg, 50, 40), 1e-9);
  }

  @Test
  void resultsDoNotDependOnThreadCount() {
    LineSources src = Fixtures.randomNetwork(7, 80);
    Receptors r = Receptors.grid(List.of(new Receptors.Point("S", 1500, 1500)), 0, 0, 3000, 3000, 150);
    Meteorology met = Fixtures.day(3);
    Background bg = Background.constant(40, 28, 20, 13);
    AirQualityResult one = new ConcentrationModel(src, DispersionSettings.defaults(1), No2Conversion.Method.ROMBERG).run(r, met, bg, false);
    AirQualityResult three = new ConcentrationModel(src, DispersionSettings.defaults(3), No2Conversion.Method.ROMBERG).run(r, met, bg, false);
    double[] a = new double[r.size() * 4];
    double[] b = new double[r.size() * 4];
    for (int i = 0; i < r.size(); i++) {
      for (AirSpecies s : AirSpecies.values()) {
        a[i * 4 + s.ordinal()] = one.mean(s, i);
        b[i * 4 + s.ordinal()] = three.mean(s, i);
      }
    }
    assertArrayEquals(a, b);
    assertEquals(one.elementEvaluations(), three.elementEvaluations());
    assertTrue(one.linkReceptorPairs() > 0);
  }

  @Test
  void cutoffSkipsFarLinks() {
    LineSources src = Fixtures.randomNetwork(7, 80);
    Receptors r = Receptors.grid(List.of(), 0, 0, 3000, 3000, 300);
    Meteorology met = Fixtures.day(3);
    AirQualityResult near = new ConcentrationModel(src, DispersionSettings.defaults(1).withCutoff_m(300), No2Conversion.Method.DIRECT)
        .run(r, met, Background.constant(0, 0, 0, 0), false);
    AirQualityResult far = new ConcentrationModel(src, DispersionSettings.defaults(1).withCutoff_m(5000), No2Conversion.Method.DIRECT)
        .run(r, met, Background.constant(0, 0, 0, 0), false);
    assertEquals(80L * r.size(), far.linkReceptorPairs(), "5 km covers every link for every receptor");
    assertTrue(near.linkReceptorPairs() < far.linkReceptorPairs() / 3, "pairs " + near.linkReceptorPairs());
  }
}
