package de.bochumtwin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bochumtwin.core.network.Network;
import de.bochumtwin.core.population.Leg;
import de.bochumtwin.core.population.NetworkRoute;
import de.bochumtwin.core.population.Person;
import de.bochumtwin.core.population.Plan;
import de.bochumtwin.core.population.Population;
import de.bochumtwin.scenarios.matsim.NetworkReader;
import de.bochumtwin.scenarios.matsim.PopulationReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 3, must show 3: raising the car's per-km money cost lowers the car share monotonically over a
 * sweep of three values (equil, SubtourModeChoice between car and pt); SubtourModeChoice never leaves
 * a car away from home: in every final plan each car leg starts where the car is, and the car ends
 * the day at home.
 *
 * <p>Hand estimate: home (x=-25 km) to work (x=+10 km) is 35 km beeline, i.e. 45.5 km and 1.8 h by pt
 * (25 km/h, factor 1.3) against about 25 min by car. With the default -6 util/h for travelling and +6
 * util/h for performing, pt costs about 2 x 1.4 h x 12 util/h = 34 utils more per day. A car cost of
 * 0.0005 EUR/m (about 25 EUR per 50 km trip, 2 trips) outweighs it: the car share must fall from most
 * agents to few.
 */
class L03_ModeChoiceTest {
  @TempDir
  Path tmp;

  Path config(String rate) throws IOException {
    Path eq = TestData.equil("config.xml").getParent();
    String xml = TestData.equilModeChoiceConfig(eq, "29", rate);
    Path f = tmp.resolve("config" + rate + ".xml");
    Files.writeString(f, xml);
    return f;
  }

  double carShare(String rate) throws IOException {
    Path out = tmp.resolve("out" + rate);
    assertEquals(0, TestData.run("run", "--config", config(rate).toString(), "--checkpoint-interval", "0", "--out", out.toString()));
    checkCarsComeHome(out);
    return Double.parseDouble(TestData.one("SELECT coalesce(sum(share), 0) FROM read_parquet('"
        + out.resolve("iteration_modes.parquet") + "') WHERE mode = 'car' AND iteration = 29"));
  }

  static void checkCarsComeHome(Path out) {
    Network net = NetworkReader.read(TestData.equil("network.xml"));
    Population pop = PopulationReader.read(out.resolve("output_plans.xml.gz"), net);
    int plansChecked = 0;
    for (Person person : pop.persons()) {
      for (Plan plan : person.plans()) {
        int home = plan.activity(0).linkIndex();
        int car = home;
        for (int i = 0; i < plan.legCount(); i++) {
          Leg leg = plan.leg(i);
          int from = plan.activity(i).linkIndex();
          int to = plan.activity(i + 1).linkIndex();
          if (leg.mode().equals("car")) {
            assertEquals(car, from, "person " + person.id() + ": car leg " + i + " starts away from the car");
            assertTrue(leg.route() instanceof NetworkRoute, "car legs are routed");
            car = to;
          }
        }
        assertEquals(home, car, "person " + person.id() + ": the car ends the day away from home");
        plansChecked++;
      }
    }
    assertTrue(plansChecked >= 100);
  }

  @Test
  void carShareFallsAsCarCostRises() throws IOException {
    double free = carShare("0.0");
    double some = carShare("-0.0002");
    double dear = carShare("-0.001");
    assertTrue(free > some && some > dear, "car share must fall monotonically: " + free + " > " + some + " > " + dear);
    assertTrue(free > 0.8, "without a cost almost everybody drives: " + free);
    assertTrue(dear < 0.2, "with 1 EUR/km almost nobody drives: " + dear);
  }
}
