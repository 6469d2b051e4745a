package de.bochumtwin.scenarios.matsim;

import static de.bochumtwin.scenarios.matsim.TestData.assertInputError;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bochumtwin.core.network.Network;
import de.bochumtwin.core.population.Activity;
import de.bochumtwin.core.population.GenericRoute;
import de.bochumtwin.core.population.Leg;
import de.bochumtwin.core.population.NetworkRoute;
import de.bochumtwin.core.population.Person;
import de.bochumtwin.core.population.Plan;
import de.bochumtwin.core.population.Population;
import de.bochumtwin.core.population.Time;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PopulationReaderTest {
  @TempDir Path tmp;
  Network equil;

  @BeforeEach
  void readNetwork() {
    equil = NetworkReader.read(TestData.example("equil/network.xml"));
  }

  private int[] links(String... ids) {
    int[] out = new int[ids.length];
    for (int i = 0; i < ids.length; i++) {
      out[i] = equil.getLinkIndex(ids[i]);
    }
    return out;
  }

  @Test
  void readsEquilPlans100V4() throws Exception {
    Path f = TestData.example("equil/plans100.xml");
    Population pop = PopulationReader.read(f, equil);
    assertEquals(100, pop.size());
    assertEquals(TestData.count(TestData.text(f), "<person "), pop.size());
    Plan p = pop.findPerson("1").orElseThrow().selectedPlan();
    assertEquals(4, p.activityCount());
    Activity home = p.activity(0);
    assertEquals("h", home.type());
    assertEquals(equil.getLinkIndex("1"), home.linkIndex());
    assertEquals(-25000.0, home.x_m());
    assertEquals(21600, home.endTime_s()); // end_time="06:00"
    // v4 route "2 7 12" from link 1 to link 20: nodes 2-7-12 are links 6 and 15
    NetworkRoute r = (NetworkRoute) p.leg(0).route();
    assertArrayEquals(links("1", "6", "15", "20"), r.links());
    // distance: every link after the start link, 10 km + 5 km + 10 km
    assertEquals(25000.0, r.distance_m());
    assertEquals(600, p.activity(1).maxDuration_s()); // dur="00:10"
    assertEquals(Time.UNDEFINED, p.activity(1).endTime_s());
    // "<route> </route>" between two activities on link 20
    assertArrayEquals(links("20"), ((NetworkRoute) p.leg(1).route()).links());
    assertEquals(0.0, p.leg(1).route().distance_m());
    // "13 14 15 1" back home: 20 -> 21 -> 22 -> 23 -> 1
    assertArrayEquals(links("20", "21", "22", "23", "1"), ((NetworkRoute) p.leg(2).route()).links());
    assertEquals("car", p.leg(2).mode());
  }

  @Test
  void readsGzippedPlans2000WithFileDistances() throws Exception {
    Path f = TestData.example("equil/plans2000.xml.gz");
    Population pop = PopulationReader.read(f, equil);
    assertEquals(2000, pop.size());
    assertEquals(TestData.count(TestData.text(f), "<person "), pop.size());
    Plan p = pop.findPerson("1").orElseThrow().selectedPlan();
    Leg first = p.leg(0);
    assertEquals(21600, first.departureTime_s());
    assertArrayEquals(links("1", "6", "15", "20"), ((NetworkRoute) first.route()).links());
    // the file gives dist="15000.0" (older convention without the end link); the file wins
    assertEquals(15000.0, first.route().distance_m());
    assertEquals(8 * 3600, p.activity(1).maxDuration_s());
  }

  @Test
  void attachesCoordinateOnlyActivitiesToNearestCarLink() {
    Network net = NetworkReader.read(TestData.example("emissions-sampleScenario/sample_network.xml"));
    Population pop = PopulationReader.read(TestData.example("emissions-sampleScenario/sample_population.xml"), net);
    assertEquals(8, pop.size());
    Person p = pop.findPerson("555928.1#7278").orElseThrow();
    // v4 person XML attributes become person attributes
    assertEquals("40", p.attributes().get("age"));
    assertEquals("m", p.attributes().get("sex"));
    Plan plan = p.selectedPlan();
    // home (366, 52): 52 m from link23 and link32 (y = 0, x 200..600); tie goes to the lower index, link23
    assertEquals("link23", net.linkId(plan.activity(0).linkIndex()));
    // work (577, 174): 23 m from link36/link63 (x = 600), 26 m from link56/link65 (y = 200)
    assertEquals("link36", net.linkId(plan.activity(1).linkIndex()));
    assertNull(plan.leg(0).route());
    assertEquals(600, plan.leg(0).travelTime_s());
  }

  @Test
  void readsPopulationV6WithAttributesSeveralPlansAndGenericRoutes() throws Exception {
    Path f = TestData.write(tmp, "v6.xml", """
        <?xml version="1.0" encoding="utf-8"?>
        <!DOCTYPE population SYSTEM "http://www.matsim.org/files/dtd/population_v6.dtd">
        <population>
          <attributes><attribute name="coordinateReferenceSystem" class="java.lang.String">EPSG:25832</attribute></attributes>
          <person id="p1">
            <attributes>
              <attribute name="subpopulation" class="java.lang.String">person</attribute>
              <attribute name="age" class="java.lang.Integer">42</attribute>
            </attributes>
            <plan score="12.5" selected="no">
              <activity type="h" link="1" x="-25000.0" y="0.0" end_time="06:00:00"/>
              <leg mode="walk" dep_time="06:00:00" trav_time="00:30:00">
                <attributes><attribute name="routingMode" class="java.lang.String">walk</attribute></attributes>
                <route type="generic" start_link="1" end_link="20" trav_time="00:30:00" distance="2500.0"></route>
              </leg>
              <activity type="w" link="20" max_dur="08:00:00"/>
            </plan>
            <plan score="53.43" selected="yes">
              <activity type="h" link="1" end_time="06:00:00"/>
              <leg mode="car">
                <attributes><attribute name="routingMode" class="java.lang.String">car</attribute></attributes>
                <route type="links" start_link="1" end_link="20" trav_time="undefined" vehicleRefId="p1">1 6 15 20</route>
              </leg>
              <activity type="w" x="4000" y="10"/>
            </plan>
          </person>
        </population>
        """);
    Population pop = PopulationReader.read(f, equil);
    assertEquals("EPSG:25832", pop.attributes().get("coordinateReferenceSystem"));
    Person p = pop.get(0);
    assertEquals("person", p.attributes().get("subpopulation"));
    assertEquals("42", p.attributes().get("age"));
    assertEquals(2, p.plans().size());
    assertEquals(1, p.selectedIndex());
    assertEquals(12.5, p.plans().get(0).score());
    Leg walk = p.plans().get(0).leg(0);
    assertEquals("walk", walk.routingMode());
    assertEquals(1800, walk.travelTime_s());
    GenericRoute g = assertInstanceOf(GenericRoute.class, walk.route());
    assertEquals(new GenericRoute(equil.getLinkIndex("1"), equil.getLinkIndex("20"), 2500.0, 1800), g);
    Plan sel = p.selectedPlan();
    assertEquals(53.43, sel.score());
    assertEquals("car", sel.leg(0).routingMode());
    NetworkRoute r = (NetworkRoute) sel.leg(0).route();
    assertArrayEquals(links("1", "6", "15", "20"), r.links());
    assertEquals(25000.0, r.distance_m());
    // (4000, 10) lies on link 20 (node 12 (0,0) -> node 13 (5000,0)) at 10 m
    assertEquals(equil.getLinkIndex("20"), sel.activity(1).linkIndex());
    assertTrue(sel.activity(1).hasCoord());
    assertFalse(p.plans().get(0).leg(0).route() instanceof NetworkRoute);
  }

  @Test
  void readsEvTestPlanV6AgainstItsNetwork() throws Exception {
    Network net = NetworkReader.read(TestData.example("ev-detour-test/1pctNetwork.xml"));
    Path f = TestData.example("ev-detour-test/triple-charger-plan.xml");
    Population pop = PopulationReader.read(f, net);
    assertEquals(TestData.count(TestData.text(f), "<person "), pop.size());
    Plan plan = pop.findPerson("Triple Charger").orElseThrow().selectedPlan();
    assertEquals("home", plan.activity(0).type());
    assertEquals(net.getLinkIndex("1"), plan.activity(0).linkIndex());
    assertEquals(3 * 3600, plan.activity(0).maxDuration_s());
    assertEquals(net.getLinkIndex("90"), plan.activity(1).linkIndex());
    assertEquals(TestData.count(TestData.text(f), "<activity "), plan.activityCount());
  }

  private Path v6WithRoute(String route) throws Exception {
    return TestData.write(tmp, "bad-plans.xml", """
        <?xml version="1.0" encoding="utf-8"?>
        <!DOCTYPE population SYSTEM "http://www.matsim.org/files/dtd/population_v6.dtd">
        <population>
          <person id="p1">
            <plan selected="yes">
              <activity type="h" link="1" end_time="06:00:00"/>
              <leg mode="car">
                %s
              </leg>
              <activity type="w" link="20"/>
            </plan>
          </person>
        </population>
        """.formatted(route));
  }

  @Test
  void unknownLinkInRouteIsReported() throws Exception {
    Path f = v6WithRoute("<route type=\"links\" start_link=\"1\" end_link=\"20\">1 6 99 20</route>");
    assertInputError(f, 8, "link '99' in <route> is not in the network",
        "fix the route or use the matching network file", () -> PopulationReader.read(f, equil));
  }

  @Test
  void disconnectedRouteIsReported() throws Exception {
    Path f = v6WithRoute("<route type=\"links\" start_link=\"1\" end_link=\"20\">1 15 20</route>");
    assertInputError(f, 8, "links '1' and '15' in <route> are not connected",
        "fix the route", () -> PopulationReader.read(f, equil));
  }

  @Test
  void unknownActivityLinkIsReported() throws Exception {
    Path f = TestData.write(tmp, "bad-act.xml", """
        <population>
          <person id="p1">
            <plan>
              <activity type="h" link="77" end_time="06:00:00"/>
            </plan>
          </person>
        </population>
        """);
    assertInputError(f, 4, "link '77' of <activity> is not in the network",
        "fix the link id or use the matching network file", () -> PopulationReader.read(f, equil));
  }

  private Path v4WithRoute(String nodes) throws Exception {
    return TestData.write(tmp, "bad-v4.xml", """
        <?xml version="1.0" ?>
        <!DOCTYPE plans SYSTEM "http://www.matsim.org/files/dtd/plans_v4.dtd">
        <plans>
        <person id="1">
          <plan>
            <act type="h" x="-25000" y="0" link="1" end_time="06:00" />
            <leg mode="car">
              <route>%s</route>
            </leg>
            <act type="w" x="10000" y="0" link="20" dur="00:10" />
          </plan>
        </person>
        </plans>
        """.formatted(nodes));
  }

  @Test
  void unknownNodeInV4RouteIsReported() throws Exception {
    Path f = v4WithRoute("2 77 12");
    assertInputError(f, 8, "node '77' in <route> is not in the network",
        "fix the route", () -> PopulationReader.read(f, equil));
  }

  @Test
  void nodePairWithoutLinkInV4RouteIsReported() throws Exception {
    // nodes 7 and 8 exist but no link joins them
    Path f = v4WithRoute("2 7 8 12");
    assertInputError(f, 8, "no link leads from node '7' to node '8'",
        "fix the route or use the matching network file", () -> PopulationReader.read(f, equil));
  }

  @Test
  void badTimeIsReported() throws Exception {
    Path f = TestData.write(tmp, "bad-time.xml", """
        <population>
          <person id="p1">
            <plan>
              <activity type="h" link="1" end_time="6 o'clock"/>
            </plan>
          </person>
        </population>
        """);
    assertInputError(f, 4, "'end_time' of <activity>", "use HH:MM:SS", () -> PopulationReader.read(f, equil));
  }

  @Test
  void planEndingWithLegIsReported() throws Exception {
    Path f = TestData.write(tmp, "bad-plan.xml", """
        <population>
          <person id="p1">
            <plan>
              <activity type="h" link="1" end_time="06:00"/>
              <leg mode="car"/>
            </plan>
          </person>
        </population>
        """);
    assertInputError(f, 5, "the plan ends with a <leg>", "add the activity", () -> PopulationReader.read(f, equil));
  }
}
