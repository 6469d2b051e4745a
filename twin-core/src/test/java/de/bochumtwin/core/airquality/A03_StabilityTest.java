package de.bochumtwin.core.airquality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Turner's table cells and the Briggs urban coefficients by hand. */
class A03_StabilityTest {
  @Test
  void turnerTable() {
    // summer noon (elevation 62 deg), clear, light wind: strong insolation -> A
    assertEquals(StabilityClass.A, PasquillTurner.classify(1.5, 62, 0, Double.NaN));
    // moderate insolation, 4 m/s -> C; with 6 octas one step less (slight) -> C; 5.5 m/s slight -> D
    assertEquals(StabilityClass.C, PasquillTurner.classify(4, 45, 2, Double.NaN));
    assertEquals(StabilityClass.D, PasquillTurner.classify(5.5, 45, 6, Double.NaN));
    // clear night, 1 m/s -> F; cloudy night -> E; windy night -> D; overcast day -> D
    assertEquals(StabilityClass.F, PasquillTurner.classify(1, -10, 2, Double.NaN));
    assertEquals(StabilityClass.E, PasquillTurner.classify(1, -10, 6, Double.NaN));
    assertEquals(StabilityClass.D, PasquillTurner.classify(7, -10, 0, Double.NaN));
    assertEquals(StabilityClass.D, PasquillTurner.classify(1, 50, 8, Double.NaN));
    // measured radiation wins over elevation: 700 W/m2 at 2.5 m/s -> strong -> B
    assertEquals(StabilityClass.B, PasquillTurner.classify(2.5, 20, Double.NaN, 700));
  }

  @Test
  void sunElevation() {
    // 21 June (day 172), solar noon, 51.48 N: 90 - 51.48 + 23.45 = 61.97 deg
    assertEquals(61.97, PasquillTurner.sunElevation_deg(172, 12, 51.48), 0.1);
    // midnight is below the horizon
    assertEquals(true, PasquillTurner.sunElevation_deg(172, 0, 51.48) < 0);
  }

  @Test
  void briggsUrbanByHand() {
    // D at 1 km: sigma_y = 160 / sqrt(1.4) = 135.22; sigma_z = 140 / sqrt(1.3) = 122.79
    assertEquals(135.22, StabilityClass.D.sigmaY_m(1000), 0.01);
    assertEquals(122.79, StabilityClass.D.sigmaZ_m(1000), 0.01);
    // A at 1 km: sigma_z = 240 * sqrt(2) = 339.41; F at 1 km: sigma_z = 80 / sqrt(2.5) = 50.60
    assertEquals(339.41, StabilityClass.A.sigmaZ_m(1000), 0.01);
    assertEquals(50.60, StabilityClass.F.sigmaZ_m(1000), 0.01);
    assertEquals(StabilityClass.C, StabilityClass.parse("c"));
    assertEquals(StabilityClass.F, StabilityClass.parse("6"));
  }
}
