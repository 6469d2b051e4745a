package de.bochumtwin.scenarios.matsim;

import de.bochumtwin.core.network.Network;
import de.bochumtwin.core.population.GenericRoute;
import de.bochumtwin.core.population.NetworkRoute;
import de.bochumtwin.core.population.Route;
import de.bochumtwin.core.population.Time;
import de.bochumtwin.scenarios.io.InputException;
import java.nio.file.Path;

/**
 * Turns the text of a {@code <route>} into a core {@link Route} once both neighbouring activities (and
 * so the leg's start and end links) are known. v4 network routes list the NODES between the start and
 * the end link; v5/v6 {@code links} routes list every link, start and end link included.
 */
final class RouteResolver {
  private final Network net;
  private final Path file;

  RouteResolver(Network net, Path file) {
    this.net = net;
    this.file = file;
  }

  /** A route as read from the file, before the next activity is known. */
  static final class RawRoute {
    int line;
    String type;
    String startLinkId;
    String endLinkId;
    double distance_m = Double.NaN;
    int travelTime_s = Time.UNDEFINED;
    final StringBuilder text = new StringBuilder();
  }

  boolean isNetworkMode(String mode) {
    return net.modes().bit(mode) != 0;
  }

  /** v4: node ids for network modes, a generic route otherwise. May return null (route left to the router). */
  Route resolveV4(RawRoute r, String mode, int startLink, int endLink) {
    if (!isNetworkMode(mode)) {
      return new GenericRoute(startLink, endLink, r.distance_m, r.travelTime_s);
    }
    String[] ids = tokens(r.text);
    if (ids.length == 0) {
      // same-link legs have empty routes; otherwise the route is unknown and left to the router
      return startLink == endLink ? route(new int[] {startLink}, r.distance_m) : null;
    }
    int[] nodes = new int[ids.length];
    for (int i = 0; i < ids.length; i++) {
      nodes[i] = net.nodeIndexOrMinusOne(ids[i]);
      if (nodes[i] < 0) {
        throw new InputException(file, r.line, "node '" + ids[i] + "' in <route> is not in the network;"
            + " fix the route (plans v4 routes list node ids) or use the matching network file");
      }
    }
    if (net.toNode(startLink) != nodes[0]) {
      throw new InputException(file, r.line, "route starts at node '" + ids[0] + "' but the leg starts on link '"
          + net.linkId(startLink) + "', which ends at node '" + net.nodeId(net.toNode(startLink))
          + "'; fix the route or the link of the activity before it");
    }
    if (net.fromNode(endLink) != nodes[nodes.length - 1]) {
      throw new InputException(file, r.line, "route ends at node '" + ids[ids.length - 1] + "' but the leg ends on link '"
          + net.linkId(endLink) + "', which starts at node '" + net.nodeId(net.fromNode(endLink))
          + "'; fix the route or the link of the activity after it");
    }
    int[] links = new int[nodes.length + 1];
    links[0] = startLink;
    for (int i = 0; i + 1 < nodes.length; i++) {
      int l = net.findLinkBetween(nodes[i], nodes[i + 1]);
      if (l < 0) {
        throw new InputException(file, r.line, "no link leads from node '" + ids[i] + "' to node '" + ids[i + 1]
            + "' in <route>; fix the route or use the matching network file");
      }
      links[i + 1] = l;
    }
    links[nodes.length] = endLink;
    return route(links, r.distance_m);
  }

  /** v5/v6: {@code links} routes list link ids, any other type is teleported (generic). */
  Route resolveV6(RawRoute r, String mode, int actStartLink, int actEndLink) {
    int startLink = r.startLinkId == null ? actStartLink : link(r.startLinkId, r.line, "start_link");
    int endLink = r.endLinkId == null ? actEndLink : link(r.endLinkId, r.line, "end_link");
    if (!"links".equals(r.type)) {
      return new GenericRoute(startLink, endLink, r.distance_m, r.travelTime_s);
    }
    String[] ids = tokens(r.text);
    if (ids.length == 0) {
      if (startLink < 0 || endLink < 0) {
        return null;
      }
      int[] links = startLink == endLink ? new int[] {startLink} : new int[] {startLink, endLink};
      return route(links, r.distance_m);
    }
    int[] links = new int[ids.length];
    for (int i = 0; i < ids.length; i++) {
      links[i] = link(ids[i], r.line, "<route>");
      if (i > 0 && net.toNode(links[i - 1]) != net.fromNode(links[i])) {
        throw new InputException(file, r.line, "links '" + ids[i - 1] + "' and '" + ids[i] + "' in <route> are not connected"
            + " (the first ends at node '" + net.nodeId(net.toNode(links[i - 1])) + "', the second starts at node '"
            + net.nodeId(net.fromNode(links[i])) + "'); fix the route or use the matching network file");
      }
    }
    return route(links, r.distance_m);
  }

  private int link(String id, int line, String where) {
    int l = net.linkIndexOrMinusOne(id);
    if (l < 0) {
      throw new InputException(file, line, "link '" + id + "' in " + where + " is not in the network;"
          + " fix the route or use the matching network file");
    }
    return l;
  }

  /** A network route; its distance is the file's, else the length of all links after the start link. */
  private NetworkRoute route(int[] links, double fileDistance_m) {
    double d = fileDistance_m;
    if (Double.isNaN(d)) {
      d = 0;
      for (int i = 1; i < links.length; i++) {
        d += net.length_m(links[i]);
      }
    }
    return NetworkRoute.of(links, d);
  }

  private static final String[] NONE = new String[0];

  static String[] tokens(CharSequence text) {
    String s = text.toString().trim();
    return s.isEmpty() ? NONE : s.split("\\s+");
  }
}
