package de.bochumtwin.scenarios.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bochumtwin.core.network.Network;
import de.bochumtwin.scenarios.bochum.BochumScenario;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 8, must-show 3: a bad scenario file lists all its problems with line numbers, before anything runs. */
class W01_ScenarioFileValidationTest {
  private static final Path FILE = Path.of("s.yaml");

  @Test
  void parseErrorsAreCollectedWithTheirLines() {
    String yaml = """
        name: broken
        measures:
          - type: speed_limit
            area: {district: Mitte}
            limit_kmh: fast
          - type: road_closure
            modes: [car]
          - type: tempo_zone
          - type: capacity_change
            roads: {links: [A40_e_1]}
            lanes: 1
        """;
    ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> ScenarioFileReader.parse(FILE, yaml));
    List<Integer> lines = e.problems().stream().map(p -> p.where().line()).toList();
    // limit_kmh not a number (line 5), road_closure without roads (3 -> item at 6), unknown type (8),
    // capacity_change: unknown key lanes (11) and neither lanes_delta nor capacity_factor (item at 9)
    assertEquals(List.of(5, 6, 8, 9, 11), lines, e.getMessage());
    assertTrue(e.getMessage().startsWith("s.yaml: 5 problems, nothing was run:"), e.getMessage());
    assertTrue(e.getMessage().contains("s.yaml:5:16: limit_kmh must be a number in km/h, got 'fast'"), e.getMessage());
    assertTrue(e.getMessage().contains("unknown measure type 'tempo_zone'"), e.getMessage());
  }

  @Test
  void resolveErrorsAreCollectedWithTheirLines() {
    String yaml = """
        measures:
          - type: speed_limit
            area: {district: Gotham}
            limit_kmh: 30
          - type: road_closure
            roads: {links: [A40_e_1, nope_1, nope_2]}
          - type: capacity_change
            roads: {link_prefixes: [A43_]}
            lanes_delta: -2
          - type: road_closure
            roads: {osm_ways: ["4711"]}
            modes: [hovercraft]
        """;
    ScenarioFile sf = ScenarioFileReader.parse(FILE, yaml);
    Network net = BochumScenario.load().network();
    ScenarioFileException e = assertThrows(ScenarioFileException.class,
        () -> MeasureResolver.resolve(sf, net, MeasureResolver.bochumDistricts()));
    assertEquals(List.of(3, 6, 7, 10, 11), e.problems().stream().map(p -> p.where().line()).toList(), e.getMessage());
    assertTrue(e.getMessage().contains("s.yaml:3:22: unknown district 'Gotham'; known are Mitte, "), e.getMessage());
    assertTrue(e.getMessage().contains("link id(s) not in the network: nope_1, nope_2"), e.getMessage());
    assertTrue(e.getMessage().contains("leaves no lane"), e.getMessage());
    assertTrue(e.getMessage().contains("mode 'hovercraft'"), e.getMessage());
  }

  @Test
  void invalidYamlReportsThePosition() {
    ScenarioFileException e = assertThrows(ScenarioFileException.class,
        () -> ScenarioFileReader.parse(FILE, "measures:\n  - type: speed_limit\n   area: [\n"));
    assertEquals(1, e.problems().size());
    assertTrue(e.problems().get(0).where().line() >= 2, e.getMessage());
  }

  @Test
  void wellFormedFileParses() {
    String yaml = """
        name: mixed
        base: bochum-default
        measures:
          - type: speed_limit
            area: {wkt: "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))"}
            limit_kmh: 30
            except_types: [motorway]
          - type: speed_limit
            area:
              geojson: {"type": "Polygon", "coordinates": [[[0, 0], [10, 0], [10, 10], [0, 0]]]}
            limit_kmh: 20
          - type: capacity_change
            roads: {links: [a, b]}
            lanes_delta: -1
        """;
    ScenarioFile sf = ScenarioFileReader.parse(FILE, yaml);
    assertEquals("mixed", sf.name());
    assertTrue(sf.isBochumDefault());
    assertEquals(List.of("speed_limit 30 km/h in wkt polygon (0.0 km²) except motorway",
        "speed_limit 20 km/h in geojson polygon (0.0 km²)", "capacity_change on links a,b lanes -1"), sf.describeMeasures());
    assertEquals(100.0, ((Measure.SpeedLimit) sf.measures().get(0)).area().polygon().getArea(), 1e-9);
    assertEquals(50.0, ((Measure.SpeedLimit) sf.measures().get(1)).area().polygon().getArea(), 1e-9);
  }
}
