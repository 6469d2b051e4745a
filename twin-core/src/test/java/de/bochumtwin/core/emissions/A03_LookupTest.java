package de.bochumtwin.core.emissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** MATSim's four lookup behaviours and the all-at-once error for missing keys. */
class A03_LookupTest {
  static final EmissionClass DIESEL_E3 = EmissionClass.of(VehicleCategory.PASSENGER_CAR, "diesel", "<1,4L", "PC-D-Euro-3");
  static final String ROAD = "URB/Local/50";

  /** Average: NOx 1.0; detailed: rewritten diesel Euro-3 2.0, diesel technology average 3.0. */
  static EmissionFactorTables tables(boolean withRewritten, boolean withTechAverage) {
    WarmFactorTable.Builder avg = WarmFactorTable.builder("avg");
    WarmFactorTable.Builder det = WarmFactorTable.builder("det");
    for (TrafficSituation s : new TrafficSituation[] {TrafficSituation.FREEFLOW, TrafficSituation.STOPANDGO}) {
      double v = s == TrafficSituation.FREEFLOW ? 45 : 12;
      avg.add(VehicleCategory.PASSENGER_CAR, ROAD, s, EmissionTestTables.PC, Pollutant.NOx, 1.0, v);
      if (withRewritten) {
        det.add(VehicleCategory.PASSENGER_CAR, ROAD, s, DIESEL_E3.rewrittenToHbefa4(), Pollutant.NOx, 2.0, v);
      }
      if (withTechAverage) {
        det.add(VehicleCategory.PASSENGER_CAR, ROAD, s, DIESEL_E3.technologyAverage(), Pollutant.NOx, 3.0, v);
      }
    }
    return EmissionFactorTables.of(avg.build(), det.build(), null, null);
  }

  static double ff(EmissionFactorTables t, LookupBehavior b) {
    EmissionModel m = EmissionModel.resolve(t, EmissionSettings.defaults().withLookupBehavior(b),
        List.of(DIESEL_E3), new String[] {ROAD});
    return m.warmFactor_gpkm(0, 0, TrafficSituation.FREEFLOW, 0);
  }

  @Test
  void rewriteToHbefa4() {
    EmissionClass r = DIESEL_E3.rewrittenToHbefa4();
    assertEquals("diesel;not specified;PC D Euro-3", r.attributesKey());
    assertEquals("diesel;average;average", r.technologyAverage().attributesKey());
    assertEquals("average", EmissionClass.of(VehicleCategory.HEAVY_GOODS_VEHICLE, "diesel", "x", "HGV D Euro-VI")
        .rewrittenToHbefa4().emConcept());
  }

  @Test
  void eachBehaviourTakesTheFirstHitOfItsChain() {
    assertEquals(2.0, ff(tables(true, true), LookupBehavior.onlyTryDetailedElseAbort));
    assertEquals(3.0, ff(tables(false, true), LookupBehavior.tryDetailedThenTechnologyAverageElseAbort));
    assertEquals(1.0, ff(tables(false, false), LookupBehavior.tryDetailedThenTechnologyAverageThenAverageTable));
    assertEquals(1.0, ff(tables(true, true), LookupBehavior.directlyTryAverageTable));
  }

  @Test
  void missingKeysAreAllListedAtOnce() {
    EmissionClass petrol = EmissionClass.of(VehicleCategory.PASSENGER_CAR, "petrol (4S)", "average", "PC P Euro-6");
    EmissionFactorLookupException e = assertThrows(EmissionFactorLookupException.class,
        () -> EmissionModel.resolve(tables(false, false), EmissionSettings.defaults()
            .withLookupBehavior(LookupBehavior.tryDetailedThenTechnologyAverageElseAbort),
            List.of(DIESEL_E3, petrol, EmissionClass.average(VehicleCategory.HEAVY_GOODS_VEHICLE)),
            new String[] {ROAD, "URB/Access/30"}));
    // diesel and petrol x 2 road types: URB/Local/50 misses NOx in 2 situations each (4 lines),
    // URB/Access/30 has no Freeflow row for pass. car (2 lines), HGV has no rows at all (2 lines)
    assertEquals(8, e.problems().size(), e.getMessage());
    assertTrue(e.getMessage().contains("detailed [diesel;<1,4L;PC-D-Euro-3], [diesel;not specified;PC D Euro-3],"
        + " [diesel;average;average]"), e.getMessage());
    assertTrue(e.getMessage().contains("no URB/Access/30/Freeflow row for vehicle category HGV"), e.getMessage());
  }

  @Test
  void negativeColdFactorsAreRejectedOrClampedAndCounted() {
    ColdFactorTable.Builder c = ColdFactorTable.builder("cold");
    for (int pc = 1; pc <= 13; pc++) {
      c.add(VehicleCategory.PASSENGER_CAR, EmissionTestTables.PC, Pollutant.NOx, pc, 1, -0.001); // negative start
      c.add(VehicleCategory.PASSENGER_CAR, EmissionTestTables.PC, Pollutant.NOx, pc, 2, -0.004); // negative increment
    }
    EmissionFactorTables t = EmissionFactorTables.of(EmissionTestTables.warmAllSituations(), null, c.build(), null);
    EmissionSettings s = EmissionSettings.defaults().withLookupBehavior(LookupBehavior.directlyTryAverageTable);
    EmissionFactorLookupException e = assertThrows(EmissionFactorLookupException.class,
        () -> EmissionModel.resolve(t, s, List.of(EmissionTestTables.PC), new String[] {ROAD}));
    assertEquals(26, e.problems().size());
    EmissionModel m = EmissionModel.resolve(t, s.withNegativeCold(EmissionSettings.NegativeColdPolicy.CLAMP_TO_ZERO),
        List.of(EmissionTestTables.PC), new String[] {ROAD});
    assertEquals(26, m.clampedColdFactors());
  }
}
