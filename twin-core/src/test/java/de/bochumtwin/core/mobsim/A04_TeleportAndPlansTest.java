package de.bochumtwin.core.mobsim;

import static de.bochumtwin.core.testing.TestScenarios.network;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bochumtwin.core.network.Network;
import de.bochumtwin.core.population.Activity;
import de.bochumtwin.core.population.Leg;
import de.bochumtwin.core.population.NetworkRoute;
import de.bochumtwin.core.population.Person;
import de.bochumtwin.core.population.Plan;
import de.bochumtwin.core.population.Population;
import de.bochumtwin.core.testing.RecordingSink;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Teleported legs, activity durations and plan validation. */
class A04_TeleportAndPlansTest {
  // links a (0,0)->(1000,0) and b (1000,0)->(1000,3000): midpoints 3041.4 m apart
  static final Network NET = network("""
      node 1 0 0
      node 2 1000 0
      node 3 1000 3000
      a 1 2 1000 10 1000 1
      b 2 3 3000 10 1000 1
      r 3 1 3162.3 10 1000 1
      """);

  @Test
  void walkLegUsesBeelineFactorAndSpeed() {
    Person p = Person.of("w1", Map.of());
    p.addPlan(Plan.of(List.of(
        Activity.atLink("h", NET.getLinkIndex("a")).withEndTime(3600),
        Leg.of("walk"),
        Activity.atLink("s", NET.getLinkIndex("b")).withMaxDuration(1800),
        Leg.of("walk"),
        Activity.atLink("h", NET.getLinkIndex("a")))), true);
    Population pop = new Population();
    pop.add(p);
    RecordingSink rec = new RecordingSink();
    MobsimResult r = new QueueSimulation(NET, MobsimSettings.builder().build()).run(pop, rec, MobsimProgress.NONE);
    // midpoints (500,0) and (1000,1500): beeline 1581.14 m; x1.3 = 2055.48 m; / (3/3.6 m/s) = 2466.6 s -> 2467
    double beeline = Math.hypot(500, 1500);
    int tt = (int) Math.round(beeline * 1.3 / (3.0 / 3.6));
    assertEquals(2467, tt);
    assertEquals(List.of(
        "3600 actend w1 a h",
        "3600 departure w1 a walk",
        (3600 + tt) + " travelled w1 2055 walk",
        (3600 + tt) + " arrival w1 b walk",
        (3600 + tt) + " actstart w1 b s",
        (3600 + tt + 1800) + " actend w1 b s",
        (3600 + tt + 1800) + " departure w1 b walk",
        (3600 + 2 * tt + 1800) + " travelled w1 2055 walk",
        (3600 + 2 * tt + 1800) + " arrival w1 a walk",
        (3600 + 2 * tt + 1800) + " actstart w1 a h"), rec.lines);
    assertEquals(2, r.departures());
    assertEquals(0, r.linkEvents());
  }

  @Test
  void carWithoutRouteIsRejectedNamingPersonAndLeg() {
    Person p = Person.of("c1", Map.of());
    p.addPlan(Plan.of(List.of(Activity.atLink("h", 0).withEndTime(0), Leg.of("car"), Activity.atLink("w", 1))), true);
    Population pop = new Population();
    pop.add(p);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new QueueSimulation(NET, MobsimSettings.builder().build()).run(pop, new RecordingSink(), MobsimProgress.NONE));
    assertTrue(e.getMessage().contains("person 'c1', leg 1"), e.getMessage());
    assertTrue(e.getMessage().contains("route"), e.getMessage());
  }

  @Test
  void disconnectedRouteIsRejected() {
    Person p = Person.of("c2", Map.of());
    int a = NET.getLinkIndex("a");
    int r = NET.getLinkIndex("r");
    p.addPlan(Plan.of(List.of(Activity.atLink("h", a).withEndTime(0),
        Leg.of("car").withRoute(NetworkRoute.of(new int[] {a, r}, 3162.3)), Activity.atLink("w", r))), true);
    Population pop = new Population();
    pop.add(p);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new QueueSimulation(NET, MobsimSettings.builder().build()).run(pop, new RecordingSink(), MobsimProgress.NONE));
    assertTrue(e.getMessage().contains("not connected"), e.getMessage());
  }

  @Test
  void endTimeAbortsTravellersAndKeepsConservation() {
    Person p = Person.of("late", Map.of());
    int a = NET.getLinkIndex("a");
    int b = NET.getLinkIndex("b");
    p.addPlan(Plan.of(List.of(Activity.atLink("h", a).withEndTime(100),
        Leg.of("car").withRoute(NetworkRoute.of(new int[] {a, b}, 3000)), Activity.atLink("w", b))), true);
    Population pop = new Population();
    pop.add(p);
    RecordingSink rec = new RecordingSink();
    MobsimResult r = new QueueSimulation(NET, MobsimSettings.builder().withEndTime_s(200).build()).run(pop, rec, MobsimProgress.NONE);
    assertEquals(1, r.departures());
    assertEquals(0, r.arrivals());
    assertEquals(1, r.stuckAborted());
    assertTrue(r.isConserved());
    assertEquals("200 stuck late b", rec.lines.get(rec.lines.size() - 1));
  }
}
