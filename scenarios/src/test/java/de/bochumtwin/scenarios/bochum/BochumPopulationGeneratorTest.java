package de.bochumtwin.scenarios.bochum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bochumtwin.core.population.Activity;
import de.bochumtwin.core.population.Person;
import de.bochumtwin.core.population.Plan;
import de.bochumtwin.core.population.Population;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BochumPopulationGeneratorTest {
  static final long SEED = 4711;
  /** Sum of through-traffic.csv (vehicles per day at 100 %). */
  static final int THROUGH_VEHICLES = 67_000;
  static BochumScenario scenario;
  static Population tenPercent;
  static PopulationStats stats;

  @BeforeAll
  static void generate() {
    scenario = BochumScenario.load();
    tenPercent = BochumPopulationGenerator.generate(scenario, 0.10, SEED);
    stats = PopulationStats.of(tenPercent);
  }

  static long fingerprint(Population pop) {
    long h = 17;
    for (Person p : pop.persons()) {
      h = 31 * h + p.id().hashCode();
      h = 31 * h + p.attributes().hashCode();
      Plan plan = p.selectedPlan();
      for (int a = 0; a < plan.activityCount(); a++) {
        Activity act = plan.activity(a);
        h = 31 * h + act.hashCode();
      }
      for (int l = 0; l < plan.legCount(); l++) {
        h = 31 * h + plan.leg(l).mode().hashCode();
      }
    }
    return h;
  }

  @Test
  void sameSeedSamePopulationOtherSeedOtherPopulation() {
    Population a = BochumPopulationGenerator.generate(scenario, 0.01, 1);
    Population b = BochumPopulationGenerator.generate(scenario, 0.01, 1);
    Population c = BochumPopulationGenerator.generate(scenario, 0.01, 2);
    assertEquals(fingerprint(a), fingerprint(b));
    assertNotEquals(fingerprint(a), fingerprint(c));
  }

  @Test
  void onePercentIsOnePercentAndNestedInTenPercent() {
    Population one = BochumPopulationGenerator.generate(scenario, 0.01, SEED);
    double all = 365_742 + 89_000 + THROUGH_VEHICLES;
    assertEquals(0.01 * all, one.size(), 0.05 * 0.01 * all, "1 % sample size");
    assertEquals(0.10 * all, tenPercent.size(), 0.02 * 0.10 * all, "10 % sample size");
    Set<String> ten = new HashSet<>();
    for (Person p : tenPercent.persons()) {
      ten.add(p.id());
    }
    for (Person p : one.persons()) {
      assertTrue(ten.contains(p.id()), p.id() + " of the 1 % sample is missing in the 10 % sample");
      Person same = tenPercent.findPerson(p.id()).orElseThrow();
      assertEquals(p.attributes(), same.attributes());
      assertEquals(p.selectedPlan().elements(), same.selectedPlan().elements());
    }
  }

  @Test
  void rejectsBadSample() {
    assertThrows(IllegalArgumentException.class, () -> BochumPopulationGenerator.generate(scenario, 0, 1));
    assertThrows(IllegalArgumentException.class, () -> BochumPopulationGenerator.generate(scenario, 1.5, 1));
  }

  @Test
  void commutersScaleWithTheSample() {
    assertEquals(8_900, stats.inCommuters, 0.03 * 8_900);
    assertEquals(8_000, stats.outCommuters, 0.05 * 8_000);
    // directions: Herne (A43 north) sends at least 1,230 of 10 % in-commuters, Essen+Düsseldorf via A40 west
    assertTrue(stats.inByGateway.get("GW_A43_N") > 1_230 * 0.95, stats.inByGateway.toString());
    assertTrue(stats.outByGateway.get("GW_A40_W") > 1_730 * 0.95, stats.outByGateway.toString());
  }

  @Test
  void tripsPerResidentAsInTheSurvey() {
    double trips = stats.tripsPerResident();
    assertTrue(trips >= 3.2 && trips <= 3.8, "trips per resident " + trips + " (SrV 2013: 3.5)");
  }

  @Test
  void modalSplitFollowsSrv2018() {
    assertEquals(0.244, stats.residentModeShare("walk"), 0.02);
    assertEquals(0.067, stats.residentModeShare("bike"), 0.02);
    assertEquals(0.151, stats.residentModeShare("pt"), 0.02);
    assertEquals(0.537, stats.residentModeShare("car") + stats.residentModeShare("ride"), 0.02);
  }

  @Test
  void workAndSchoolDeparturesPeakInTheMorning() {
    int work = PopulationStats.peakHour(stats.departureShares("work"));
    int edu = PopulationStats.peakHour(stats.departureShares("education"));
    int home = PopulationStats.peakHour(stats.departureShares("home"));
    assertTrue(work >= 6 && work <= 8, "work peak " + work);
    assertEquals(7, edu, "school starts at 8");
    assertTrue(home >= 15 && home <= 18, "home peak " + home);
  }

  @Test
  void departuresFollowTheRuhrReference() throws IOException {
    Path file = Path.of(System.getProperty("twin.shared.data", "../shared/data"),
        "ruhr-matsim-reference", "trip_purposes_by_hour_ref.csv");
    Assumptions.assumeTrue(Files.isRegularFile(file), "shared data not found at " + file + ": skipping");
    double[][] ref = new double[3][24];
    String[] purposes = {"work", "edu", "shopping"};
    List<String> lines = Files.readAllLines(file);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",");
      for (int k = 0; k < purposes.length; k++) {
        if (f[0].equals(purposes[k])) {
          ref[k][((int) Double.parseDouble(f[1])) % 24] += Double.parseDouble(f[3]);
        }
      }
    }
    String[] ours = {"work", "education", "shopping"};
    for (int k = 0; k < 3; k++) {
      double sum = 0;
      for (double v : ref[k]) {
        sum += v;
      }
      double[] gen = stats.departureShares(ours[k]);
      double tvd = 0;
      for (int h = 0; h < 24; h++) {
        tvd += Math.abs(gen[h] - ref[k][h] / sum) / 2;
      }
      // work and school follow the reference closely; shopping is shifted towards the afternoon by the
      // stops on the way home and the later tours of the day (measured 0.28, see docs/bochum-scenario.md)
      double limit = k < 2 ? 0.15 : 0.30;
      assertTrue(tvd < limit, ours[k] + ": total variation distance to the reference " + tvd);
    }
  }

  @Test
  void plansAreWellFormed() {
    var net = scenario.network();
    int car = net.modes().bit("car");
    Set<Integer> zoneLinks = new HashSet<>();
    for (Zone z : scenario.zones()) {
      zoneLinks.add(z.activityLink());
    }
    Set<Integer> gatewayLinks = new HashSet<>();
    for (Gateway g : scenario.gateways()) {
      gatewayLinks.add(g.inLink());
      gatewayLinks.add(g.outLink());
    }
    for (Person p : tenPercent.persons()) {
      Plan plan = p.selectedPlan();
      if (p.attributes().get("commuter").equals("through")) {
        assertTrue(p.id().startsWith("t"), p.id());
        assertEquals(1, plan.legCount(), p.id() + ": one trip across the city");
        assertEquals("car", plan.leg(0).mode());
        assertNull(plan.leg(0).route());
        assertEquals(ThroughTraffic.ENTRY, plan.activity(0).type());
        assertEquals(ThroughTraffic.EXIT, plan.activity(1).type());
        Gateway in = gateway(p.attributes().get("direction"));
        Gateway out = gateway(p.attributes().get("exit"));
        assertNotEquals(in.id(), out.id());
        assertEquals(in.inLink(), plan.activity(0).linkIndex(), p.id());
        assertEquals(out.outLink(), plan.activity(1).linkIndex(), p.id());
        assertTrue(plan.activity(0).endTime_s() >= 0 && plan.activity(0).endTime_s() < 24 * 3600, p.id());
        continue;
      }
      assertTrue(p.id().startsWith("r") || p.id().startsWith("c"), p.id());
      assertEquals("home", plan.activity(0).type());
      assertEquals("home", plan.activity(plan.activityCount() - 1).type());
      int prevEnd = -1;
      for (int a = 0; a < plan.activityCount(); a++) {
        Activity act = plan.activity(a);
        assertTrue(zoneLinks.contains(act.linkIndex()) || gatewayLinks.contains(act.linkIndex()), p.id());
        assertTrue(net.allowsMode(act.linkIndex(), car));
        if (a < plan.activityCount() - 1) {
          assertTrue(act.endTime_s() > prevEnd, p.id() + " activity " + a + " ends before the previous one");
          prevEnd = act.endTime_s();
        }
      }
      for (int l = 0; l < plan.legCount(); l++) {
        assertNull(plan.leg(l).route(), "legs are not routed by the generator");
        if (plan.leg(l).mode().equals("car")) {
          assertEquals("always", p.attributes().get("carAvail"), p.id());
        }
      }
      if (p.attributes().get("commuter").equals("in")) {
        assertTrue(gatewayLinks.contains(plan.activity(0).linkIndex()));
      }
    }
  }

  /**
   * Car trips crossing each motorway gateway (commuters and through vehicles, 10 % sample x 10) against
   * the BASt 2015 daily traffic of the nearest counted section (motorway-counts.csv). Residents' other
   * trips across the border and the HGV with an origin or destination in Bochum are not modelled, so
   * the model may stay below the count; the through traffic is a stated share of it.
   */
  @Test
  void gatewayCrossingsApproachTheCountedMotorwayTraffic() {
    Map<Integer, String> gatewayOfLink = new HashMap<>();
    for (Gateway g : scenario.gateways()) {
      gatewayOfLink.put(g.inLink(), g.id());
      gatewayOfLink.put(g.outLink(), g.id());
    }
    Map<String, Double> crossings = new HashMap<>();
    Map<String, Double> throughCrossings = new HashMap<>();
    for (Person p : tenPercent.persons()) {
      Plan plan = p.selectedPlan();
      boolean through = p.attributes().get("commuter").equals("through");
      for (int l = 0; l < plan.legCount(); l++) {
        if (!plan.leg(l).mode().equals("car")) {
          continue;
        }
        for (int a = l; a <= l + 1; a++) {
          String g = gatewayOfLink.get(plan.activity(a).linkIndex());
          if (g != null) {
            crossings.merge(g, 10.0, Double::sum);
            if (through) {
              throughCrossings.merge(g, 10.0, Double::sum);
            }
          }
        }
      }
    }
    CsvTable counts = CsvTable.load("motorway-counts.csv");
    StringBuilder report = new StringBuilder();
    for (int r = 0; r < counts.rowCount(); r++) {
      String g = counts.get(r, "gateway");
      double dtv = counts.getDouble(r, "dtv_veh_per_day");
      double model = crossings.getOrDefault(g, 0.0);
      double throughShare = throughCrossings.getOrDefault(g, 0.0) / dtv;
      report.append(String.format("%s: model %.0f / counted %.0f = %.2f, through share %.2f%n", g, model, dtv,
          model / dtv, throughShare));
      // GW_A43_S: the count lies between the two interchanges and also carries A448 traffic (an upper bound)
      double lower = g.equals("GW_A43_S") ? 0.45 : 0.80;
      assertTrue(model >= lower * dtv && model <= 1.10 * dtv, report.toString());
      assertTrue(throughShare >= 0.25 && throughShare <= 0.50, report.toString());
    }
    System.out.print(report);
  }

  static Gateway gateway(String id) {
    return scenario.gateways().stream().filter(g -> g.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
  }

  @Test
  void activityCoordinatesStayInTheirZone() {
    for (Person p : tenPercent.persons().subList(0, 5000)) {
      Plan plan = p.selectedPlan();
      for (int a = 0; a < plan.activityCount(); a++) {
        Activity act = plan.activity(a);
        for (Zone z : scenario.zones()) {
          if (z.activityLink() == act.linkIndex()) {
            double d = Math.hypot(act.x_m() - z.x_m(), act.y_m() - z.y_m());
            assertTrue(d <= z.radius_m(), p.id() + " " + z.id() + " " + d);
          }
        }
      }
    }
  }

  @Test
  void fullPopulationMatchesTheFactsExactly() {
    long t0 = System.nanoTime();
    Population all = BochumPopulationGenerator.generate(scenario, 1.0, SEED);
    long ms = (System.nanoTime() - t0) / 1_000_000;
    PopulationStats s = PopulationStats.of(all);
    System.out.println("100 % Bochum population: " + all.size() + " persons in " + ms + " ms, heap used "
        + (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1 << 20) + " MB");
    assertEquals(365_742, s.residents);
    assertEquals(89_000, s.inCommuters);
    for (Zone z : scenario.zones()) {
      assertEquals(z.residents(), s.residentsByZone.get(z.id()), z.id());
    }
    for (Gateway g : scenario.gateways()) {
      assertEquals(g.inCommuters(), s.inByGateway.get(g.id()), g.id());
    }
    assertEquals(80_000, s.outCommuters, 0.01 * 80_000);
    // through traffic: every pair of through-traffic.csv split evenly over both directions
    assertEquals(THROUGH_VEHICLES, s.throughVehicles);
    assertEquals(12_000, s.throughByDirection.get("GW_A43_N>GW_A43_S"));
    assertEquals(12_000, s.throughByDirection.get("GW_A43_S>GW_A43_N"));
    assertEquals(9_000, s.throughByDirection.get("GW_A40_E>GW_A40_W"));
    assertEquals(1_000, s.throughByDirection.get("GW_A448_E>GW_A43_N"));
    assertEquals(16, s.throughByDirection.size(), "8 pairs x 2 directions: " + s.throughByDirection);
    // through_freight_share 0.10: binomial sd over 67,000 vehicles is 0.0011
    assertEquals(0.10, s.freightVehicles / (double) s.throughVehicles, 0.005);
  }
}
