package de.bochumtwin.core.emissions;

import de.bochumtwin.core.events.EventIds;
import de.bochumtwin.core.testing.FixedIds;
import java.util.List;

/** Small factor tables and id tables for the emission feature tests. */
final class EmissionTestTables {
  private EmissionTestTables() {}

  static final EmissionClass PC = EmissionClass.average(VehicleCategory.PASSENGER_CAR);

  /**
   * Passenger-car fleet average on URB/Local/50. Freeflow and St+Go rows are the real values of
   * MATSim's sample table sample_41_EFA_HOT_vehcat_2020average.csv (HBEFA 4.1, Germany 2020); the
   * Heavy, Satur. and St+Go2 rows are synthetic test values (the sample has no such rows).
   */
  static WarmFactorTable warmAllSituations() {
    WarmFactorTable.Builder b = WarmFactorTable.builder("test");
    row(b, TrafficSituation.FREEFLOW, 41.66275787, 0.299246997, 155.973587);
    row(b, TrafficSituation.HEAVY, 33.0, 0.40, 190.0);
    row(b, TrafficSituation.SATURATED, 22.0, 0.45, 220.0);
    row(b, TrafficSituation.STOPANDGO, 12.48863316, 0.548087835, 281.2261963);
    row(b, TrafficSituation.STOPANDGO_HEAVY, 6.0, 0.80, 400.0);
    return b.build();
  }

  private static void row(WarmFactorTable.Builder b, TrafficSituation s, double v, double nox, double co2) {
    b.add(VehicleCategory.PASSENGER_CAR, "URB/Local/50", s, PC, Pollutant.NOx, nox, v);
    b.add(VehicleCategory.PASSENGER_CAR, "URB/Local/50", s, PC, Pollutant.CO2_TOTAL, co2, v);
  }

  /**
   * NOx cold-start factors of pass. car from MATSim's sample_41_EFA_ColdStart_vehcat_2020average.csv
   * (g per start), parking classes 0-1h .. 11-12h, >12h; first the 0-1km, then the 1-2km row.
   */
  static final double[][] SAMPLE_COLD_NOX = {
    {0.108087637, 0.186517805, 0.187260941, 0.193716526, 0.194356859, 0.189155221, 0.183914647,
     0.178634658, 0.173314869, 0.167954966, 0.162554651, 0.157113522, 0.154378802},
    {0.127115518, 0.249482155, 0.265455753, 0.274355203, 0.274790496, 0.266759306, 0.258724421,
     0.250686288, 0.242645383, 0.234602153, 0.226556838, 0.218509436, 0.214485049}};

  static ColdFactorTable coldNox() {
    ColdFactorTable.Builder b = ColdFactorTable.builder("test");
    for (int d = 1; d <= 2; d++) {
      for (int pc = 1; pc <= 13; pc++) {
        b.add(VehicleCategory.PASSENGER_CAR, PC, Pollutant.NOx, pc, d, SAMPLE_COLD_NOX[d - 1][pc - 1]);
      }
    }
    return b.build();
  }

  /** Ids equal to indices, links named by the given array. */
  static EventIds ids(String[] linkIds) {
    return new FixedIds(p -> "p" + p, v -> "v" + v, l -> linkIds[l], List.of("a"), List.of("car"));
  }
}
