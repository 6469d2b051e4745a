package de.bochumtwin.scenarios.whatif;

import de.bochumtwin.core.ev.Chargers;
import de.bochumtwin.core.network.NearestLinkIndex;
import de.bochumtwin.core.network.Network;
import de.bochumtwin.core.population.Person;
import de.bochumtwin.core.population.Plan;
import de.bochumtwin.core.population.Population;
import de.bochumtwin.core.util.SplitMix64;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Applies {@link ChargersMeasure}s to a set of chargers: removals first, then additions. {@code count}
 * chargers in an area go to the car links inside it (link midpoint in the area) in proportion to the
 * activities on each link in the selected plans (largest remainder, so the busiest links get them first;
 * ties broken by a seeded hash of the link id): where people stay long, chargers are used. Each sits at
 * its link's midpoint; ids are {@code whatif-L<line>-<k>} (the measure's line in the file, k from 1).
 * Deterministic: the same inputs and seed give the same chargers.
 */
public final class ChargerPlacement {
  private ChargerPlacement() {}

  /**
   * The chargers after the measures; {@code base} is not changed.
   *
   * @param named the named areas (districts) the measures may use
   */
  public static Chargers apply(Chargers base, List<ChargersMeasure> measures, Network net, Population pop,
      Map<String, Geometry> named, long seed) {
    Chargers current = base;
    for (ChargersMeasure m : measures) {
      Chargers.Builder b = Chargers.builder();
      PreparedGeometry removeArea = null;
      if (m.removeArea() != null) {
        removeArea = PreparedGeometryFactory.prepare(area(m.removeArea(), named));
      }
      GeometryFactory gf = new GeometryFactory();
      for (int c = 0; c < current.size(); c++) {
        boolean drop = m.removeIds().contains(current.id(c))
            || (removeArea != null && removeArea.contains(gf.createPoint(new Coordinate(current.x_m(c), current.y_m(c)))));
        if (!drop) {
          b.add(current.id(c), current.link(c), current.x_m(c), current.y_m(c), current.plugPower_kW(c),
              current.plugCount(c), current.type(c), current.operator(c), current.isPublic(c));
        }
      }
      ChargersMeasure.Addition a = m.add();
      if (a != null) {
        int[] links = additionLinks(a, net, pop, named, seed);
        String prefix = "whatif-L" + m.where().line() + "-";
        for (int k = 0; k < links.length; k++) {
          int l = links[k];
          double x = (net.nodeX_m(net.fromNode(l)) + net.nodeX_m(net.toNode(l))) / 2;
          double y = (net.nodeY_m(net.fromNode(l)) + net.nodeY_m(net.toNode(l))) / 2;
          b.add(prefix + (k + 1), l, x, y, a.power_kW(), a.plugs(), Chargers.DEFAULT_TYPE, "what-if", true);
        }
      }
      current = b.build();
    }
    return current;
  }

  /** One link index per charger to add (a link may repeat). */
  static int[] additionLinks(ChargersMeasure.Addition a, Network net, Population pop, Map<String, Geometry> named, long seed) {
    if (!a.links().isEmpty()) {
      int[] out = new int[a.links().size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = net.getLinkIndex(a.links().get(i));
      }
      return out;
    }
    if (!a.points().isEmpty()) {
      NearestLinkIndex idx = NearestLinkIndex.forMode(net, "car");
      int[] out = new int[a.points().size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = idx.nearestLink(a.points().get(i)[0], a.points().get(i)[1]);
      }
      return out;
    }
    int[] inside = linksInside(net, area(a.area(), named));
    double[] weight = new double[inside.length];
    int[] activities = activitiesPerLink(pop, net.linkCount());
    double total = 0;
    for (int i = 0; i < inside.length; i++) {
      weight[i] = activities[inside[i]];
      total += weight[i];
    }
    if (total == 0) { // nobody stays in the area: spread evenly
      Arrays.fill(weight, 1);
      total = inside.length;
    }
    int[] n = new int[inside.length];
    double[] rest = new double[inside.length];
    int placed = 0;
    for (int i = 0; i < inside.length; i++) {
      double share = a.count() * weight[i] / total;
      n[i] = (int) Math.floor(share);
      rest[i] = share - n[i];
      placed += n[i];
    }
    Integer[] order = new Integer[inside.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    long[] tie = new long[inside.length];
    for (int i = 0; i < inside.length; i++) {
      tie[i] = SplitMix64.hash(seed, inside[i], net.linkId(inside[i]).hashCode());
    }
    Arrays.sort(order, (p, q) -> rest[p] != rest[q] ? Double.compare(rest[q], rest[p])
        : weight[p] != weight[q] ? Double.compare(weight[q], weight[p]) : Long.compare(tie[p], tie[q]));
    for (int k = 0; placed < a.count(); k = (k + 1) % order.length) {
      n[order[k]]++;
      placed++;
    }
    // list busiest links first so that the ids follow the activity ranking
    Arrays.sort(order, (p, q) -> weight[p] != weight[q] ? Double.compare(weight[q], weight[p]) : Long.compare(tie[p], tie[q]));
    List<Integer> out = new ArrayList<>();
    for (int i : order) {
      for (int k = 0; k < n[i]; k++) {
        out.add(inside[i]);
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Car links (ascending) whose midpoint lies in {@code g}. */
  static int[] linksInside(Network net, Geometry g) {
    PreparedGeometry pg = PreparedGeometryFactory.prepare(g);
    GeometryFactory gf = new GeometryFactory();
    int car = net.modes().bit("car");
    int[] tmp = new int[net.linkCount()];
    int n = 0;
    for (int l = 0; l < net.linkCount(); l++) {
      if (car == 0 || !net.allowsMode(l, car)) {
        continue;
      }
      int f = net.fromNode(l);
      int t = net.toNode(l);
      Coordinate mid = new Coordinate((net.nodeX_m(f) + net.nodeX_m(t)) / 2, (net.nodeY_m(f) + net.nodeY_m(t)) / 2);
      if (pg.contains(gf.createPoint(mid))) {
        tmp[n++] = l;
      }
    }
    return Arrays.copyOf(tmp, n);
  }

  private static int[] activitiesPerLink(Population pop, int links) {
    int[] n = new int[links];
    for (Person p : pop.persons()) {
      if (p.plans().isEmpty()) {
        continue;
      }
      Plan plan = p.selectedPlan();
      for (int i = 0; i < plan.activityCount(); i++) {
        int l = plan.activity(i).linkIndex();
        if (l >= 0 && l < links) {
          n[l]++;
        }
      }
    }
    return n;
  }

  private static Geometry area(AreaSpec a, Map<String, Geometry> named) {
    return a.polygon() != null ? a.polygon() : named.get(a.district());
  }
}
