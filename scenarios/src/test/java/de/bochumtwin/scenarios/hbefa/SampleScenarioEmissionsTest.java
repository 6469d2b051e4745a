package de.bochumtwin.scenarios.hbefa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bochumtwin.core.emissions.EmissionFactorTables;
import de.bochumtwin.core.emissions.EmissionHandler;
import de.bochumtwin.core.emissions.EmissionModel;
import de.bochumtwin.core.emissions.EmissionSettings;
import de.bochumtwin.core.emissions.LookupBehavior;
import de.bochumtwin.core.emissions.Pollutant;
import de.bochumtwin.core.emissions.TrafficSituation;
import de.bochumtwin.core.network.Network;
import de.bochumtwin.scenarios.matsim.EventsReader;
import de.bochumtwin.scenarios.matsim.NetworkReader;
import de.bochumtwin.scenarios.matsim.VehiclesReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * MATSim's emission sample scenario (sample_network.xml, testv2_Vehv2/sample_emissionVehicles_v2.xml,
 * 5.events.xml.gz) processed offline with the HBEFA 4.1 sample average tables (2020). Every link of
 * the network has hbefa_road_type URB/Local/50; the table has Freeflow (41.66 km/h) and St+Go
 * (12.49 km/h) rows, so every traversal faster than 12.49 km/h is Freeflow.
 */
class SampleScenarioEmissionsTest {
  static final Path DIR = Path.of(System.getProperty("twin.shared.data", "../../shared/data"),
      "matsim-examples", "emissions-sampleScenario");

  @Test
  void sampleEventsGiveHandCheckedTotals(@TempDir Path tmp) {
    Assumptions.assumeTrue(Files.isDirectory(DIR), "shared data not found at " + DIR + ": skipping");
    Network net = NetworkReader.read(DIR.resolve("sample_network.xml"));
    String[] roadAttr = LinkRoadTypes.read(DIR.resolve("sample_network.xml"), net);
    FleetEmissionClasses fleet = FleetEmissionClasses.of(
        VehiclesReader.read(DIR.resolve("testv2_Vehv2/sample_emissionVehicles_v2.xml")),
        DIR.resolve("testv2_Vehv2/sample_emissionVehicles_v2.xml"));
    EmissionFactorTables tables = EmissionFactorTables.of(
        HbefaTableReader.readWarm(DIR.resolve("sample_41_EFA_HOT_vehcat_2020average.csv")).table(), null,
        HbefaTableReader.readCold(DIR.resolve("sample_41_EFA_ColdStart_vehcat_2020average.csv")).table(), null);
    EmissionSettings settings = EmissionSettings.defaults().withLookupBehavior(LookupBehavior.directlyTryAverageTable)
        .withPollutants(java.util.EnumSet.of(Pollutant.CO2_TOTAL, Pollutant.NOx, Pollutant.NO2, Pollutant.PM,
            Pollutant.PM2_5, Pollutant.PM_non_exhaust, Pollutant.FC));
    EmissionModel model = OfflineEmissions.model(tables, settings, fleet, net, roadAttr);
    Path eventsOut = tmp.resolve("emission_events.xml.gz");
    EmissionEventsWriter[] writer = new EmissionEventsWriter[1];
    EmissionHandler h = OfflineEmissions.run(DIR.resolve("5.events.xml.gz"), net, model, fleet, ids -> {
      writer[0] = new EmissionEventsWriter(eventsOut, model, ids::linkId, ids::vehicleId);
      return writer[0];
    });
    writer[0].commit();
    writer[0].close();

    int nox = model.pollutants().indexOf(Pollutant.NOx);
    int co2 = model.pollutants().indexOf(Pollutant.CO2_TOTAL);
    // 4 classes: car_average, car_petrol, car_diesel (pass. car average table), truck (HGV)
    assertEquals(4, model.types().size());
    // Vehicle pv_car_5315_9162_1 (car_average), events 10998-11046:
    //  enters traffic on link36, first start -> 12 h parking -> class ">12h": cold NOx 0-1km = 0.154378802 g
    //  link65: 400 m in 22 s = 65.45 km/h (free speed 66.56): Freeflow, 0.4 km x 0.299246997 = 0.1196987988 g
    //  link52: 200 m in 15 s = 48 km/h (free 50): Freeflow, 0.2 x 0.299246997 = 0.0598493994 g
    //  link25: 200 m in 10 s = 72 km/h > free 70 + 1: capped to 70 -> Freeflow, 0.0598493994 g
    //  distance after the start: 200 + 400 + 200 = 800 m < 1 km: no second cold event
    // Trip back, 58132-58179: parked 58132 - 11046 = 47086 s = 13.1 h -> ">12h" again: 0.154378802 g;
    //  link52 200 m in 15 s (48 km/h), link23 400 m in 17 s (84.7 km/h, free 84.9), link36 200 m in
    //  14 s (51.4 km/h > 50 + 1, capped): all Freeflow, 0.8 km x 0.299246997; 800 m: no second cold event
    // Sum: 2 x (0.154378802 + 0.2393975976) = 0.7875527992 g
    int pv = vehicleIndex(h, "pv_car_5315_9162_1");
    assertEquals(2 * (0.154378802 + 0.8 * 0.299246997), h.vehicle_g(pv, nox), 1e-12);
    // per link and hour: hour 3 (10800-14400 s) of link36 holds only the first cold start
    assertEquals(0.154378802, h.linkHour_g(net.getLinkIndex("link36"), 3, nox), 1e-12);
    // hour 16 of link25: the second cold start (0.154378802 g); its warm part is on link52/23/36
    assertEquals(0.154378802, h.linkHour_g(net.getLinkIndex("link25"), 16, nox), 1e-12);
    // Truck gv_4499 (HGV): link89, 400 m in 20 s = 72 km/h > 70 + 1 -> capped, Freeflow HGV NOx
    // 2.29156208 g/km x 0.4 km = 0.916624832 g; HGV cold factors in the table are 0
    assertEquals(0.4 * 2.29156208, h.vehicle_g(vehicleIndex(h, "gv_4499"), nox), 1e-12);
    // CO2 of the same truck: 0.4 x 646.4078979 = 258.56315916 g
    assertEquals(0.4 * 646.4078979, h.vehicle_g(vehicleIndex(h, "gv_4499"), co2), 1e-9);

    assertEquals(0, h.situationCount(TrafficSituation.STOPANDGO)); // every traversal is faster than 12.49 km/h
    assertTrue(h.warmTraversals() > 10);
    // link-hour sums = vehicle sums = warm + cold, nothing negative
    for (int p = 0; p < model.pollutants().size(); p++) {
      double links = 0;
      for (int hr = 0; hr < h.hourCount(); hr++) {
        for (int l = 0; l < net.linkCount(); l++) {
          assertTrue(h.linkHour_g(l, hr, p) >= 0);
          links += h.linkHour_g(l, hr, p);
        }
      }
      double vehicles = 0;
      for (int v = 0; v < h.vehicleCount(); v++) {
        vehicles += h.vehicle_g(v, p);
      }
      assertEquals(h.warmTotal_g(p) + h.coldTotal_g(p), links, 1e-9);
      assertEquals(links, vehicles, 1e-9);
    }
    // the events file, read back, gives the same NOx total and event counts
    double[] fileNox = {0};
    long[] counts = {0, 0};
    EventsReader.read(eventsOut, (t, type, a) -> {
      fileNox[0] += Double.parseDouble(a.get("NOx"));
      counts[type.equals("warmEmissionEvent") ? 0 : 1]++;
      assertTrue(a.containsKey("linkId") && a.containsKey("vehicleId"));
      assertEquals(type.equals("warmEmissionEvent"), a.containsKey("PM_non_exhaust"), "non-exhaust is warm only");
    });
    assertEquals(h.warmTotal_g(nox) + h.coldTotal_g(nox), fileNox[0], 1e-12);
    assertEquals(h.warmTraversals(), counts[0]);
    assertEquals(h.coldStarts(), counts[1]);
  }

  private static int vehicleIndex(EmissionHandler h, String id) {
    for (int v = 0; v < h.vehicleCount(); v++) {
      if (h.hasVehicle(v) && h.vehicleIdOf(v).equals(id)) {
        return v;
      }
    }
    throw new AssertionError("vehicle " + id + " not seen");
  }
}
