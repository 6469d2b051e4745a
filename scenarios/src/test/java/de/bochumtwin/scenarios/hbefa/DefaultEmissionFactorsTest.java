package de.bochumtwin.scenarios.hbefa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bochumtwin.core.emissions.EmissionClass;
import de.bochumtwin.core.emissions.EmissionModel;
import de.bochumtwin.core.emissions.EmissionSettings;
import de.bochumtwin.core.emissions.Pollutant;
import de.bochumtwin.core.emissions.TrafficSituation;
import de.bochumtwin.core.emissions.VehicleCategory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled open default factor set works out of the box for every category and road type. */
class DefaultEmissionFactorsTest {
  static final String[] VSP_ROAD_TYPES = {"URB/Access/30", "URB/Access/40", "URB/Local/50", "URB/Distr/50",
      "URB/Trunk-City/50", "URB/Local/60", "URB/Trunk-City/60", "URB/MW-City/60", "URB/MW-City/70",
      "URB/MW-Nat./80", "RUR/MW/>130"};
  static final EmissionClass BEV = EmissionClass.of(VehicleCategory.PASSENGER_CAR, "electricity", null, null);
  static final EmissionClass DIESEL6 = EmissionClass.of(VehicleCategory.PASSENGER_CAR, "diesel", "average", "PC D Euro-6");

  static EmissionModel model(List<EmissionClass> types) {
    return EmissionModel.resolve(DefaultEmissionFactors.load(), EmissionSettings.defaults(), types, VSP_ROAD_TYPES);
  }

  @Test
  void resolvesForEveryCategoryAndRoadType() {
    List<EmissionClass> types = new ArrayList<>();
    for (VehicleCategory c : VehicleCategory.values()) {
      types.add(EmissionClass.average(c));
    }
    types.add(BEV);
    types.add(DIESEL6);
    EmissionModel m = model(types);
    assertEquals(List.of(Pollutant.CO2_TOTAL, Pollutant.FC, Pollutant.NOx, Pollutant.NO2, Pollutant.PM,
        Pollutant.PM2_5, Pollutant.PM2_5_non_exhaust, Pollutant.PM_non_exhaust), m.pollutants());
    assertEquals(0, m.clampedColdFactors());
  }

  @Test
  void batteryElectricCarHasNoExhaustButNonExhaustParticles() {
    EmissionModel m = model(List.of(BEV, DIESEL6));
    for (int link = 0; link < VSP_ROAD_TYPES.length; link++) {
      for (TrafficSituation s : new TrafficSituation[] {TrafficSituation.FREEFLOW, TrafficSituation.STOPANDGO}) {
        for (int p = 0; p < m.pollutants().size(); p++) {
          Pollutant pol = m.pollutants().get(p);
          double bev = m.warmFactor_gpkm(0, link, s, p);
          double ice = m.warmFactor_gpkm(1, link, s, p);
          if (pol == Pollutant.PM_non_exhaust || pol == Pollutant.PM2_5_non_exhaust) {
            assertTrue(bev > 0, pol + " " + s);
            assertEquals(ice, bev, 0.0, "same non-exhaust as the fleet average car");
          } else {
            assertEquals(0.0, bev, 0.0, pol + " " + s);
            assertTrue(ice > 0, pol + " " + s);
          }
        }
      }
    }
  }

  @Test
  void nonExhaustFollowsTheDocumentedFormula() {
    EmissionModel m = model(List.of(EmissionClass.average(VehicleCategory.PASSENGER_CAR)));
    int pm10 = m.pollutants().indexOf(Pollutant.PM_non_exhaust);
    int pm25 = m.pollutants().indexOf(Pollutant.PM2_5_non_exhaust);
    // Freeflow V = 41.66275787 km/h: S_T = -0.00974 x 41.66275787 + 1.78 = 1.374204739
    // PM10 = (6.40 x 1.374204739 + 7.35 + 7.50) mg/km = 23.64491033 mg/km
    double st = -0.00974 * 41.66275787 + 1.78;
    assertEquals((6.40 * st + 7.35 + 7.50) / 1000, m.warmFactor_gpkm(0, 2, TrafficSituation.FREEFLOW, pm10), 1e-9);
    // St+Go V = 12.49 km/h < 40: S_T = 1.39; PM2.5 = (4.49 x 1.39 + 2.93 + 4.05) mg/km = 13.2211 mg/km
    assertEquals((4.49 * 1.39 + 2.93 + 4.05) / 1000, m.warmFactor_gpkm(0, 2, TrafficSituation.STOPANDGO, pm25), 1e-9);
  }
}
