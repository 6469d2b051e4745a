package de.bochumtwin.scenarios.synthetic;

import de.bochumtwin.core.network.Network;
import de.bochumtwin.core.population.NetworkRoute;

/**
 * Builds car routes on the grid by index arithmetic instead of a general shortest-path search.
 *
 * <p>The vehicle leaves the start link at its to-node {@code a} and must reach the end link's from-node
 * {@code b}. Between them it drives a monotone staircase of at most three straight segments, chosen
 * to use an arterial where one is on the way:
 * <ol>
 *   <li>if an arterial row lies between the rows of {@code a} and {@code b} (inclusive), take the one
 *       nearest to {@code a}: north/south along a's column to it, east/west along it, then north/south
 *       along b's column;</li>
 *   <li>else, if an arterial column lies between their columns, the same with rows and columns swapped;</li>
 *   <li>else an L: east/west along a's row, then north/south along b's column.</li>
 * </ol>
 * Every variant has the Manhattan length |row(a) - row(b)| + |col(a) - col(b)| segments, so routes
 * are shortest in distance (not necessarily in free-flow time; the ring road is used only where it lies
 * on the staircase). Because each segment is monotone the route never repeats a link; it may start
 * with a U-turn onto the reverse of the start link, which the queue model allows.
 */
final class GridRouteBuilder {
  private final SyntheticGrid grid;
  private final Network network;
  private final int arterialEvery;

  GridRouteBuilder(SyntheticGrid grid, int arterialEvery) {
    this.grid = grid;
    this.network = grid.network();
    this.arterialEvery = arterialEvery;
  }

  /**
   * The route from {@code startLink} to {@code endLink}, both included, with MATSim's distance: the
   * lengths of all links after the start link. The links must differ.
   */
  NetworkRoute route(int startLink, int endLink) {
    int a = network.toNode(startLink);
    int b = network.fromNode(endLink);
    int r1 = grid.row(a);
    int c1 = grid.col(a);
    int r2 = grid.row(b);
    int c2 = grid.col(b);
    int[] links = new int[2 + Math.abs(r2 - r1) + Math.abs(c2 - c1)];
    links[0] = startLink;
    int pos = 1;
    int ra = arterialBetween(r1, r2);
    if (ra >= 0) {
      pos = alongColumn(links, pos, c1, r1, ra);
      pos = alongRow(links, pos, ra, c1, c2);
      pos = alongColumn(links, pos, c2, ra, r2);
    } else {
      int ca = arterialBetween(c1, c2);
      if (ca >= 0) {
        pos = alongRow(links, pos, r1, c1, ca);
        pos = alongColumn(links, pos, ca, r1, r2);
        pos = alongRow(links, pos, r2, ca, c2);
      } else {
        pos = alongRow(links, pos, r1, c1, c2);
        pos = alongColumn(links, pos, c2, r1, r2);
      }
    }
    links[pos] = endLink;
    double distance_m = 0;
    for (int i = 1; i < links.length; i++) {
      distance_m += network.length_m(links[i]);
    }
    return NetworkRoute.of(links, distance_m);
  }

  /** The arterial line index in [min(from, to), max(from, to)] nearest to {@code from}, or -1. */
  int arterialBetween(int from, int to) {
    int k = arterialEvery;
    int candidate = to >= from ? ((from + k - 1) / k) * k : (from / k) * k;
    boolean inRange = to >= from ? candidate <= to : candidate >= to;
    return inRange ? candidate : -1;
  }

  private int alongRow(int[] links, int pos, int row, int fromCol, int toCol) {
    int dir = toCol > fromCol ? SyntheticGrid.EAST : SyntheticGrid.WEST;
    int step = toCol > fromCol ? 1 : -1;
    for (int col = fromCol; col != toCol; col += step) {
      links[pos++] = grid.outLink(grid.node(row, col), dir);
    }
    return pos;
  }

  private int alongColumn(int[] links, int pos, int col, int fromRow, int toRow) {
    int dir = toRow > fromRow ? SyntheticGrid.NORTH : SyntheticGrid.SOUTH;
    int step = toRow > fromRow ? 1 : -1;
    for (int row = fromRow; row != toRow; row += step) {
      links[pos++] = grid.outLink(grid.node(row, col), dir);
    }
    return pos;
  }
}
