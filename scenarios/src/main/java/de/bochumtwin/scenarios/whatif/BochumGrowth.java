package de.bochumtwin.scenarios.whatif;

import de.bochumtwin.scenarios.bochum.BochumScenario;
import de.bochumtwin.scenarios.bochum.Zone;
import de.bochumtwin.scenarios.bochum.ZoneGrowth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * {@link GrowthMeasure}s of a file on the bundled Bochum base, turned into the generator's
 * {@link ZoneGrowth}: a zone is grown by a measure when the measure names it or its centroid lies in the
 * measure's area; factors of several measures multiply. Measures that do not resolve (unknown zone or
 * district) are skipped here; {@link MeasureResolver} reports them.
 */
public final class BochumGrowth {
  private BochumGrowth() {}

  /** The growth measures of {@code file}, in file order. */
  public static List<GrowthMeasure> measures(ScenarioFile file) {
    List<GrowthMeasure> out = new ArrayList<>();
    for (Measure m : file.measures()) {
      if (m instanceof GrowthMeasure g) {
        out.add(g);
      }
    }
    return out;
  }

  public static ZoneGrowth of(List<GrowthMeasure> measures, BochumScenario scenario, Map<String, Geometry> named) {
    int n = scenario.zones().size();
    double[] rf = new double[n];
    double[] jf = new double[n];
    java.util.Arrays.fill(rf, 1.0);
    java.util.Arrays.fill(jf, 1.0);
    GeometryFactory gf = new GeometryFactory();
    for (GrowthMeasure g : measures) {
      Geometry area = g.area() == null ? null : g.area().polygon() != null ? g.area().polygon() : named.get(g.area().district());
      if (g.area() != null && area == null) {
        continue;
      }
      for (Zone z : scenario.zones()) {
        boolean hit = area != null ? area.contains(gf.createPoint(new Coordinate(z.x_m(), z.y_m()))) : g.zones().contains(z.id());
        if (hit) {
          rf[z.index()] *= g.residentsFactor();
          jf[z.index()] *= g.jobsFactor();
        }
      }
    }
    return ZoneGrowth.of(rf, jf);
  }
}
