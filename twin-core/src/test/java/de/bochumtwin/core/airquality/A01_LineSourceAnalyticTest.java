package de.bochumtwin.core.airquality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Must-show 1: a very long straight line source perpendicular to a uniform wind equals the closed-form
 * Gaussian infinite line source with ground reflection, C = q / (sqrt(2 pi) sigma_z u)
 * [exp(-(z-h)^2 / 2 sigma_z^2) + exp(-(z+h)^2 / 2 sigma_z^2)] (at z = 0: 2 q exp(-h^2 / 2 sigma_z^2) /
 * (sqrt(2 pi) sigma_z u), Turner 1970); concentrations scale linearly with emissions; zero emissions
 * give exactly the background.
 */
class A01_LineSourceAnalyticTest {
  static final double Q_GPMS = 1e-3; // line emission, g per metre and second
  static final double HALF_LENGTH_M = 20_000;

  /** One 40 km link along the x axis; wind from the south (blows to +y). */
  static LineSources longLine(double q_gpms) {
    LineSources.Builder b = LineSources.builder(1);
    int s = b.add("line", -HALF_LENGTH_M, 0, HALF_LENGTH_M, 0, 0);
    for (int h = 0; h < 24; h++) {
      b.addRate(s, h, AirSpecies.NOX, q_gpms * 2 * HALF_LENGTH_M);
      b.addRate(s, h, AirSpecies.PM10, 0.1 * q_gpms * 2 * HALF_LENGTH_M);
    }
    return b.build();
  }

  static Meteorology oneHour(double u, double fromDeg, StabilityClass c) {
    return Meteorology.builder().hour("t0", 8, 0, u, fromDeg, c, 15).build();
  }

  static double closedForm(double q, double u, double sz, double h, double z) {
    return q / (Math.sqrt(2 * Math.PI) * sz * u)
        * (Math.exp(-(z - h) * (z - h) / (2 * sz * sz)) + Math.exp(-(z + h) * (z + h) / (2 * sz * sz))) * 1e6;
  }

  @Test
  void infiniteLinePerpendicularToWindMatchesClosedForm() {
    Background zero = Background.constant(0, 0, 0, 0);
    for (StabilityClass c : List.of(StabilityClass.A, StabilityClass.D, StabilityClass.F)) {
      for (double x : new double[] {10, 50, 100, 400}) {
        for (double[] hz : new double[][] {{0, 0}, {1.0, 0}, {1.0, 1.5}}) {
          DispersionSettings st = DispersionSettings.defaults(1).withHeights(hz[0], hz[1]).withCutoff_m(HALF_LENGTH_M);
          ConcentrationModel m = new ConcentrationModel(longLine(Q_GPMS), st, No2Conversion.Method.DIRECT);
          Receptors r = Receptors.named(List.of(new Receptors.Point("R", 0, x)));
          double u = 3;
          AirQualityResult res = m.run(r, oneHour(u, 180, c), zero, false);
          double sz = Math.sqrt(st.sigmaZ0_m() * st.sigmaZ0_m() + c.sigmaZ_m(x) * c.sigmaZ_m(x));
          double expect = closedForm(Q_GPMS, u, sz, hz[0], hz[1]);
          double got = res.mean(AirSpecies.NOX, 0);
          assertEquals(expect, got, 0.01 * expect,
              "class " + c + " x=" + x + " h=" + hz[0] + " z=" + hz[1] + ": expected " + expect + " got " + got);
        }
      }
    }
  }

  @Test
  void handValueClassDAt100m() {
    // sigma_z(D, 100 m) = 0.14 * 100 / sqrt(1.03) = 13.7946 m; with sigma_z0 = 2 m: 13.9388 m.
    // C = 2 * 1e-3 / (2.506628 * 13.9388 * 3) * exp(-1 / (2 * 194.29)) * 1e6 = 19.030 ug/m3 (h = 1 m, z = 0)
    DispersionSettings st = DispersionSettings.defaults(1).withHeights(1.0, 0).withCutoff_m(HALF_LENGTH_M);
    AirQualityResult res = new ConcentrationModel(longLine(Q_GPMS), st, No2Conversion.Method.DIRECT)
        .run(Receptors.named(List.of(new Receptors.Point("R", 0, 100))), oneHour(3, 180, StabilityClass.D),
            Background.constant(0, 0, 0, 0), false);
    assertEquals(19.03, res.mean(AirSpecies.NOX, 0), 0.01 * 19.03);
  }

  @Test
  void upwindReceptorSeesNothingButBackground() {
    DispersionSettings st = DispersionSettings.defaults(1).withCutoff_m(HALF_LENGTH_M);
    AirQualityResult res = new ConcentrationModel(longLine(Q_GPMS), st, No2Conversion.Method.ROMBERG)
        .run(Receptors.named(List.of(new Receptors.Point("R", 0, -100))), oneHour(3, 180, StabilityClass.D),
            Background.constant(40, 25, 20, 12), false);
    assertEquals(40, res.mean(AirSpecies.NOX, 0));
    assertEquals(25, res.mean(AirSpecies.NO2, 0));
  }

  @Test
  void concentrationsScaleLinearlyWithEmissions() {
    LineSources base = Fixtures.randomNetwork(4711, 60);
    Receptors r = Receptors.grid(List.of(new Receptors.Point("S", 1200, 1300)), 0, 0, 3000, 3000, 250);
    Meteorology met = Fixtures.day(99);
    DispersionSettings st = DispersionSettings.defaults(2);
    Background zero = Background.constant(0, 0, 0, 0);
    AirQualityResult a = new ConcentrationModel(base, st, No2Conversion.Method.DIRECT).run(r, met, zero, true);
    AirQualityResult b = new ConcentrationModel(base.scaled(2.5), st, No2Conversion.Method.DIRECT).run(r, met, zero, true);
    double max = 0;
    for (int i = 0; i < r.size(); i++) {
      for (AirSpecies s : AirSpecies.values()) {
        double ca = a.mean(s, i);
        double cb = b.mean(s, i);
        assertEquals(2.5 * ca, cb, 1e-9 * Math.max(1, cb), "receptor " + i + " " + s);
        max = Math.max(max, ca);
      }
    }
    assertTrue(max > 1, "the fixture produces real concentrations, max " + max);
  }

  @Test
  void zeroEmissionsGiveExactlyTheBackground() {
    LineSources none = Fixtures.randomNetwork(4711, 60).scaled(0);
    Receptors r = Receptors.grid(List.of(new Receptors.Point("S", 1200, 1300)), 0, 0, 3000, 3000, 250);
    Meteorology met = Fixtures.day(99);
    Background bg = Background.constant(41.7, 27.3, 19.9, 13.1);
    for (No2Conversion.Method m : No2Conversion.Method.values()) {
      AirQualityResult res = new ConcentrationModel(none, DispersionSettings.defaults(2), m).run(r, met, bg, true);
      for (int i = 0; i < r.size(); i++) {
        assertEquals(41.7, res.mean(AirSpecies.NOX, i), 1e-12);
        assertEquals(27.3, res.mean(AirSpecies.NO2, i), 1e-12);
        assertEquals(19.9, res.mean(AirSpecies.PM10, i), 1e-12);
        assertEquals(13.1, res.mean(AirSpecies.PM2_5, i), 1e-12);
        for (int h = 0; h < met.hourCount(); h++) {
          assertEquals(27.3, res.hourly(AirSpecies.NO2, i, h), 1e-5); // float storage
        }
      }
      assertEquals(27.3, res.series(AirSpecies.NO2, 0, 5));
      assertEquals(0, res.no2HoursAbove200(0));
    }
  }
}
