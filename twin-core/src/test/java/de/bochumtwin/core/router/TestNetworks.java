package de.bochumtwin.core.router;

import de.bochumtwin.core.network.Network;
import de.bochumtwin.core.network.NetworkBuilder;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** Test networks: tiny ones from a text block, and seeded random grids. */
final class TestNetworks {
  private TestNetworks() {}

  /**
   * Parses lines {@code node <id> <x_m> <y_m>} and {@code link <id> <from> <to> <length_m> <freespeed_mps>
   * <modes,comma,separated>}; blank lines and {@code #} comments are ignored.
   */
  static Network parse(String text) {
    NetworkBuilder b = new NetworkBuilder().withName("test");
    for (String raw : text.split("\n")) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\\s+");
      switch (f[0]) {
        case "node" -> b.addNode(f[1], Double.parseDouble(f[2]), Double.parseDouble(f[3]));
        case "link" -> b.addLink(f[1], f[2], f[3], Double.parseDouble(f[4]), Double.parseDouble(f[5]), 1800, 1,
            Arrays.asList(f[6].split(",")), null, null);
        default -> throw new IllegalArgumentException("bad test network line: " + line);
      }
    }
    return b.build();
  }

  /**
   * A grid of {@code rows x cols} nodes about 200 m apart (jittered), links in both directions with
   * random lengths (1.0-1.5 x the distance) and speeds (30/50/80 km/h). About 8 % of the link pairs
   * are missing, and about 5 % of the links allow only {@code bike}; all others allow {@code car,bike}.
   */
  static Network randomGrid(long seed, int rows, int cols) {
    SplittableRandom rnd = new SplittableRandom(seed);
    NetworkBuilder b = new NetworkBuilder().withName("grid-" + seed);
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        b.addNode(r + "_" + c, c * 200.0 + rnd.nextDouble(-40, 40), r * 200.0 + rnd.nextDouble(-40, 40));
      }
    }
    double[] speeds = {30 / 3.6, 50 / 3.6, 80 / 3.6};
    int id = 0;
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        for (int dir = 0; dir < 2; dir++) {
          int r2 = dir == 0 ? r : r + 1;
          int c2 = dir == 0 ? c + 1 : c;
          if (r2 >= rows || c2 >= cols || rnd.nextDouble() < 0.08) {
            continue;
          }
          String a = r + "_" + c;
          String z = r2 + "_" + c2;
          for (int way = 0; way < 2; way++) {
            double len = 200.0 * rnd.nextDouble(1.0, 1.5);
            List<String> modes = rnd.nextDouble() < 0.05 ? List.of("bike") : List.of("car", "bike");
            b.addLink("l" + id++, way == 0 ? a : z, way == 0 ? z : a, len, speeds[rnd.nextInt(3)], 1800, 1, modes, null, null);
          }
        }
      }
    }
    return b.build();
  }

  /**
   * Random measured travel times: about half of the links get data, each of {@code bins} 15-minute
   * bins with probability 0.7 a value of 1-4 x the exact free-flow time (never below it, as in the
   * mobsim), the rest falls back to free flow.
   */
  static BinnedTravelTimes randomBinned(Network net, long seed, int bins) {
    SplittableRandom rnd = new SplittableRandom(seed);
    FreespeedTravelTimes free = FreespeedTravelTimes.exact(net);
    float[][] avg = new float[net.linkCount()][];
    for (int l = 0; l < avg.length; l++) {
      if (rnd.nextBoolean()) {
        continue;
      }
      avg[l] = new float[bins];
      for (int k = 0; k < bins; k++) {
        avg[l][k] = rnd.nextDouble() < 0.7 ? (float) (free.travelTime_s(l, 0) * rnd.nextDouble(1.0, 4.0)) : Float.NaN;
      }
    }
    return BinnedTravelTimes.of(900, bins, avg, free);
  }
}
