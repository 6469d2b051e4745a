package de.bochumtwin.scenarios.whatif;

import de.bochumtwin.core.network.Network;
import de.bochumtwin.core.population.Activity;
import de.bochumtwin.core.population.Person;
import de.bochumtwin.core.population.Plan;
import de.bochumtwin.core.population.Population;
import de.bochumtwin.core.util.SplitMix64;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * {@link GrowthMeasure} on a MATSim plans base: an agent whose home (the first activity of its selected
 * plan whose type starts with {@code h}, e.g. {@code home} or {@code h}; else its first activity) lies in
 * a growth area stands for {@code f} agents, {@code f} the product of the residents factors of the areas
 * containing it: it is kept with {@code floor(f)} copies in all plus one more with probability
 * {@code f - floor(f)} (so {@code f = 0.5} keeps about half, {@code f = 2} doubles exactly). Copies are
 * clones with ids {@code <id>_g<n>} (n from 1), listed right after the original. The draw hashes the seed
 * and the person id, so it does not depend on the order of the file. The base is not changed (every person is copied).
 */
public final class PopulationGrowth {
  private static final long STREAM_GROWTH = 0x67726f77L;

  private PopulationGrowth() {}

  /** The grown population; person order of the base, clones after their original. */
  public static Population apply(Population base, List<GrowthMeasure> measures, Network net, Map<String, Geometry> named,
      long seed) {
    GeometryFactory gf = new GeometryFactory();
    PreparedGeometry[] areas = new PreparedGeometry[measures.size()];
    for (int i = 0; i < areas.length; i++) {
      AreaSpec a = measures.get(i).area();
      areas[i] = PreparedGeometryFactory.prepare(a.polygon() != null ? a.polygon() : named.get(a.district()));
    }
    Population out = new Population();
    out.attributes().putAll(base.attributes());
    for (Person p : base.persons()) {
      double f = 1;
      double[] home = home(p, net);
      if (home != null) {
        for (int i = 0; i < areas.length; i++) {
          if (areas[i].contains(gf.createPoint(new Coordinate(home[0], home[1])))) {
            f *= measures.get(i).residentsFactor();
          }
        }
      }
      int copies = (int) Math.floor(f);
      if (f != copies) {
        double u = SplitMix64.toUnit(SplitMix64.hash(seed, STREAM_GROWTH, p.id().hashCode()));
        copies += u < f - copies ? 1 : 0;
      }
      for (int c = 0; c < copies; c++) {
        out.add(clone(p, c == 0 ? p.id() : p.id() + "_g" + c));
      }
    }
    return out;
  }

  private static Person clone(Person p, String id) {
    Person c = Person.of(id, p.attributes());
    for (Plan plan : p.plans()) {
      c.addPlan(plan, false);
    }
    if (!p.plans().isEmpty()) {
      c.select(p.selectedIndex());
    }
    return c;
  }

  /** Home coordinates (activity coordinate, else the midpoint of its link), or null without activities. */
  static double[] home(Person p, Network net) {
    if (p.plans().isEmpty() || p.selectedPlan().activityCount() == 0) {
      return null;
    }
    Plan plan = p.selectedPlan();
    Activity home = plan.activity(0);
    for (int i = 0; i < plan.activityCount(); i++) {
      if (plan.activity(i).type().startsWith("h")) {
        home = plan.activity(i);
        break;
      }
    }
    if (home.hasCoord()) {
      return new double[] {home.x_m(), home.y_m()};
    }
    int l = home.linkIndex();
    if (l < 0) {
      return null;
    }
    return new double[] {(net.nodeX_m(net.fromNode(l)) + net.nodeX_m(net.toNode(l))) / 2,
        (net.nodeY_m(net.fromNode(l)) + net.nodeY_m(net.toNode(l))) / 2};
  }
}
