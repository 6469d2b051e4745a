package de.bochumtwin.scenarios.osm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hand-made tag sets; expected values follow the rules in docs/osm-import.md. */
class OsmTagRulesTest {
  private static final double EPS = 1e-9;

  private static Map<String, String> tags(String... kv) {
    Map<String, String> m = new HashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  private static WayAttributes of(String... kv) {
    return WayAttributes.of(tags(kv));
  }

  @Test
  void maxspeedValues() {
    assertEquals(50, MaxSpeed.parse_kmh("50"), EPS);
    assertEquals(50, MaxSpeed.parse_kmh(" 50 km/h "), EPS);
    assertEquals(30 * 1.609344, MaxSpeed.parse_kmh("30 mph"), EPS);
    assertEquals(20 * 1.609344, MaxSpeed.parse_kmh("20mph"), EPS);
    assertEquals(10 * 1.852, MaxSpeed.parse_kmh("10 knots"), EPS);
    assertEquals(50, MaxSpeed.parse_kmh("DE:urban"), EPS);
    assertEquals(100, MaxSpeed.parse_kmh("DE:rural"), EPS);
    assertEquals(130, MaxSpeed.parse_kmh("DE:motorway"), EPS);
    assertEquals(30, MaxSpeed.parse_kmh("DE:zone30"), EPS);
    assertEquals(30, MaxSpeed.parse_kmh("DE:zone:30"), EPS);
    assertEquals(7, MaxSpeed.parse_kmh("DE:living_street"), EPS);
    assertEquals(80, MaxSpeed.parse_kmh("CH:rural"), EPS);
    assertEquals(7, MaxSpeed.parse_kmh("walk"), EPS);
    assertEquals(130, MaxSpeed.parse_kmh("none"), EPS);
    assertEquals(30, MaxSpeed.parse_kmh("50;30"), EPS);
    assertEquals(Double.NaN, MaxSpeed.parse_kmh("signals"));
    assertEquals(Double.NaN, MaxSpeed.parse_kmh("variable"));
    assertEquals(Double.NaN, MaxSpeed.parse_kmh("XX:rural"));
    assertEquals(Double.NaN, MaxSpeed.parse_kmh("fast"));
    assertEquals(Double.NaN, MaxSpeed.parse_kmh("-5"));
  }

  @Test
  void speedFromTagsOrClassDefault() {
    assertEquals(50 / 3.6, of("highway", "residential", "maxspeed", "DE:urban").forwardSpeed_mps(), EPS);
    assertEquals(15 / 3.6, of("highway", "residential").forwardSpeed_mps(), EPS);
    assertEquals(15 / 3.6, of("highway", "residential", "maxspeed", "signals").forwardSpeed_mps(), EPS);
    WayAttributes split = of("highway", "primary", "maxspeed", "70", "maxspeed:backward", "50");
    assertEquals(70 / 3.6, split.forwardSpeed_mps(), EPS);
    assertEquals(50 / 3.6, split.backwardSpeed_mps(), EPS);
  }

  @Test
  void onewayVariants() {
    WayAttributes two = of("highway", "residential");
    assertEquals(OsmModes.CAR | OsmModes.BIKE, two.forwardModes());
    assertEquals(OsmModes.CAR | OsmModes.BIKE, two.backwardModes());
    WayAttributes yes = of("highway", "residential", "oneway", "yes");
    assertEquals(OsmModes.CAR | OsmModes.BIKE, yes.forwardModes());
    assertEquals(0, yes.backwardModes());
    WayAttributes minus = of("highway", "residential", "oneway", "-1");
    assertEquals(0, minus.forwardModes());
    assertEquals(OsmModes.CAR | OsmModes.BIKE, minus.backwardModes());
    assertEquals(0, of("highway", "secondary", "junction", "roundabout").backwardModes());
    assertEquals(0, of("highway", "motorway").backwardModes());
    assertEquals(OsmModes.CAR, of("highway", "motorway", "oneway", "no").backwardModes());
    assertNull(of("highway", "tertiary", "oneway", "reversible"));
    WayAttributes contraflow = of("highway", "residential", "oneway", "yes", "oneway:bicycle", "no");
    assertEquals(OsmModes.BIKE, contraflow.backwardModes());
    assertEquals(OsmModes.BIKE, of("highway", "residential", "oneway", "yes", "cycleway", "opposite_lane").backwardModes());
  }

  @Test
  void lanesAndCapacity() {
    WayAttributes def = of("highway", "motorway");
    assertEquals(2, def.forwardLanes(), EPS);
    assertEquals(4000, def.forwardCapacity_vph(), EPS);
    WayAttributes three = of("highway", "motorway", "lanes", "3");
    assertEquals(3, three.forwardLanes(), EPS);
    assertEquals(6000, three.forwardCapacity_vph(), EPS);
    WayAttributes fourTwoWay = of("highway", "primary", "lanes", "4");
    assertEquals(2, fourTwoWay.forwardLanes(), EPS);
    assertEquals(2, fourTwoWay.backwardLanes(), EPS);
    assertEquals(3000, fourTwoWay.backwardCapacity_vph(), EPS);
    WayAttributes asym = of("highway", "primary", "lanes", "3", "lanes:forward", "2");
    assertEquals(2, asym.forwardLanes(), EPS);
    assertEquals(1, asym.backwardLanes(), EPS);
    assertEquals(1, of("highway", "residential", "lanes", "1").forwardLanes(), EPS);
    assertEquals(1, of("highway", "residential", "lanes", "wide").forwardLanes(), EPS);
  }

  @Test
  void accessAndClasses() {
    assertNull(of("highway", "footway"));
    assertNull(of("highway", "service"));
    assertNull(of("highway", "pedestrian", "area", "yes"));
    assertNull(of("highway", "residential", "access", "no"));
    assertEquals(OsmModes.BIKE, of("highway", "residential", "motor_vehicle", "no").forwardModes());
    assertEquals(OsmModes.CAR | OsmModes.BIKE,
        of("highway", "residential", "access", "no", "motor_vehicle", "yes", "bicycle", "yes").forwardModes());
    assertEquals(OsmModes.CAR, of("highway", "primary", "bicycle", "use_sidepath").forwardModes());
    assertEquals(OsmModes.CAR | OsmModes.BIKE, of("highway", "trunk", "bicycle", "yes").forwardModes());
    assertEquals(OsmModes.CAR, of("highway", "trunk", "access", "yes").forwardModes());
    assertEquals(OsmModes.CAR, of("highway", "primary", "motorroad", "yes").forwardModes());
    assertEquals(OsmModes.BIKE, of("highway", "cycleway").forwardModes());
    assertEquals(HighwayClass.LIVING_STREET, of("highway", "living_street").highway());
  }
}
