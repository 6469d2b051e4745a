package de.bochumtwin.scenarios.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Defaults, derived values and the validation messages of the spec. */
class SyntheticCitySpecTest {

  @Test
  void defaultsDescribeABochumSizedCity() {
    SyntheticCitySpec s = SyntheticCitySpec.defaults();
    assertEquals(60, s.gridSize());
    assertEquals(200.0, s.spacing_m());
    assertEquals(5, s.arterialEvery());
    assertTrue(s.ringRoad());
    assertEquals(15, s.ringInset());
    assertEquals(70.0, s.ringSpeed_kmh());
    assertEquals(100_000, s.agents());
    assertEquals(0.70, s.carShare());
    assertEquals(14_160, s.linkCount());
    // 59 x 200 m = 11.8 km per side around (376000, 5705000): origin 5.9 km south-west of the centre
    assertEquals(370_100.0, s.originX_m());
    assertEquals(5_699_100.0, s.originY_m());
  }

  @Test
  void toBuilderKeepsValuesAndTheAutomaticRingInset() {
    SyntheticCitySpec s = SyntheticCitySpec.defaults().toBuilder().withGridSize(12).build();
    assertEquals(3, s.ringInset(), "the default inset follows the grid size: 12 / 4");
    assertEquals(0.70, s.carShare());
    SyntheticCitySpec t = s.toBuilder().withRingInset(1).build().toBuilder().withGridSize(40).build();
    assertEquals(1, t.ringInset(), "an explicit inset is kept");
  }

  @Test
  void invalidValuesAreRejectedWithTheFix() {
    assertMessage(() -> SyntheticCitySpec.builder().withGridSize(1).build(), "gridSize must be >= 2");
    assertMessage(() -> SyntheticCitySpec.builder().withSpacing_m(0).build(), "spacing_m must be a finite number > 0");
    assertMessage(() -> SyntheticCitySpec.builder().withArterialEvery(0).build(), "arterialEvery must be >= 1");
    assertMessage(() -> SyntheticCitySpec.builder().withCarShare(1.2).build(), "carShare must be in [0, 1]");
    assertMessage(() -> SyntheticCitySpec.builder().withAgents(-1).build(), "agents must be >= 0");
    assertMessage(() -> SyntheticCitySpec.builder().withGridSize(3).withRingInset(1).build(),
        "use an inset <= 0 or disable the ring road");
    assertMessage(() -> SyntheticCitySpec.builder().withCarShare(0.5).withNonCarWeights(0, 0, 0).build(),
        "needs a positive walk, bike or pt weight");
    assertMessage(() -> SyntheticCity.generate(SyntheticCitySpec.builder().withGridSize(4).withAgents(1)
        .withCentre_m(0, 0).withWorkCentreDecay_m(1e-3).build(), 1), "every link a workplace weight of 0");
    // a 2 x 2 grid without a ring is the smallest valid city
    assertFalse(SyntheticCitySpec.builder().withGridSize(2).withRingRoad(false).build().ringRoad());
  }

  private static void assertMessage(org.junit.jupiter.api.function.Executable e, String part) {
    IllegalArgumentException x = assertThrows(IllegalArgumentException.class, e);
    assertTrue(x.getMessage().contains(part), "message '" + x.getMessage() + "' should contain '" + part + "'");
  }
}
