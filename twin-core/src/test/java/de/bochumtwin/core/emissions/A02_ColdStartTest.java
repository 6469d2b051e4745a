package de.bochumtwin.core.emissions;

import de.bochumtwin.core.events.SimEventSink;
import de.bochumtwin.core.events.EventSinks;
import static de.bochumtwin.core.testing.TestScenarios.network;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.bochumtwin.core.network.Network;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Cold starts as MATSim's ColdEmissionHandler computes them, with the NOx values of MATSim's sample
 * table sample_41_EFA_ColdStart_vehcat_2020average.csv (pass. car, g per start).
 */
class A02_ColdStartTest {
  /** Two 600 m links, 50 km/h. */
  static final Network NET = network("""
      a 1 2 600 13.8889 1800 1
      b 2 1 600 13.8889 1800 1
      """);

  @Test
  void firstStartAfterTwelveHoursThenOneAndAHalfHourParking() {
    EmissionModel m = EmissionModel.resolve(
        EmissionFactorTables.of(EmissionTestTables.warmAllSituations(), null, EmissionTestTables.coldNox(), null),
        EmissionSettings.defaults().withLookupBehavior(LookupBehavior.directlyTryAverageTable),
        List.of(EmissionTestTables.PC), new String[] {"URB/Local/50", "URB/Local/50"});
    int nox = m.pollutants().indexOf(Pollutant.NOx);
    List<String> cold = new ArrayList<>();
    EmissionHandler h = new EmissionHandler(m, NET, id -> 0, new EmissionEventListener() {
      @Override
      public void warmEmission(int t, int link, int v, double[] g) {}

      @Override
      public void coldEmission(int t, int link, int v, double[] g) {
        cold.add(t + " " + link + " " + g[nox]);
      }
    });
    SimEventSink e = EventSinks.withTraversals(h);
    e.begin(EmissionTestTables.ids(new String[] {"a", "b"}));
    // trip 1: first start of the day -> parking 43200 s = 12 h -> class 13 (">12h")
    e.vehicleEntersTraffic(0, 0, 0, 0, 0);   // cold 0-1km, >12h: 0.154378802 g on link a
    e.linkLeave(1, 0, 0);                   // 600 m driven
    e.linkEnter(1, 1, 0);
    e.linkLeave(50, 1, 0);                  // 1200 m > 1 km: 1-2km minus 0-1km on link a:
                                            // 0.214485049 - 0.154378802 = 0.060106247 g
    e.linkEnter(50, 0, 0);
    e.vehicleLeavesTraffic(100, 0, 0, 0, 0);
    // trip 2 after 5400 s = 1.5 h parking: MATSim's class max(1, floor(1.5)) = 1 = "0-1h"
    e.vehicleEntersTraffic(5500, 0, 0, 0, 0); // cold 0-1km, 0-1h: 0.108087637 g, hour 1
    e.linkLeave(5501, 0, 0);                 // 600 m: no second cold event
    e.linkEnter(5501, 1, 0);
    e.vehicleLeavesTraffic(5550, 0, 1, 0, 0);

    assertEquals(List.of("0 0 0.154378802", "50 0 " + (0.214485049 - 0.154378802), "5500 0 0.108087637"), cold);
    // warm NOx: link b 49 s (44.1 km/h) + link a 50 s (43.2 km/h) + link b 49 s, all Freeflow:
    // 3 x 0.6 km x 0.299246997 g/km = 0.5386445946 g
    assertEquals(3 * 0.6 * 0.299246997, h.warmTotal_g(nox), 1e-12);
    assertEquals(0.154378802 + 0.060106247 + 0.108087637, h.coldTotal_g(nox), 1e-12);
    // link a, hour 0: both cold parts of trip 1 + warm on a (0.6 x 0.299246997)
    assertEquals(0.154378802 + 0.060106247 + 0.6 * 0.299246997, h.linkHour_g(0, 0, nox), 1e-12);
    assertEquals(0.108087637, h.linkHour_g(0, 1, nox), 1e-12);
    assertEquals(3, h.coldStarts());
  }

  @Test
  void parkingClassesFollowMatsim() {
    assertEquals(1, EmissionModel.parkingClass(0));
    assertEquals(1, EmissionModel.parkingClass(7199)); // 1.99 h -> floor 1
    assertEquals(2, EmissionModel.parkingClass(7200));
    assertEquals(11, EmissionModel.parkingClass(43_199));
    assertEquals(13, EmissionModel.parkingClass(43_200));
  }
}
