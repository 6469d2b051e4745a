package de.bochumtwin.scenarios.synthetic;

import de.bochumtwin.core.network.Network;
import de.bochumtwin.core.population.Activity;
import de.bochumtwin.core.population.GenericRoute;
import de.bochumtwin.core.population.Leg;
import de.bochumtwin.core.population.NetworkRoute;
import de.bochumtwin.core.population.Person;
import de.bochumtwin.core.population.Plan;
import de.bochumtwin.core.population.PlanElement;
import de.bochumtwin.core.population.Population;
import de.bochumtwin.core.population.Route;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * A 64-bit FNV-1a hash over every value of a network and a population (ids, coordinates as raw
 * double bits, link attributes, plans, routes), so two cities are equal exactly when their hashes
 * agree (up to hash collisions).
 */
final class CityFingerprint {
  private long h = 0xcbf29ce484222325L;

  static long of(Network network, Population population) {
    CityFingerprint f = new CityFingerprint();
    f.network(network);
    f.population(population);
    return f.h;
  }

  private void network(Network n) {
    str(n.name());
    str(n.crs());
    num(n.nodeCount());
    for (int i = 0; i < n.nodeCount(); i++) {
      str(n.nodeId(i));
      dbl(n.nodeX_m(i));
      dbl(n.nodeY_m(i));
    }
    num(n.linkCount());
    for (int l = 0; l < n.linkCount(); l++) {
      str(n.linkId(l));
      num(n.fromNode(l));
      num(n.toNode(l));
      dbl(n.length_m(l));
      dbl(n.freespeed_mps(l));
      dbl(n.capacity_vph(l));
      dbl(n.lanes(l));
      str(String.join(",", n.allowedModes(l)));
      str(n.linkType(l));
    }
  }

  private void population(Population pop) {
    attributes(pop.attributes());
    num(pop.size());
    for (Person p : pop.persons()) {
      str(p.id());
      attributes(p.attributes());
      num(p.selectedIndex());
      for (Plan plan : p.plans()) {
        for (PlanElement e : plan.elements()) {
          if (e instanceof Activity a) {
            str(a.type());
            num(a.linkIndex());
            dbl(a.x_m());
            dbl(a.y_m());
            num(a.startTime_s());
            num(a.endTime_s());
            num(a.maxDuration_s());
          } else if (e instanceof Leg leg) {
            str(leg.mode());
            str(leg.routingMode());
            num(leg.departureTime_s());
            num(leg.travelTime_s());
            route(leg.route());
          }
        }
      }
    }
  }

  private void route(Route r) {
    if (r instanceof NetworkRoute nr) {
      str("links");
      num(nr.size());
      for (int i = 0; i < nr.size(); i++) {
        num(nr.linkAt(i));
      }
    } else if (r instanceof GenericRoute g) {
      str("generic");
      num(g.startLink());
      num(g.endLink());
      num(g.travelTime_s());
    } else {
      str("none");
    }
    if (r != null) {
      dbl(r.distance_m());
    }
  }

  private void attributes(Map<String, String> attrs) {
    for (Map.Entry<String, String> e : new TreeMap<>(attrs).entrySet()) {
      str(e.getKey());
      str(e.getValue());
    }
  }

  private void str(String s) {
    if (s == null) {
      num(-1);
      return;
    }
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    num(bytes.length);
    for (byte b : bytes) {
      mix(b);
    }
  }

  private void dbl(double d) {
    num(Double.doubleToLongBits(d));
  }

  private void num(long v) {
    for (int i = 0; i < 8; i++) {
      mix((byte) (v >>> (8 * i)));
    }
  }

  private void mix(byte b) {
    h ^= b & 0xff;
    h *= 0x100000001b3L;
  }
}
