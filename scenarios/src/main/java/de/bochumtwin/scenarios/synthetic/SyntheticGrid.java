package de.bochumtwin.scenarios.synthetic;

import de.bochumtwin.core.network.Network;
import de.bochumtwin.core.network.NetworkBuilder;
import java.util.Arrays;
import java.util.List;

/**
 * The street grid of a synthetic city: builds the core {@link Network} and keeps the one lookup the
 * route builder needs, the out-link of every node in each of the four directions.
 *
 * <p>Node {@code row * N + col} has id {@code n<row>_<col>} at easting {@code originX + col * spacing}
 * and northing {@code originY + row * spacing} (rows grow northwards). Its links are added in the
 * order east, north, west, south, node by node, so link indices depend only on the spec. A link's id
 * is {@code <fromNodeId>-<toNodeId>}, unique because the grid has one link per ordered node pair.
 */
final class SyntheticGrid {
  static final int EAST = 0;
  static final int NORTH = 1;
  static final int WEST = 2;
  static final int SOUTH = 3;
  private static final int[] D_ROW = {0, 1, 0, -1};
  private static final int[] D_COL = {1, 0, -1, 0};

  static final String LOCAL = "local";
  static final String ARTERIAL = "arterial";
  static final String RING = "ring";
  private static final List<String> CAR_ONLY = List.of("car");

  private final int n;
  private final Network network;
  /** {@code outLink[node * 4 + direction]}: the link leaving the node that way, or -1 at the border. */
  private final int[] outLink;

  private SyntheticGrid(int n, Network network, int[] outLink) {
    this.n = n;
    this.network = network;
    this.outLink = outLink;
  }

  static SyntheticGrid build(SyntheticCitySpec spec) {
    int n = spec.gridSize();
    NetworkBuilder b = new NetworkBuilder().withName("synthetic-grid-" + n + "x" + n).withCrs(SyntheticCity.CRS);
    String[] nodeIds = new String[n * n];
    for (int row = 0; row < n; row++) {
      for (int col = 0; col < n; col++) {
        int node = row * n + col;
        nodeIds[node] = "n" + row + "_" + col;
        double x = spec.originX_m() + col * spec.spacing_m();
        double y = spec.originY_m() + row * spec.spacing_m();
        if (b.addNode(nodeIds[node], x, y) != node) {
          throw new IllegalStateException("node index of " + nodeIds[node] + " is not row * N + col");
        }
      }
    }
    int[] outLink = new int[n * n * 4];
    Arrays.fill(outLink, -1);
    double local_mps = 30 / 3.6;
    double arterial_mps = 50 / 3.6;
    double ring_mps = spec.ringSpeed_kmh() / 3.6;
    for (int row = 0; row < n; row++) {
      for (int col = 0; col < n; col++) {
        int from = row * n + col;
        for (int dir = 0; dir < 4; dir++) {
          int r2 = row + D_ROW[dir];
          int c2 = col + D_COL[dir];
          if (r2 < 0 || r2 >= n || c2 < 0 || c2 >= n) {
            continue;
          }
          int to = r2 * n + c2;
          String id = nodeIds[from] + "-" + nodeIds[to];
          String type = streetType(spec, row, col, r2, c2);
          double length = spec.spacing_m();
          int link = switch (type) {
            case RING -> b.addLink(id, nodeIds[from], nodeIds[to], length, ring_mps, 3000, 2, CAR_ONLY, RING, null);
            case ARTERIAL -> b.addLink(id, nodeIds[from], nodeIds[to], length, arterial_mps, 1800, 2, CAR_ONLY, ARTERIAL, null);
            default -> b.addLink(id, nodeIds[from], nodeIds[to], length, local_mps, 600, 1, CAR_ONLY, LOCAL, null);
          };
          outLink[from * 4 + dir] = link;
        }
      }
    }
    return new SyntheticGrid(n, b.build(), outLink);
  }

  /**
   * The type of the street segment between (row, col) and (r2, c2): ring when the segment lies on the
   * ring square, else arterial when its row (for east-west segments) or column (north-south) is a
   * multiple of {@code arterialEvery}, else local.
   */
  static String streetType(SyntheticCitySpec spec, int row, int col, int r2, int c2) {
    boolean eastWest = row == r2;
    int line = eastWest ? row : col;
    int along1 = eastWest ? col : row;
    int along2 = eastWest ? c2 : r2;
    if (spec.ringRoad()) {
      int lo = spec.ringInset();
      int hi = spec.gridSize() - 1 - spec.ringInset();
      if ((line == lo || line == hi) && Math.min(along1, along2) >= lo && Math.max(along1, along2) <= hi) {
        return RING;
      }
    }
    return line % spec.arterialEvery() == 0 ? ARTERIAL : LOCAL;
  }

  Network network() {
    return network;
  }

  int size() {
    return n;
  }

  int node(int row, int col) {
    return row * n + col;
  }

  int row(int node) {
    return node / n;
  }

  int col(int node) {
    return node % n;
  }

  /** The link leaving {@code node} in {@code direction}, or -1 when the node is on that border. */
  int outLink(int node, int direction) {
    return outLink[node * 4 + direction];
  }
}
