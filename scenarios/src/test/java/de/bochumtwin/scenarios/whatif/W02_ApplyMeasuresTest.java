package de.bochumtwin.scenarios.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bochumtwin.core.network.Network;
import de.bochumtwin.scenarios.bochum.BochumScenario;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

/**
 * Issue 8, must-show 2 on the network: Tempo 30 in Bochum-Mitte lowers the free speed of the links
 * inside (motorways excepted) and leaves every other link as it was; a lane turned into a bike lane
 * scales capacity by (lanes - 1) / lanes; a closure removes the modes and the capacity; an empty
 * measure list gives the base network; the base is never changed.
 */
class W02_ApplyMeasuresTest {
  private static final Path FILE = Path.of("s.yaml");
  private final BochumScenario bochum = BochumScenario.load();
  private final Network base = bochum.network();
  private final Map<String, Geometry> districts = MeasureResolver.bochumDistricts();

  private Network apply(String yaml) {
    ScenarioFile sf = ScenarioFileReader.parse(FILE, yaml);
    return MeasureApplier.apply(base, MeasureResolver.resolve(sf, base, districts));
  }

  @Test
  void tempo30InMitteChangesOnlyLinksInside() {
    String name = districts.keySet().stream().filter(n -> n.contains("Mitte")).findFirst().orElseThrow();
    Network s = apply("measures:\n  - type: speed_limit\n    area: {district: " + name + "}\n    limit_kmh: 30\n"
        + "    except_types: [motorway]\n");
    Geometry mitte = districts.get(name);
    var gf = new org.locationtech.jts.geom.GeometryFactory();
    int inside = 0;
    int lowered = 0;
    double sumBase = 0;
    double sumScen = 0;
    for (int l = 0; l < base.linkCount(); l++) {
      double x = (base.nodeX_m(base.fromNode(l)) + base.nodeX_m(base.toNode(l))) / 2;
      double y = (base.nodeY_m(base.fromNode(l)) + base.nodeY_m(base.toNode(l))) / 2;
      boolean in = mitte.contains(gf.createPoint(new org.locationtech.jts.geom.Coordinate(x, y)))
          && !"motorway".equals(base.linkType(l));
      assertEquals(base.capacity_vph(l), s.capacity_vph(l), 0);
      assertEquals(base.allowedModes(l), s.allowedModes(l));
      if (in) {
        inside++;
        assertEquals(Math.min(base.freespeed_mps(l), 30 / 3.6), s.freespeed_mps(l), 1e-12, base.linkId(l));
        lowered += s.freespeed_mps(l) < base.freespeed_mps(l) ? 1 : 0;
        sumBase += base.freespeed_mps(l);
        sumScen += s.freespeed_mps(l);
      } else {
        assertEquals(base.freespeed_mps(l), s.freespeed_mps(l), 0, "outside link " + base.linkId(l) + " unchanged");
      }
    }
    assertTrue(inside > 10 && lowered > 10, "links inside " + inside + ", lowered " + lowered);
    assertTrue(sumScen / inside < sumBase / inside, "mean free speed inside drops");
    assertTrue(sumScen / inside <= 30 / 3.6 + 1e-9, "mean free speed inside at most 30 km/h");
  }

  @Test
  void laneToBikeLaneAndClosure() {
    int a43 = base.getLinkIndex("A43_n_1");
    double lanes = base.lanes(a43);
    Network s = apply("""
        measures:
          - type: capacity_change
            roads: {links: [A43_n_1]}
            lanes_delta: -1
          - type: road_closure
            roads: {link_prefixes: [A40_e_]}
        """);
    assertEquals(lanes - 1, s.lanes(a43), 0);
    assertEquals(base.capacity_vph(a43) * (lanes - 1) / lanes, s.capacity_vph(a43), 1e-9);
    int closed = 0;
    for (int l = 0; l < base.linkCount(); l++) {
      if (base.linkId(l).startsWith("A40_e_")) {
        closed++;
        assertEquals(List.of(), s.allowedModes(l));
        assertEquals(0, s.capacity_vph(l), 0);
      }
    }
    assertTrue(closed > 3, "A40 eastbound links closed: " + closed);
    assertTrue(base.allowedModes(base.getLinkIndex("A40_e_1")).contains("car"), "the base is not changed");
  }

  @Test
  void emptyMeasureListGivesTheBase() {
    Network s = apply("measures: []\n");
    assertNotSame(base, s);
    assertEquals(base.linkCount(), s.linkCount());
    for (int l = 0; l < base.linkCount(); l++) {
      assertEquals(base.linkId(l), s.linkId(l));
      assertEquals(base.freespeed_mps(l), s.freespeed_mps(l), 0);
      assertEquals(base.capacity_vph(l), s.capacity_vph(l), 0);
      assertEquals(base.lanes(l), s.lanes(l), 0);
      assertEquals(base.modeMask(l), s.modeMask(l));
    }
  }
}
