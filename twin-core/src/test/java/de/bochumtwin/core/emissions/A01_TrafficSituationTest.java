package de.bochumtwin.core.emissions;

import de.bochumtwin.core.events.SimEventSink;
import de.bochumtwin.core.events.EventSinks;
import static de.bochumtwin.core.testing.TestScenarios.network;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import de.bochumtwin.core.network.Network;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Warm emissions for each traffic situation, by hand. Link b is 1000 m long with a free speed of
 * 13.8889 m/s = 50 km/h on road type URB/Local/50. The average speed is 1 km / travel time; the
 * situation is the last of Heavy (33 km/h), Satur. (22), St+Go (12.48863316), St+Go2 (6) whose
 * table speed is at least the average speed, else Freeflow. Emission = 1.0 km x factor.
 */
class A01_TrafficSituationTest {
  static final Network NET = network("""
      a 1 2 1000 13.8889 1800 1
      b 2 3 1000 13.8889 1800 1
      """);

  static EmissionModel model(EmissionSettings s) {
    return EmissionModel.resolve(EmissionFactorTables.of(EmissionTestTables.warmAllSituations(), null, null, null),
        s.withLookupBehavior(LookupBehavior.directlyTryAverageTable), List.of(EmissionTestTables.PC),
        new String[] {"URB/Local/50", "URB/Local/50"});
  }

  /** One trip a -> b with the given travel time on b; returns the handler. */
  static EmissionHandler traverse(EmissionModel m, int travelTime_s) {
    EmissionHandler h = new EmissionHandler(m, NET, id -> 0, null);
    SimEventSink e = EventSinks.withTraversals(h);
    e.begin(EmissionTestTables.ids(new String[] {"a", "b"}));
    e.vehicleEntersTraffic(0, 0, 0, 0, 0);
    e.linkLeave(1, 0, 0);
    e.linkEnter(1, 1, 0);
    e.linkLeave(1 + travelTime_s, 1, 0);
    return h;
  }

  @Test
  void eachSituationGivesItsFactorTimesLength() {
    EmissionModel m = model(EmissionSettings.defaults());
    int nox = m.pollutants().indexOf(Pollutant.NOx);
    int co2 = m.pollutants().indexOf(Pollutant.CO2_TOTAL);
    // 80 s -> 45 km/h > 33: Freeflow; 1.0 km x 0.299246997 g/km (sample table)
    assertSituation(m, 80, TrafficSituation.FREEFLOW, 0.299246997, nox);
    // 120 s -> 30 km/h <= 33, > 22: Heavy; 1.0 x 0.40 (synthetic row)
    assertSituation(m, 120, TrafficSituation.HEAVY, 0.40, nox);
    // 180 s -> 20 km/h <= 22, > 12.4886: Saturated; 1.0 x 0.45
    assertSituation(m, 180, TrafficSituation.SATURATED, 0.45, nox);
    // 360 s -> 10 km/h <= 12.48863316, > 6: St+Go; 1.0 x 0.548087835 (sample table)
    assertSituation(m, 360, TrafficSituation.STOPANDGO, 0.548087835, nox);
    // 900 s -> 4 km/h <= 6: St+Go2; 1.0 x 0.80
    assertSituation(m, 900, TrafficSituation.STOPANDGO_HEAVY, 0.80, nox);
    // CO2 in St+Go: 1.0 x 281.2261963 (sample table)
    assertEquals(281.2261963, traverse(m, 360).linkHour_g(1, 0, co2), 1e-9);
  }

  @Test
  void boundarySpeedBelongsToTheSlowerSituation() {
    EmissionModel m = model(EmissionSettings.defaults());
    // exactly 20 km/h... use 22 km/h: 1 km in 3600/22 s is not an integer; 33 km/h neither.
    // The comparison is "average <= table speed": 1 km in 3600/12 = 300 s -> 12 km/h <= 12.4886: St+Go
    assertEquals(TrafficSituation.STOPANDGO, m.situation(0, 0, 12.48863316));
    assertEquals(TrafficSituation.SATURATED, m.situation(0, 0, 12.48863317));
    assertEquals(TrafficSituation.HEAVY, m.situation(0, 0, 33.0));
    assertEquals(TrafficSituation.FREEFLOW, m.situation(0, 0, 33.0000001));
  }

  @Test
  void tooFastIsCappedToFreeSpeedOrAborts() {
    // 60 s -> 60 km/h > 50 + 1: capped to 50 km/h -> Freeflow, counted
    EmissionHandler h = traverse(model(EmissionSettings.defaults()), 60);
    assertEquals(1, h.cappedSpeeds());
    assertEquals(1, h.situationCount(TrafficSituation.FREEFLOW));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> traverse(model(EmissionSettings.defaults().withCapHighAverageSpeeds(false)), 60));
    assertEquals(true, e.getMessage().contains("link b"));
  }

  @Test
  void startLinkAndZeroLengthLinksEmitNothing() {
    EmissionModel m = model(EmissionSettings.defaults());
    EmissionHandler h = traverse(m, 80);
    assertEquals(0.0, h.linkHour_g(0, 0, 0), 0.0); // link a: the vehicle started at its end
    assertEquals(1, h.warmTraversals());
  }

  private static void assertSituation(EmissionModel m, int tt, TrafficSituation s, double grams, int p) {
    EmissionHandler h = traverse(m, tt);
    assertEquals(1, h.situationCount(s), "situation for travel time " + tt + " s");
    assertEquals(grams, h.linkHour_g(1, 0, p), 1e-9, "grams for " + tt + " s");
    assertEquals(grams, h.vehicle_g(0, p), 1e-9);
  }
}
