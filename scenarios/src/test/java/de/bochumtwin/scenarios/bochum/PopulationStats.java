package de.bochumtwin.scenarios.bochum;

import de.bochumtwin.core.population.Activity;
import de.bochumtwin.core.population.Leg;
import de.bochumtwin.core.population.Person;
import de.bochumtwin.core.population.Plan;
import de.bochumtwin.core.population.Population;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** Aggregates of a generated population used by the tests: counts, trips, modes, departures by hour. */
final class PopulationStats {
  int residents;
  int inCommuters;
  int outCommuters;
  int throughVehicles;
  int freightVehicles;
  long residentTrips;
  final Map<String, Integer> residentLegsByMode = new TreeMap<>();
  /** departures[purpose][hour]: legs towards an activity of that purpose leaving in that clock hour. */
  final Map<String, double[]> departures = new HashMap<>();
  final Map<String, Integer> residentsByZone = new HashMap<>();
  final Map<String, Integer> inByGateway = new HashMap<>();
  final Map<String, Integer> outByGateway = new HashMap<>();
  /** Through vehicles by "entry>exit" gateway ids. */
  final Map<String, Integer> throughByDirection = new HashMap<>();

  static PopulationStats of(Population pop) {
    PopulationStats s = new PopulationStats();
    for (Person p : pop.persons()) {
      Map<String, String> a = p.attributes();
      boolean resident = a.get("commuter").equals("none") || a.get("commuter").equals("out");
      if (a.get("commuter").equals("through")) {
        s.throughVehicles++;
        if (a.get("subpopulation").equals("freight")) {
          s.freightVehicles++;
        }
        s.throughByDirection.merge(a.get("direction") + ">" + a.get("exit"), 1, Integer::sum);
      } else if (resident) {
        s.residents++;
        s.residentsByZone.merge(a.get("zone"), 1, Integer::sum);
        if (a.get("commuter").equals("out")) {
          s.outCommuters++;
          s.outByGateway.merge(a.get("direction"), 1, Integer::sum);
        }
      } else {
        s.inCommuters++;
        s.inByGateway.merge(a.get("direction"), 1, Integer::sum);
      }
      Plan plan = p.selectedPlan();
      for (int l = 0; l < plan.legCount(); l++) {
        Leg leg = plan.leg(l);
        Activity from = plan.activity(l);
        Activity to = plan.activity(l + 1);
        if (resident) {
          s.residentTrips++;
          s.residentLegsByMode.merge(leg.mode(), 1, Integer::sum);
        }
        int h = (from.endTime_s() / 3600) % 24;
        s.departures.computeIfAbsent(to.type(), k -> new double[24])[h]++;
      }
    }
    return s;
  }

  double tripsPerResident() {
    return (double) residentTrips / residents;
  }

  double residentModeShare(String mode) {
    return residentLegsByMode.getOrDefault(mode, 0) / (double) residentTrips;
  }

  /** Normalised hourly departure shares of trips towards {@code purpose}. */
  double[] departureShares(String purpose) {
    double[] d = departures.getOrDefault(purpose, new double[24]).clone();
    double sum = 0;
    for (double v : d) {
      sum += v;
    }
    for (int h = 0; h < 24; h++) {
      d[h] /= sum;
    }
    return d;
  }

  static int peakHour(double[] shares) {
    int best = 0;
    for (int h = 1; h < 24; h++) {
      if (shares[h] > shares[best]) {
        best = h;
      }
    }
    return best;
  }
}
