package de.bochumtwin.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.bochumtwin.calibration.fit.FitMetrics;
import org.junit.jupiter.api.Test;

/** Fit metrics against a hand calculation. */
class G01_FitMetricsTest {
  @Test
  void matchesHandCalculation() {
    // GEH(110, 100) = sqrt(2 * 10^2 / 210) = 0.97590; GEH(400, 100) = sqrt(2 * 300^2 / 500) = 18.974
    assertEquals(0.97590, FitMetrics.geh(110, 100), 1e-5);
    assertEquals(18.97367, FitMetrics.geh(400, 100), 1e-5);
    assertEquals(0.0, FitMetrics.geh(0, 0));
    // pairs (110,100), (90,100), (0,0): errors +10, -10, 0
    FitMetrics m = FitMetrics.of(new double[] {110, 90, 0}, new double[] {100, 100, 0}, 3);
    assertEquals(0.0, m.meanError(), 1e-12);
    assertEquals(20.0 / 3, m.meanAbsError(), 1e-12);
    assertEquals(0.0, m.meanRelError(), 1e-12, "(+0.1 - 0.1) / 2, the C = 0 pair left out");
    assertEquals(Math.sqrt(200.0 / 3), m.rmse(), 1e-12);
    // mean C = 66.67; SST = 2 x 33.33^2 + 66.67^2 = 6666.7; R^2 = 1 - 200 / 6666.7 = 0.97
    assertEquals(0.97, m.r2(), 1e-12);
    assertEquals(1.0, m.shareGehBelow5());
  }
}
