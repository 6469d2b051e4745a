package de.bochumtwin.core.ev;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.bochumtwin.core.network.Network;
import de.bochumtwin.core.network.NetworkBuilder;
import de.bochumtwin.core.population.Activity;
import de.bochumtwin.core.population.Leg;
import de.bochumtwin.core.population.NetworkRoute;
import de.bochumtwin.core.population.Person;
import de.bochumtwin.core.population.Plan;
import de.bochumtwin.core.population.Population;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Plan-ahead charging on a line: home at x = 0, work 20 km east, back the same way. One day uses about
 * 2 x 20 km x 0.1 kWh/km + aux = 4.6 kWh at 50 km/h, so a 10 kWh battery starting at 5 kWh (50 %) falls
 * below the critical 2 kWh (20 %) on the way home unless it charges at work.
 */
class A03_PlannerTest {
  static final Network NET = line();
  static final EvType TYPE = EvType.of("bev10", 10, 50);

  static Network line() {
    NetworkBuilder b = new NetworkBuilder().withName("line");
    b.addNode("a", 0, 0);
    b.addNode("b", 100, 0);
    b.addNode("c", 20100, 0);
    b.addNode("d", 20200, 0);
    b.addLink("home", "a", "b", 100, 13.9, 1000, 1, List.of("car"), null, null);
    b.addLink("out", "b", "c", 20000, 13.9, 1000, 1, List.of("car"), null, null);
    b.addLink("work", "c", "d", 100, 13.9, 1000, 1, List.of("car"), null, null);
    b.addLink("uturn", "d", "c", 100, 13.9, 1000, 1, List.of("car"), null, null);
    b.addLink("back", "c", "b", 20000, 13.9, 1000, 1, List.of("car"), null, null);
    b.addLink("uturn2", "b", "a", 100, 13.9, 1000, 1, List.of("car"), null, null);
    b.addLink("home2", "a", "b", 100, 13.9, 1000, 1, List.of("car"), null, null);
    return b.build();
  }

  static Population commuter(int workDuration_s) {
    int h = NET.getLinkIndex("home");
    int w = NET.getLinkIndex("work");
    int[] out = {h, NET.getLinkIndex("out"), w};
    int[] back = {w, NET.getLinkIndex("uturn"), NET.getLinkIndex("back"), NET.getLinkIndex("uturn2"), NET.getLinkIndex("home2")};
    Person p = Person.of("p0", Map.of());
    p.addPlan(Plan.of(List.of(
        Activity.atLink("home", h).withEndTime(7 * 3600),
        Leg.of("car").withRoute(NetworkRoute.of(out, 20100)),
        Activity.atLink("work", w).withMaxDuration(workDuration_s),
        Leg.of("car").withRoute(NetworkRoute.of(back, 20300)),
        Activity.atLink("home", NET.getLinkIndex("home2")))), true);
    Population pop = new Population();
    pop.add(p);
    return pop;
  }

  static EvFleet fleet(double soc, boolean home) {
    return EvFleet.of(List.of(TYPE), new int[] {0}, new double[] {soc}, new boolean[] {home});
  }

  static Chargers chargers(double... xAndPower) {
    Chargers.Builder b = Chargers.builder();
    for (int i = 0; i < xAndPower.length; i += 2) {
      b.add("c" + i / 2, NET.getLinkIndex("work"), xAndPower[i], 0, xAndPower[i + 1], 1, null, "", true);
    }
    return b.build();
  }

  @Test
  void chargesAtWorkWhenTheWayHomeWouldBeCritical() {
    // chargers at 300 m (11 kW) and 450 m (22 kW) from the work activity (at the work link's midpoint, x = 20150)
    ChargingPlan plan = new ChargingPlanner(NET, chargers(20450, 11, 20600, 22), EvSettings.defaults())
        .plan(commuter(8 * 3600), fleet(5, false));
    assertEquals(1, plan.stopCount());
    int s = plan.findStop(0, 1);
    assertEquals(ChargingPlan.ACTIVITY, plan.stopKind(s));
    assertEquals(2, plan.candidateCount(s));
    assertEquals(0, plan.candidate(s, 0), "nearest first");
    assertEquals(1, plan.candidate(s, 1));
    assertEquals(0, plan.unresolvedVehicles());
  }

  @Test
  void noPublicChargingWhenHomeChargerTakesTheLastLeg() {
    // with a home charger the leg home may go down to 0 instead of 20 %: 5 - 4.6 > 0
    ChargingPlan plan = new ChargingPlanner(NET, chargers(20450, 11), EvSettings.defaults())
        .plan(commuter(8 * 3600), fleet(5, true));
    assertEquals(0, plan.stopCount());
  }

  @Test
  void fastChargerFurtherAwayWhenNothingWithinWalkingDistance() {
    // only a 150 kW charger 3 km from work: the en-route case (radius 5 km, fast chargers only)
    ChargingPlan plan = new ChargingPlanner(NET, chargers(23150, 150), EvSettings.defaults())
        .plan(commuter(8 * 3600), fleet(5, false));
    int s = plan.findStop(0, 1);
    assertEquals(ChargingPlan.ENROUTE, plan.stopKind(s));
    // a slow charger 3 km away does not help: unresolved
    ChargingPlan none = new ChargingPlanner(NET, chargers(23150, 11), EvSettings.defaults())
        .plan(commuter(8 * 3600), fleet(5, false));
    assertEquals(0, none.stopCount());
    assertEquals(1, none.unresolvedVehicles());
  }

  @Test
  void shortActivityIsNoChargingOpportunityButFastChargingIs() {
    // work lasts 10 min < 20 min minimum: no AC charging; a fast charger within 500 m still qualifies en route
    ChargingPlan plan = new ChargingPlanner(NET, chargers(20450, 11), EvSettings.defaults())
        .plan(commuter(600), fleet(5, false));
    assertEquals(0, plan.stopCount());
    ChargingPlan fast = new ChargingPlanner(NET, chargers(20450, 11, 20500, 50), EvSettings.defaults())
        .plan(commuter(600), fleet(5, false));
    assertEquals(1, fast.stopCount());
    assertEquals(1, fast.candidate(fast.findStop(0, 1), 0));
  }

  @Test
  void overnightStopNearHomeWhenTheDayCannotBeRescued() {
    // The only charger is 11 kW at x = 300, 250 m from the last activity (home on link home2, midpoint x = 50)
    // and 19.85 km from work: nothing within 500 m of work, no fast charger within 5 km of it. The way home
    // stays critical (5 - 4.6 < 2 kWh): unresolved, but the vehicle (no wallbox) gets an overnight stop at
    // the last activity (index 2) when home is a charging activity type.
    EvSettings streetCharging = EvSettings.defaults().withChargingActivityTypes(java.util.Set.of("home", "work"));
    ChargingPlan plan = new ChargingPlanner(NET, chargers(300, 11), streetCharging).plan(commuter(8 * 3600), fleet(5, false));
    assertEquals(1, plan.unresolvedVehicles());
    assertEquals(1, plan.stopCount());
    int s = plan.findStop(0, 2);
    assertEquals(2, plan.stopActivity(s));
    assertEquals(ChargingPlan.ACTIVITY, plan.stopKind(s));
    assertEquals(1, plan.candidateCount(s));
    assertEquals(0, plan.candidate(s, 0));
    assertEquals(-1, plan.findStop(0, 1), "no stop at work");
    // a charger 600 m from home is beyond the walking radius: no overnight stop
    assertEquals(0, new ChargingPlanner(NET, chargers(650, 11), streetCharging).plan(commuter(8 * 3600), fleet(5, false))
        .stopCount());
    // with the default charging types home is not one of them: no overnight stop
    assertEquals(0, new ChargingPlanner(NET, chargers(300, 11), EvSettings.defaults()).plan(commuter(8 * 3600), fleet(5, false))
        .stopCount());
    // with a wallbox the vehicle charges at home instead (and 5 - 4.6 > 0 is not critical on the way home)
    ChargingPlan wallbox = new ChargingPlanner(NET, chargers(300, 11), streetCharging).plan(commuter(8 * 3600), fleet(5, true));
    assertEquals(0, wallbox.stopCount());
    assertEquals(0, wallbox.unresolvedVehicles());
  }
}
