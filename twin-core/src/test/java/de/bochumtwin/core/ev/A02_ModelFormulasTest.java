package de.bochumtwin.core.ev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The energy and charging formulas against values computed by hand from the published equations. */
class A02_ModelFormulasTest {
  @Test
  void auxPowerMatchesPublishedPoints() {
    // P(T) = (1.3 T - 63.4) T + 1748.1 W: 0 degC -> 1748.1 W; 20 degC -> (26 - 63.4) x 20 + 1748.1 = 1000.1 W;
    // -10 degC -> (-13 - 63.4) x -10 + 1748.1 = 2512.1 W; clamped outside -20..40
    assertEquals(1.7481, OhdeSlaski.auxPower_kW(0), 1e-12);
    assertEquals(1.0001, OhdeSlaski.auxPower_kW(20), 1e-12);
    assertEquals(2.5121, OhdeSlaski.auxPower_kW(-10), 1e-12);
    assertEquals(OhdeSlaski.auxPower_kW(40), OhdeSlaski.auxPower_kW(55), 0);
  }

  @Test
  void driveEnergyPerKilometreAtCitySpeed() {
    // 50 km/h = 13.889 m/s: rolling 159.4125 N, air 0.4193 x 13.889^2 = 80.880 N,
    // 0.191 x (-0.267 ln 13.889 + 0.99819) x 1625 = 0.191 x 0.295689 x 1625 = 91.775 N -> 332.071 N / 0.935
    // = 355.156 J/m -> 0.098654 kWh/km (about 9.9 kWh/100 km before auxiliaries)
    EvType leaf = EvType.of("leaf", 24, 50);
    double v = 50 / 3.6;
    assertEquals(0.098654, OhdeSlaski.driveEnergy_kWh(1000, 1000 / v, v, leaf), 2e-6);
    // zero travel time falls back to the given speed
    assertEquals(OhdeSlaski.driveEnergy_kWh(1000, 1000 / v, 1, leaf), OhdeSlaski.driveEnergy_kWh(1000, 0, v, leaf), 1e-15);
    // heavier vehicle uses more
    assertEquals(true, OhdeSlaski.driveEnergy_kWh(1000, 72, v, leaf.withMass_kg(2000)) > OhdeSlaski.driveEnergy_kWh(1000, 72, v, leaf));
  }

  @Test
  void fastThenSlowSegments() {
    // 60 kWh battery at a 150 kW plug: 1.75C = 105 kW to 30 kWh, 1.25C = 75 kW to 45 kWh, 0.5C = 30 kW above
    assertEquals(105, FastThenSlowCurve.power_kW(10, 60, 150), 0);
    assertEquals(75, FastThenSlowCurve.power_kW(40, 60, 150), 0);
    assertEquals(30, FastThenSlowCurve.power_kW(50, 60, 150), 0);
    assertEquals(11, FastThenSlowCurve.power_kW(59, 60, 11), 0);
    // 12 -> 54 kWh: 18/105 h + 15/75 h + 9/30 h = 617.142857 + 720 + 1080 s
    assertEquals(18 / 105.0 * 3600 + 720 + 1080, FastThenSlowCurve.timeToCharge_s(12, 54, 60, 150), 1e-9);
    // inverse: energy after that time is exactly the 42 kWh; after 1000 s: 18 kWh + 382.857 s at 75 kW
    double t = FastThenSlowCurve.timeToCharge_s(12, 54, 60, 150);
    assertEquals(42, FastThenSlowCurve.energyCharged_kWh(12, 54, t, 60, 150), 1e-9);
    assertEquals(42, FastThenSlowCurve.energyCharged_kWh(12, 54, t + 5000, 60, 150), 1e-9);
    assertEquals(18 + (1000 - 18 / 105.0 * 3600) * 75 / 3600, FastThenSlowCurve.energyCharged_kWh(12, 54, 1000, 60, 150), 1e-9);
  }

  @Test
  void fleetDrawIsSeededAndPrefixStable() {
    List<EvType> types = List.of(EvType.of("a", 40, 50), EvType.of("b", 60, 150));
    EvFleet small = EvFleet.draw(100, 0.5, types, new double[] {1, 3}, 0.2, 0.9, 0.6, 7L);
    EvFleet large = EvFleet.draw(1000, 0.5, types, new double[] {1, 3}, 0.2, 0.9, 0.6, 7L);
    for (int v = 0; v < 100; v++) {
      assertEquals(small.typeIndex(v), large.typeIndex(v));
      assertEquals(small.initialSoc_kWh(v), large.initialSoc_kWh(v), 0);
      assertEquals(small.hasHomeCharging(v), large.hasHomeCharging(v));
    }
    // shares within 4 standard errors of the 1000 draws: EV 0.5 (sd 0.016), type b 0.75 of EVs
    int evs = large.evCount();
    assertEquals(500, evs, 4 * Math.sqrt(1000 * 0.25));
    assertThrows(IllegalArgumentException.class, () -> EvFleet.of(types, new int[] {0}, new double[] {41}, new boolean[] {false}));
  }
}
