package de.bochumtwin.scenarios.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bochumtwin.scenarios.bochum.BochumScenario;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 8, must-show 3 for the policy measures: one file with a problem in each of toll, low-emission
 * zone and parking cost, plus a second zone, lists every problem with its line; a good file parses to
 * the expected values.
 */
class W06_PolicyValidationTest {
  @Test
  void everyPolicyProblemIsListedWithItsLine() {
    String yaml = """
        measures:
          - type: toll
            area: {district: Mitte}
            kind: cordon
            eur_per_km: 0.1
          - type: toll
            area: {district: Mitte}
            kind: ring
          - type: low_emission_zone
            area: {district: Mitte}
            ban: {euro_below: 6}
          - type: low_emission_zone
            area: {district: Nord}
            ban: {technology: diesel}
            replacement_mode: car
          - type: parking_cost
            area: {district: Mitte}
          - type: parking_cost
            area: {district: Atlantis}
            eur_per_hour: 2
        """;
    ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> MeasureResolver.resolve(
        ScenarioFileReader.parseLenient(Path.of("p.yaml"), yaml), BochumScenario.load().network(),
        MeasureResolver.bochumDistricts()));
    List<String> lines = e.problems().stream().map(p -> p.where().line() + ": " + p.message()).toList();
    String all = String.join("\n", lines);
    assertTrue(all.contains("2: cordon toll needs 'fee_eur'"), all);
    assertTrue(all.contains("5: a cordon toll takes fee_eur (per entry), not eur_per_km"), all);
    assertTrue(all.contains("8: toll kind must be cordon or distance, got 'ring'"), all);
    assertTrue(all.contains("11: ban needs 'technology'"), all);
    assertTrue(all.contains("15: replacement_mode 'car' is itself banned"), all);
    assertTrue(all.contains("16: parking_cost needs eur_per_hour or eur_per_arrival"), all);
    assertTrue(all.contains("19: unknown district 'Atlantis'"), all);
    assertEquals(7, lines.size(), all);
  }

  @Test
  void goodPolicyMeasuresParseToTheirValues() {
    ScenarioFile f = ScenarioFileReader.parse(Path.of("g.yaml"), """
        measures:
          - type: toll
            area: {district: Mitte}
            kind: distance
            eur_per_km: 0.25
            from: "7:30"
            to: "19:00"
            modes: [car]
          - type: low_emission_zone
            area: {district: Mitte}
            ban: {technology: [diesel, "petrol (4S)"], euro_below: 5}
          - type: parking_cost
            area: {district: Mitte}
            eur_per_hour: 1.5
            eur_per_arrival: 0.5
        """);
    PolicyMeasure.Toll t = (PolicyMeasure.Toll) f.measures().get(0);
    assertEquals(PolicyMeasure.TollKind.DISTANCE, t.kind());
    assertEquals(0.25, t.amount_eur());
    assertEquals(7 * 3600 + 1800, t.from_s());
    assertEquals(19 * 3600, t.to_s());
    PolicyMeasure.LowEmissionZone z = (PolicyMeasure.LowEmissionZone) f.measures().get(1);
    assertEquals(List.of("diesel", "petrol (4S)"), z.technologies());
    assertEquals(5, z.euroBelow());
    assertEquals("pt", z.replacementMode());
    assertEquals(4, Policies.euroClass("PC D Euro-4"));
    assertEquals(6, Policies.euroClass("PC-P-Euro-6d"));
    assertEquals(0, Policies.euroClass("average"));
    PolicyMeasure.ParkingCost p = (PolicyMeasure.ParkingCost) f.measures().get(2);
    assertEquals(1.5, p.eurPerHour());
    assertEquals(0.5, p.eurPerArrival());
    assertEquals(List.of("car"), p.modes());
  }
}
