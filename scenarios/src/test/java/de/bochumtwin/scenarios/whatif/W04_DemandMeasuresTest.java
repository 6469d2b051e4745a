package de.bochumtwin.scenarios.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bochumtwin.core.controller.ControllerSettings;
import de.bochumtwin.core.ev.Chargers;
import de.bochumtwin.core.mobsim.MobsimSettings;
import de.bochumtwin.core.network.Network;
import de.bochumtwin.core.network.NetworkBuilder;
import de.bochumtwin.core.population.Activity;
import de.bochumtwin.core.population.Leg;
import de.bochumtwin.core.population.Person;
import de.bochumtwin.core.population.Plan;
import de.bochumtwin.core.population.Population;
import de.bochumtwin.core.replanning.ReplanningSettings;
import de.bochumtwin.core.scoring.ScoringParameters;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 8, the demand-side measures on a tiny network: a 4-link line (x = 0, 1000, 2000, 3000, 4000 m),
 * persons at known links. Parsing and checking with line numbers; chargers placed where the activities
 * are; growth clones and drops agents by home; pt changes reach the mobsim and the score exactly.
 */
class W04_DemandMeasuresTest {
  private static final Path FILE = Path.of("d.yaml");
  private static final String WEST = "{wkt: 'POLYGON ((-10 -10, 2010 -10, 2010 10, -10 10, -10 -10))'}";

  static Network line() {
    NetworkBuilder b = new NetworkBuilder().withName("line").withCrs("EPSG:25832");
    for (int i = 0; i <= 4; i++) {
      b.addNode("n" + i, 1000 * i, 0);
    }
    for (int i = 0; i < 4; i++) {
      b.addLink("l" + i, "n" + i, "n" + (i + 1), 1000, 50 / 3.6, 1000, 1, List.of("car"), "primary", null);
    }
    return b.build();
  }

  /** p0..p5 live on l0 (x=500), p6..p7 on l1 (x=1500), p8..p9 on l3 (x=3500); everybody works on l2. */
  static Population people(Network net) {
    Population pop = new Population();
    for (int i = 0; i < 10; i++) {
      int home = i < 6 ? 0 : i < 8 ? 1 : 3;
      Person p = Person.of("p" + i, Map.of());
      p.addPlan(Plan.of(List.of(Activity.of("home", home, 1000 * home + 500, 0).withEndTime(8 * 3600), Leg.of("car"),
          Activity.of("work", 2, 2500, 0).withEndTime(17 * 3600), Leg.of("car"), Activity.of("home", home, 1000 * home + 500, 0))), true);
      pop.add(p);
    }
    return pop;
  }

  @Test
  void wellFormedMeasuresParseAndDescribeThemselves() {
    ScenarioFile sf = ScenarioFileReader.parse(FILE, """
        measures:
          - type: ev_share
            share: 0.3
          - type: chargers
            add: {count: 4, area: %s, power_kW: 22, plugs: 2}
            remove: {ids: [c1]}
          - type: pt_change
            speed_factor: 1.5
            fare_delta_eur: -1
          - type: growth
            zones: [grumme]
            residents_factor: 1.2
        """.formatted(WEST));
    assertEquals(List.of("ev_share 0.3", "chargers remove c1 add 4 in wkt polygon (0.04 km²) (2 x 22.0 kW)",
        "pt_change speed x1.5 fare -1.0 EUR/trip", "growth residents x1.2 jobs x1.0 in zones grumme"), sf.describeMeasures());
    assertEquals(0.3, ((EvShareMeasure) sf.measures().get(0)).effectiveShare(0.05), 0);
    EvShareMeasure delta = (EvShareMeasure) ScenarioFileReader.parse(FILE, "measures:\n  - {type: ev_share, delta: 0.1}\n")
        .measures().get(0);
    assertEquals(0.15, delta.effectiveShare(0.05), 1e-12, "delta adds to --ev-share");
    assertEquals(0.1, delta.effectiveShare(null), 1e-12, "delta on no EVs");
  }

  @Test
  void badDemandMeasuresAreAllReportedWithTheirLines() {
    String yaml = """
        measures:
          - type: ev_share
            share: 1.3
          - type: chargers
            add: {count: 10, power_kW: 11}
          - type: pt_change
            speed_factor: fast
          - type: growth
            residents_factor: 2
          - type: growth
            zones: [atlantis]
            jobs_factor: 1.5
          - type: chargers
            remove: {ids: [nope]}
        """;
    ScenarioFile lenient = ScenarioFileReader.parseLenient(FILE, yaml);
    Network net = line();
    Chargers known = Chargers.builder().build();
    DemandContext ctx = new DemandContext(List.of("grumme", "wiemelhausen"), false, known, null);
    ScenarioFileException e = assertThrows(ScenarioFileException.class,
        () -> MeasureResolver.resolve(lenient, net, Map.of(), ctx));
    List<Integer> lines = e.problems().stream().map(p -> p.where().line()).toList();
    // parse: share > 1 (3), add with count but no area (5), speed_factor not a number (7), growth without
    // zones/area (item at 8); resolve: unknown zone (item at 10), chargers without EVs + unknown id (item at 13)
    assertEquals(List.of(3, 5, 7, 8, 10, 13, 13), lines, e.getMessage());
    assertTrue(e.getMessage().contains("d.yaml:3:12: share must be between 0.0 and 1.0, got 1.3"), e.getMessage());
    assertTrue(e.getMessage().contains("d.yaml:10:5: unknown zone(s) atlantis; known are grumme, wiemelhausen"), e.getMessage());
    assertTrue(e.getMessage().contains("d.yaml:13:5: chargers need EVs: add an ev_share measure or run with --ev-share F"),
        e.getMessage());
    assertTrue(e.getMessage().contains("charger id(s) to remove not among the 0 base chargers: nope"), e.getMessage());
  }

  @Test
  void chargersGoWhereTheActivitiesAreAndRemovalWorks() {
    Network net = line();
    Population pop = people(net);
    Chargers base = Chargers.builder().build();
    Chargers.Builder bb = Chargers.builder();
    bb.add("c1", 3, 3500, 0, 11, 2, null, "x", true);
    bb.add("c2", 2, 2500, 0, 11, 2, null, "x", true);
    base = bb.build();
    ScenarioFile sf = ScenarioFileReader.parse(FILE, """
        measures:
          - type: ev_share
            share: 0.5
          - type: chargers
            remove: {ids: [c1]}
            add: {count: 8, area: %s, power_kW: 22, plugs: 3}
        """.formatted(WEST));
    ChargersMeasure m = (ChargersMeasure) sf.measures().get(1);
    Chargers after = ChargerPlacement.apply(base, List.of(m), net, pop, Map.of(), 4711);
    // inside the area: l0 (12 activity ends: 6 persons x 2 home) and l1 (4); 8 chargers split 12:4 -> 6 + 2
    assertEquals(1 + 8, after.size());
    assertEquals("c2", after.id(0), "c1 removed, c2 kept");
    int onL0 = 0;
    int onL1 = 0;
    for (int c = 1; c < after.size(); c++) {
      onL0 += after.link(c) == 0 ? 1 : 0;
      onL1 += after.link(c) == 1 ? 1 : 0;
      assertEquals(22, after.plugPower_kW(c), 0);
      assertEquals(3, after.plugCount(c));
    }
    assertEquals(6, onL0);
    assertEquals(2, onL1);
    assertEquals("whatif-L4-1", after.id(1), "ids name the measure's line");
    assertEquals(500, after.x_m(1), 0, "at the link midpoint");
    // deterministic; removal by area drops the chargers inside
    Chargers again = ChargerPlacement.apply(base, List.of(m), net, pop, Map.of(), 4711);
    assertEquals(after.ids(), again.ids());
    ScenarioFile rm = ScenarioFileReader.parse(FILE, "measures:\n  - type: chargers\n    remove: {area: " + WEST + "}\n");
    Chargers left = ChargerPlacement.apply(after, List.of((ChargersMeasure) rm.measures().get(0)), net, pop, Map.of(), 1);
    assertEquals(List.of("c2"), left.ids());
  }

  @Test
  void growthClonesAndDropsAgentsByHome() {
    Network net = line();
    Population pop = people(net);
    ScenarioFile sf = ScenarioFileReader.parse(FILE, "measures:\n  - type: growth\n    area: " + WEST
        + "\n    residents_factor: 2\n");
    Population grown = PopulationGrowth.apply(pop, BochumGrowth.measures(sf), net, Map.of(), 4711);
    // 8 persons live in the west (l0, l1): doubled exactly; p8, p9 (l3) unchanged
    assertEquals(18, grown.size());
    assertEquals("p0_g1", grown.get(1).id());
    assertEquals(pop.get(0).selectedPlan(), grown.get(1).selectedPlan());
    assertTrue(grown.findPerson("p9").isPresent() && grown.findPerson("p9_g1").isEmpty());
    assertEquals(10, pop.size(), "base unchanged");
    // 0.5: each western person kept with probability 1/2 -- the same ones for the same seed
    ScenarioFile half = ScenarioFileReader.parse(FILE, "measures:\n  - type: growth\n    area: " + WEST
        + "\n    residents_factor: 0.5\n");
    Population h1 = PopulationGrowth.apply(pop, BochumGrowth.measures(half), net, Map.of(), 4711);
    Population h2 = PopulationGrowth.apply(pop, BochumGrowth.measures(half), net, Map.of(), 4711);
    assertEquals(h1.persons().stream().map(Person::id).toList(), h2.persons().stream().map(Person::id).toList());
    assertTrue(h1.size() >= 2 && h1.size() < 10, "p8, p9 stay, some western persons go: " + h1.size());
    assertTrue(h1.findPerson("p8").isPresent() && h1.findPerson("p9").isPresent());
    // over many persons the kept share approaches the factor
    Population many = new Population();
    for (int i = 0; i < 4000; i++) {
      Person p = Person.of("q" + i, Map.of());
      p.addPlan(Plan.of(List.of(Activity.of("home", 0, 500, 0))), true);
      many.add(p);
    }
    int kept = PopulationGrowth.apply(many, BochumGrowth.measures(half), net, Map.of(), 4711).size();
    assertEquals(2000, kept, 100, "binomial(4000, 0.5): sd 32");
  }

  @Test
  void ptChangeReachesTeleportationAndScoreExactly() {
    ScoringParameters scoring = ScoringParameters.builder().build();
    ControllerSettings cs = new ControllerSettings(0, 1, 1, 1, MobsimSettings.builder().build(), scoring,
        ReplanningSettings.defaults(), 900);
    ScenarioFile sf = ScenarioFileReader.parse(FILE, "measures:\n  - {type: pt_change, speed_factor: 2, fare_delta_eur: 1.5}\n");
    ControllerSettings out = PtChangeApplier.apply(cs, PtChangeApplier.measures(sf));
    assertEquals(2 * 25 / 3.6, out.mobsim().teleported().get("pt").speed_mps(), 1e-12);
    assertEquals(cs.mobsim().teleported().get("walk"), out.mobsim().teleported().get("walk"), "walk unchanged");
    // beta_money = 1 (MATSim default): 1.5 EUR more per trip = -1.5 utils per pt leg
    assertEquals(scoring.modeParams().get("pt").constant() - 1.5, out.scoring().modeParams().get("pt").constant(), 1e-12);
    assertEquals(scoring.modeParams().get("car").constant(), out.scoring().modeParams().get("car").constant(), 0);
    assertNotEquals(cs, out);
    assertEquals(25 / 3.6, cs.mobsim().teleported().get("pt").speed_mps(), 1e-12, "input settings unchanged");
  }
}
