package de.bochumtwin.scenarios.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bochumtwin.core.controller.Controller;
import de.bochumtwin.core.controller.ControllerSettings;
import de.bochumtwin.core.controller.IterationListener;
import de.bochumtwin.core.controller.IterationStats;
import de.bochumtwin.core.controller.ModeStats;
import de.bochumtwin.core.emissions.EmissionClass;
import de.bochumtwin.core.emissions.VehicleCategory;
import de.bochumtwin.core.events.EventIds;
import de.bochumtwin.core.events.SimEventSink;
import de.bochumtwin.core.mobsim.MobsimProgress;
import de.bochumtwin.core.mobsim.MobsimSettings;
import de.bochumtwin.core.network.Network;
import de.bochumtwin.core.network.NetworkBuilder;
import de.bochumtwin.core.population.Activity;
import de.bochumtwin.core.population.Leg;
import de.bochumtwin.core.population.Person;
import de.bochumtwin.core.population.Plan;
import de.bochumtwin.core.population.Population;
import de.bochumtwin.core.replanning.ReplanningSettings;
import de.bochumtwin.core.replanning.StrategySettings;
import de.bochumtwin.core.replanning.StrategySettings.Strategy;
import de.bochumtwin.core.router.RoutePolicy;
import de.bochumtwin.core.scoring.ActivityParams;
import de.bochumtwin.core.scoring.ScoringParameters;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Issue 8, must-show 2 for toll, low-emission zone and parking cost on a small corridor: home link h
 * (x 0..1000 m) to work link w (x 4000..5000 m), either straight through the centre node 3 at x=2000
 * (links in1, in2: 2 x 1000 m) or over the bypass node 6 at (2000, 1500) (by1, by2: 2 x 1803 m), all
 * at 50 km/h, both directions. The area is the square x 1400..2600, y -500..500: in1, in2 and their
 * reverses have their midpoints inside; the cordon entries are in1 (2 to 3) and in2r (4 to 3).
 *
 * <p>Hand numbers: through the centre 2000 m = 144 s, over the bypass 3606 m = 260 s. Default scoring
 * (performing +6, travelling -6 utils/h, money 1 util/EUR) values 1 EUR at 300 s of routing cost, so a
 * 2 EUR cordon fee (600 s) outweighs the 116 s detour. pt (25 km/h, beeline x 1.3, 4000 m beeline):
 * 749 s per leg against about 216 s by car, i.e. car is better by about 2 x 533 s x 12/3600 = 3.6
 * utils a day; a 10 EUR fee per entry (2 entries a day, -20 utils) makes pt the better plan.
 */
class W04_PolicyMeasuresTest {
  private static final String SQUARE = "POLYGON ((1400 -500, 2600 -500, 2600 500, 1400 500, 1400 -500))";
  private static final Network NET = network(true);
  private static final Network NO_BYPASS = network(false);

  static Network network(boolean bypass) {
    NetworkBuilder b = new NetworkBuilder().withName("corridor").withCrs("EPSG:25832");
    double[][] xy = {{0, 0}, {1000, 0}, {2000, 0}, {3000, 0}, {4000, 0}, {2000, 1500}};
    for (int i = 0; i < xy.length; i++) {
      b.addNode("n" + (i + 1), xy[i][0], xy[i][1]);
    }
    String[][] links = {{"h", "n1", "n2"}, {"in1", "n2", "n3"}, {"in2", "n3", "n4"}, {"w", "n4", "n5"},
        {"by1", "n2", "n6"}, {"by2", "n6", "n4"}};
    for (String[] l : links) {
      if (!bypass && l[0].startsWith("by")) {
        continue;
      }
      double len = l[0].startsWith("by") ? Math.hypot(1000, 1500) : 1000;
      b.addLink(l[0], l[1], l[2], len, 50 / 3.6, 100000, 10, List.of("car"), "primary", null);
      b.addLink(l[0] + "r", l[2], l[1], len, 50 / 3.6, 100000, 10, List.of("car"), "primary", null);
    }
    return b.build();
  }

  /** n commuters p0.. (or with the given prefix) from h to work on {@code workLink} and back, departing 7:00 + i s. */
  static Population commuters(Network net, String prefix, int n, String workLink, int start) {
    Population pop = new Population();
    for (int i = 0; i < n; i++) {
      Person p = Person.of(prefix + (start + i), Map.of());
      p.addPlan(Plan.of(List.of(
          Activity.atLink("h", net.getLinkIndex("h")).withEndTime(7 * 3600 + i),
          Leg.of("car"),
          Activity.atLink("w", net.getLinkIndex(workLink)).withMaxDuration(8 * 3600),
          Leg.of("car"),
          Activity.atLink("h", net.getLinkIndex("h")))), true);
      pop.add(p);
    }
    return pop;
  }

  static ControllerSettings settings(int iterations, boolean modeChoice) {
    ScoringParameters scoring = ScoringParameters.defaults(
        ActivityParams.builder("h").withTypicalDuration_s(12 * 3600).build(),
        ActivityParams.builder("w").withTypicalDuration_s(8 * 3600).build());
    List<StrategySettings> s = modeChoice
        ? List.of(new StrategySettings(Strategy.ChangeExpBeta, 0.7, -1), new StrategySettings(Strategy.SubtourModeChoice, 0.2, -1),
            new StrategySettings(Strategy.ReRoute, 0.1, -1))
        : List.of(new StrategySettings(Strategy.ChangeExpBeta, 0.8, -1), new StrategySettings(Strategy.ReRoute, 0.2, -1));
    ReplanningSettings r = ReplanningSettings.defaults().withStrategies(s).withSubtourModes(List.of("car", "pt"))
        .withFractionOfIterationsToDisableInnovation(0.8);
    return new ControllerSettings(0, iterations - 1, 7, 1, MobsimSettings.builder().withSeed(7).build(), scoring, r, 900);
  }

  static List<ResolvedMeasure> resolve(Network net, String yaml) {
    return MeasureResolver.resolve(ScenarioFileReader.parse(Path.of("t.yaml"), yaml), net, Map.of());
  }

  /** Runs the loop with the policies wired as twin run wires them; counts link entries per vehicle-id prefix. */
  static final class Run implements IterationListener {
    final Policies policies;
    final double betaMoney;
    final int persons;
    PolicyCharges charges;
    Counter counter;
    final List<Counter> perIteration = new ArrayList<>();
    IterationStats last;

    Run(Policies policies, ControllerSettings cs, int persons) {
      this.policies = policies;
      this.betaMoney = cs.scoring().marginalUtilityOfMoney();
      this.persons = persons;
    }

    @Override
    public List<SimEventSink> sinksFor(int iteration, boolean lastIteration) {
      charges = policies.newCharges(persons);
      counter = new Counter();
      perIteration.add(counter);
      return List.of(charges, counter);
    }

    @Override
    public void adjustScores(int iteration, double[] executedScores) {
      charges.adjustScores(executedScores, betaMoney);
    }

    @Override
    public void iterationEnded(IterationStats stats, de.bochumtwin.core.mobsim.MobsimResult m,
        de.bochumtwin.core.analysis.LegTable legs, de.bochumtwin.core.analysis.LinkVolumeTable v, Population p,
        de.bochumtwin.core.router.BinnedTravelTimes tt) {
      last = stats;
    }

    double carShare() {
      return last.modes().stream().filter(m -> m.mode().equals("car")).mapToDouble(ModeStats::share).sum();
    }
  }

  /** Link entries by link id and by the first letter of the vehicle id; car arrivals by link id. */
  static final class Counter implements SimEventSink {
    EventIds ids;
    final Map<String, Integer> entries = new java.util.HashMap<>();
    final Map<String, Integer> arrivals = new java.util.HashMap<>();

    @Override
    public void begin(EventIds ids) {
      this.ids = ids;
    }

    @Override
    public void linkEnter(int t, int link, int vehicle) {
      entries.merge(ids.linkId(link), 1, Integer::sum);
      entries.merge(ids.vehicleId(vehicle).charAt(0) + ":" + ids.linkId(link), 1, Integer::sum);
    }

    @Override
    public void arrival(int t, int person, int link, int mode) {
      if (ids.mode(mode).equals("car")) {
        arrivals.merge(ids.linkId(link), 1, Integer::sum);
      }
    }

    int entries(String key) {
      return entries.getOrDefault(key, 0);
    }
  }

  static Run run(Network net, Population pop, List<ResolvedMeasure> measures, ControllerSettings cs,
      Function<String, EmissionClass> fleet) {
    Policies policies = Policies.of(measures, net, fleet);
    Population p = policies.applyZone(pop).population();
    RoutePolicy rp = policies.routePolicy(p, cs.scoring());
    Run run = new Run(policies, cs, p.size());
    new Controller(net, cs, rp).run(p, run, MobsimProgress.NONE);
    return run;
  }

  private static final Function<String, EmissionClass> BY_PREFIX = id -> EmissionClass.of(VehicleCategory.PASSENGER_CAR,
      id.startsWith("d") ? "diesel" : "petrol (4S)", null, null);

  @Test
  void cordonTollShiftsRoutesToTheBypassInsideItsWindowOnly() {
    ControllerSettings cs = settings(1, false);
    Run base = run(NET, commuters(NET, "p", 100, "w", 0), List.of(), cs, BY_PREFIX);
    Run toll = run(NET, commuters(NET, "p", 100, "w", 0), resolve(NET, """
        measures:
          - type: toll
            area: {wkt: "%s"}
            kind: cordon
            fee_eur: 2
        """.formatted(SQUARE)), cs, BY_PREFIX);
    Run evening = run(NET, commuters(NET, "p", 100, "w", 0), resolve(NET, """
        measures:
          - type: toll
            area: {wkt: "%s"}
            kind: cordon
            fee_eur: 2
            from: "10:00"
            to: "12:00"
        """.formatted(SQUARE)), cs, BY_PREFIX);
    // base: all 100 cars through the centre both ways, none on the bypass
    assertEquals(100, base.counter.entries("in1"));
    assertEquals(100, base.counter.entries("in2r"));
    assertEquals(0, base.counter.entries("by1") + base.counter.entries("by2r"));
    // toll all day: every car detours (600 s of toll cost > 116 s detour), nobody pays
    assertEquals(0, toll.counter.entries("in1") + toll.counter.entries("in2r"));
    assertEquals(100, toll.counter.entries("by1"));
    assertEquals(100, toll.counter.entries("by2r"));
    assertEquals(0.0, toll.charges.totalToll_eur(), 0);
    // a 10:00-12:00 window misses the 7:00 and 15:00 trips: routes as in the base
    assertEquals(100, evening.counter.entries("in1"));
    assertEquals(100, evening.counter.entries("in2r"));
  }

  @Test
  void cordonTollWithoutDetourChargesEveryEntryAndLowersCarTrips() {
    String yaml = """
        measures:
          - type: toll
            area: {wkt: "%s"}
            kind: cordon
            fee_eur: 10
        """.formatted(SQUARE);
    // one iteration: each of 50 cars enters twice (in1, in2r) and pays 2 x 10 EUR
    Run once = run(NO_BYPASS, commuters(NO_BYPASS, "p", 50, "w", 0), resolve(NO_BYPASS, yaml), settings(1, false), BY_PREFIX);
    assertEquals(50 * 20.0, once.charges.totalToll_eur(), 1e-9);
    assertEquals(20.0, once.charges.toll_eur(0), 1e-9);
    assertEquals(100, once.charges.tollPassages());

    ControllerSettings cs = settings(30, true);
    Run base = run(NO_BYPASS, commuters(NO_BYPASS, "p", 200, "w", 0), List.of(), cs, BY_PREFIX);
    Run toll = run(NO_BYPASS, commuters(NO_BYPASS, "p", 200, "w", 0), resolve(NO_BYPASS, yaml), cs, BY_PREFIX);
    int carsCrossingBase = base.counter.entries("in1");
    int carsCrossingToll = toll.counter.entries("in1");
    System.out.printf("cordon 10 EUR, no detour: car share %.3f -> %.3f, cars crossing %d -> %d%n", base.carShare(),
        toll.carShare(), carsCrossingBase, carsCrossingToll);
    assertTrue(base.carShare() > 0.6, "without toll car is 3.6 utils better: car share " + base.carShare() + " (toll: " + toll.carShare() + ")");
    assertTrue(toll.carShare() < 0.2, "a 20 EUR/day toll makes pt better: car share " + toll.carShare() + " (base " + base.carShare() + ")");
    assertTrue(carsCrossingToll < carsCrossingBase / 4, "cars crossing the cordon " + carsCrossingBase + " -> " + carsCrossingToll);
  }

  @Test
  void lowEmissionZoneKeepsBannedCarsOffZoneLinks() {
    String yaml = """
        measures:
          - type: low_emission_zone
            area: {wkt: "%s"}
            ban: {technology: [diesel]}
        """.formatted(SQUARE);
    // 40 diesel (d..) and 60 petrol (p..) commuters; 10 more diesel ones work inside the zone (on in2)
    Population pop = commuters(NET, "d", 40, "w", 0);
    commuters(NET, "p", 60, "w", 0).persons().forEach(pop::add);
    commuters(NET, "d", 10, "in2", 100).persons().forEach(pop::add);
    List<ResolvedMeasure> m = resolve(NET, yaml);
    Policies policies = Policies.of(m, NET, BY_PREFIX);
    Policies.ZoneEffect effect = policies.applyZone(pop);
    assertEquals(50, effect.bannedPersons());
    assertEquals(50, effect.bannedCarUsers());
    assertEquals(10, effect.carLost(), "the diesel owners working in the zone lose the car");
    assertEquals(20, effect.legsSwitched(), "their 2 car legs each become pt");

    Run lez = run(NET, pop, m, settings(5, true), BY_PREFIX);
    Run base = run(NET, pop, List.of(), settings(5, true), BY_PREFIX);
    int inZoneBase = 0;
    for (Counter c : base.perIteration) {
      inZoneBase += c.entries("d:in1") + c.entries("d:in2") + c.entries("d:in1r") + c.entries("d:in2r");
    }
    assertTrue(inZoneBase >= 40, "without the zone diesel cars drive through the centre: " + inZoneBase);
    for (int it = 0; it < lez.perIteration.size(); it++) {
      Counter c = lez.perIteration.get(it);
      assertEquals(0, c.entries("d:in1") + c.entries("d:in2") + c.entries("d:in1r") + c.entries("d:in2r"),
          "iteration " + it + ": no diesel car on a zone link");
      assertTrue(c.entries("p:in1") > 0, "petrol cars still use the centre");
    }
    // iteration 0: all 40 outside-working diesel cars take the bypass out and back
    assertEquals(40, lez.perIteration.get(0).entries("d:by1"));
    assertEquals(40, lez.perIteration.get(0).entries("d:by2r"));
    assertEquals(60, lez.perIteration.get(0).entries("p:in1"));
  }

  @Test
  void parkingCostChargesByTheHourAndLowersCarArrivalsInTheArea() {
    String yaml = """
        measures:
          - type: parking_cost
            area: {wkt: "%s"}
            eur_per_hour: 3
            eur_per_arrival: 1
        """.formatted(SQUARE);
    // work on in2 (inside): arrival ~7:03, work lasts exactly 8 h (max duration) -> 8 x 3 + 1 = 25 EUR
    Run once = run(NET, commuters(NET, "p", 50, "in2", 0), resolve(NET, yaml), settings(1, false), BY_PREFIX);
    assertEquals(25.0, once.charges.parking_eur(0), 1e-9);
    assertEquals(50 * 25.0, once.charges.totalParking_eur(), 1e-9);
    assertEquals(50, once.charges.parkedArrivals(), "home (h) is outside: only the work arrivals pay");

    ControllerSettings cs = settings(30, true);
    Run base = run(NET, commuters(NET, "p", 200, "in2", 0), List.of(), cs, BY_PREFIX);
    Run park = run(NET, commuters(NET, "p", 200, "in2", 0), resolve(NET, yaml), cs, BY_PREFIX);
    int arrBase = base.counter.arrivals.getOrDefault("in2", 0);
    int arrPark = park.counter.arrivals.getOrDefault("in2", 0);
    System.out.printf("parking 3 EUR/h + 1 EUR: car arrivals in the area %d -> %d%n", arrBase, arrPark);
    assertTrue(arrBase > 120, "base: most commuters drive to work in the area: " + arrBase + " (with parking cost " + arrPark + ")");
    assertTrue(arrPark < 40, "25 EUR parking a day: few car arrivals in the area: " + arrPark + " (base " + arrBase + ")");
  }
}
