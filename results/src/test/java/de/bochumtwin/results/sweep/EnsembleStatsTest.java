package de.bochumtwin.results.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Issue 9, must show 3 (numbers): statistics on members whose KPI is a known function of the seed,
 * checked against hand calculation and printed t tables.
 */
class EnsembleStatsTest {
  @Test
  void meanSdQuantilesOfKpiEqualTenPlusSeed() {
    // seeds 1..5, KPI = 10 + seed: 11..15 (given out of order: the statistics must not depend on it)
    EnsembleStats s = EnsembleStats.of(new double[] {13, 11, 15, 12, 14});
    assertEquals(5, s.n());
    assertEquals(13.0, s.mean(), 1e-12);
    // squared deviations 4 + 1 + 0 + 1 + 4 = 10; / (5 - 1) = 2.5
    assertEquals(Math.sqrt(2.5), s.sd(), 1e-12);
    // type 7: h = (n - 1) p = 0.2 -> 11 + 0.2 * (12 - 11); h = 3.8 -> 14 + 0.8 * (15 - 14)
    assertEquals(11.2, s.q05(), 1e-12);
    assertEquals(14.8, s.q95(), 1e-12);
  }

  @Test
  void singleMemberHasNoSd() {
    EnsembleStats s = EnsembleStats.of(new double[] {7});
    assertEquals(7, s.mean());
    assertTrue(Double.isNaN(s.sd()));
    assertEquals(7, s.q05());
    assertEquals(7, s.q95());
  }

  @Test
  void studentTQuantilesMatchPrintedTables() {
    // two-sided 95 % critical values t(0.975, df) from standard tables
    assertEquals(12.706, StudentT.quantile(0.975, 1), 5e-4);
    assertEquals(4.303, StudentT.quantile(0.975, 2), 5e-4);
    assertEquals(2.571, StudentT.quantile(0.975, 5), 5e-4);
    assertEquals(2.306, StudentT.quantile(0.975, 8), 5e-4);
    assertEquals(2.228, StudentT.quantile(0.975, 10), 5e-4);
    assertEquals(2.042, StudentT.quantile(0.975, 30), 5e-4);
    assertEquals(1.960, StudentT.quantile(0.975, 1e6), 5e-4);
    assertEquals(-2.571, StudentT.quantile(0.025, 5), 5e-4);
    // df = 1 is the Cauchy distribution: F(t) = 1/2 + atan(t) / pi
    assertEquals(0.5 + Math.atan(0.7) / Math.PI, StudentT.cdf(0.7, 1), 1e-12);
  }

  @Test
  void welchIntervalOfTwoPointsByHand() {
    // point a: KPI = 10 + seed, point b: KPI = 20 + seed, seeds 1..5: both variances 2.5
    EnsembleStats a = EnsembleStats.of(new double[] {11, 12, 13, 14, 15});
    EnsembleStats b = EnsembleStats.of(new double[] {21, 22, 23, 24, 25});
    EnsembleStats.Difference d = EnsembleStats.welch(a, b, 0.95);
    assertEquals(10, d.diff(), 1e-12);
    // se = sqrt(2.5/5 + 2.5/5) = 1; df = 1^2 / ((0.5^2 + 0.5^2) / 4) = 8; t(0.975, 8) = 2.306004
    assertEquals(1.0, d.se(), 1e-12);
    assertEquals(8.0, d.df(), 1e-9);
    assertEquals(10 - 2.306004, d.low(), 1e-5);
    assertEquals(10 + 2.306004, d.high(), 1e-5);
  }

  @Test
  void welchWithUnequalVariances() {
    // b = 20 + 2 seed: 22..30, variance 10. se = sqrt(0.5 + 2) = sqrt(2.5);
    // df = 2.5^2 / (0.5^2/4 + 2^2/4) = 6.25 / 1.0625 = 5.88235...
    EnsembleStats a = EnsembleStats.of(new double[] {11, 12, 13, 14, 15});
    EnsembleStats b = EnsembleStats.of(new double[] {22, 24, 26, 28, 30});
    EnsembleStats.Difference d = EnsembleStats.welch(a, b, 0.95);
    assertEquals(13, d.diff(), 1e-12);
    assertEquals(Math.sqrt(2.5), d.se(), 1e-12);
    assertEquals(6.25 / 1.0625, d.df(), 1e-9);
    double t = (d.high() - d.diff()) / d.se();
    // between t(0.975, 6) = 2.447 and t(0.975, 5) = 2.571
    assertTrue(t > 2.447 && t < 2.571, "t = " + t);
    assertEquals(0.975, StudentT.cdf(t, d.df()), 1e-10);
  }

  @Test
  void identicalMembersGiveAZeroWidthInterval() {
    EnsembleStats a = EnsembleStats.of(new double[] {5, 5, 5});
    EnsembleStats b = EnsembleStats.of(new double[] {7, 7, 7});
    EnsembleStats.Difference d = EnsembleStats.welch(a, b, 0.95);
    assertEquals(2, d.diff());
    assertEquals(2, d.low());
    assertEquals(2, d.high());
    assertTrue(Double.isNaN(d.df()));
  }
}
