package de.bochumtwin.scenarios.matsim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.bochumtwin.core.network.Network;
import de.bochumtwin.core.population.Activity;
import de.bochumtwin.core.population.GenericRoute;
import de.bochumtwin.core.population.Leg;
import de.bochumtwin.core.population.NetworkRoute;
import de.bochumtwin.core.population.Person;
import de.bochumtwin.core.population.Plan;
import de.bochumtwin.core.population.Population;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PopulationRoundTripTest {
  @TempDir Path tmp;

  @Test
  void plans100V4WrittenAsV6ReadsBackIdentically() throws Exception {
    Network net = NetworkReader.read(TestData.example("equil/network.xml"));
    Population a = PopulationReader.read(TestData.example("equil/plans100.xml"), net);
    Path out = tmp.resolve("plans.xml.gz");
    PopulationWriter.write(a, net, out);
    Population b = PopulationReader.read(out, net);
    assertSame(a, b);
    Path plain = tmp.resolve("plans.xml");
    PopulationWriter.write(a, net, plain);
    String text = TestData.text(plain);
    assertEquals(1, TestData.count(text, "population_v6\\.dtd"));
    assertEquals(100, TestData.count(text, "<person "));
  }

  @Test
  void everyModelFeatureSurvivesTheRoundTrip() throws Exception {
    Network net = NetworkReader.read(TestData.example("equil/network.xml"));
    int l1 = net.getLinkIndex("1");
    int l20 = net.getLinkIndex("20");
    Population pop = new Population();
    pop.attributes().put("coordinateReferenceSystem", "EPSG:25832");
    Person p = Person.of("a&b \"quoted\"", Map.of("subpopulation", "freight", "income", "<3000"));
    Activity home = Activity.of("home", l1, -25000.5, 0.25).withEndTime(6 * 3600 + 1).withStartTime(0);
    Activity work = Activity.atLink("work", l20).withMaxDuration(8 * 3600).withEndTime(17 * 3600);
    Leg car = Leg.of("car").withRoutingMode("car").withDepartureTime(21601).withTravelTime(1234)
        .withRoute(NetworkRoute.of(new int[] {l1, net.getLinkIndex("6"), net.getLinkIndex("15"), l20}, 24999.5));
    Leg bike = Leg.of("bike").withRoute(new GenericRoute(l20, l1, 3210.75, 900));
    Leg unrouted = Leg.of("car");
    Plan p1 = Plan.of(List.of(home, car, work, bike, home)).withScore(-1.5).withType("commute");
    Plan p2 = Plan.of(List.of(home, unrouted, work));
    p.addPlan(p1, false);
    p.addPlan(p2, true);
    pop.add(p);
    pop.add(Person.of("empty", Map.of()));

    Path out = tmp.resolve("all.xml");
    PopulationWriter.write(pop, net, out);
    Population back = PopulationReader.read(out, net);
    assertSame(pop, back);
    assertEquals(1, back.get(0).selectedIndex());
  }

  static void assertSame(Population a, Population b) {
    assertEquals(a.size(), b.size());
    assertEquals(a.attributes(), b.attributes());
    for (int i = 0; i < a.size(); i++) {
      Person pa = a.get(i);
      Person pb = b.get(i);
      assertEquals(pa.id(), pb.id());
      assertEquals(pa.attributes(), pb.attributes(), pa.id());
      assertEquals(pa.plans().size(), pb.plans().size(), pa.id());
      assertEquals(pa.selectedIndex(), pb.selectedIndex(), pa.id());
      for (int k = 0; k < pa.plans().size(); k++) {
        Plan x = pa.plans().get(k);
        Plan y = pb.plans().get(k);
        assertEquals(x.elements(), y.elements(), pa.id());
        assertEquals(x.score(), y.score(), pa.id());
        assertEquals(x.type(), y.type(), pa.id());
        for (int l = 0; l < x.legCount(); l++) {
          if (x.leg(l).route() != null) {
            assertEquals(x.leg(l).route().distance_m(), y.leg(l).route().distance_m(), pa.id());
          }
        }
      }
    }
  }
}
