package de.bochumtwin.scenarios.tntp;

import de.bochumtwin.core.assignment.AssignmentNetwork;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * Reads a TNTP network file ({@code <name>_net.tntp}) into an {@link AssignmentNetwork}.
 *
 * <p>Columns (whitespace separated, line ends with {@code ;}): init node, term node, capacity,
 * length, free-flow time, B (BPR alpha), power (BPR beta), speed (ignored, as in TNTP's published
 * results), toll, link type. Toll and link type may be missing (then 0 and 1). Node ids are the
 * integers {@code 1..max(<NUMBER OF NODES>, largest id used)}; node {@code i} gets id string
 * {@code "i"}. Zones are nodes {@code 1..<NUMBER OF ZONES>}; nodes with id below
 * {@code <FIRST THRU NODE>} are not through nodes. Optional metadata {@code <TOLL FACTOR>} and
 * {@code <DISTANCE FACTOR>} set the generalized-cost weights (default 0).
 */
public final class TntpNetworkReader {
  private TntpNetworkReader() {
  }

  /**
   * @throws TntpFormatException naming file and line on malformed content
   * @throws UncheckedIOException when the file cannot be read
   */
  public static AssignmentNetwork read(Path file) {
    try (BufferedReader in = TntpLines.open(file)) {
      return parse(in, file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static AssignmentNetwork parse(BufferedReader in, Path file) throws IOException {
    Map<String, String> meta = TntpLines.newMetadata();
    int lineNo = TntpLines.readMetadata(in, file, meta);
    int zones = TntpLines.intMeta(meta, "NUMBER OF ZONES", -1, file);
    int declaredNodes = TntpLines.intMeta(meta, "NUMBER OF NODES", 0, file);
    int firstThru = TntpLines.intMeta(meta, "FIRST THRU NODE", 1, file);
    int declaredLinks = TntpLines.intMeta(meta, "NUMBER OF LINKS", -1, file);
    double tollFactor = TntpLines.doubleMeta(meta, "TOLL FACTOR", 0, file);
    double distanceFactor = TntpLines.doubleMeta(meta, "DISTANCE FACTOR", 0, file);
    if (zones < 1) {
      throw new TntpFormatException(file, 0, "missing or non-positive <NUMBER OF ZONES> in the metadata header; add it");
    }

    int cap = 1024;
    int[] from = new int[cap];
    int[] to = new int[cap];
    double[][] v = new double[7][cap];
    int[] type = new int[cap];
    int[] lineOf = new int[cap];
    int n = 0;
    int maxNode = 0;
    String line;
    while ((line = in.readLine()) != null) {
      lineNo++;
      String t = line.trim();
      if (TntpLines.isSkippable(t)) {
        continue;
      }
      String[] f = TntpLines.fields(t);
      if (f.length == 0) {
        continue;
      }
      if (f.length < 7) {
        throw new TntpFormatException(file, lineNo, "a link line needs at least 7 fields (init node, term node, capacity, "
            + "length, free flow time, b, power), got " + f.length + ": '" + TntpLines.abbreviate(t) + "'");
      }
      if (n == cap) {
        cap *= 2;
        from = Arrays.copyOf(from, cap);
        to = Arrays.copyOf(to, cap);
        type = Arrays.copyOf(type, cap);
        lineOf = Arrays.copyOf(lineOf, cap);
        for (int k = 0; k < v.length; k++) {
          v[k] = Arrays.copyOf(v[k], cap);
        }
      }
      from[n] = nodeId(f[0], file, lineNo, "init node");
      to[n] = nodeId(f[1], file, lineNo, "term node");
      v[0][n] = TntpLines.parseNumber(f[2], file, lineNo, "capacity");
      v[1][n] = TntpLines.parseNumber(f[3], file, lineNo, "length");
      v[2][n] = TntpLines.parseNumber(f[4], file, lineNo, "free flow time");
      v[3][n] = TntpLines.parseNumber(f[5], file, lineNo, "b");
      v[4][n] = TntpLines.parseNumber(f[6], file, lineNo, "power");
      v[5][n] = f.length > 8 ? TntpLines.parseNumber(f[8], file, lineNo, "toll") : 0;
      type[n] = f.length > 9 ? (int) TntpLines.parseId(f[9], file, lineNo, "link type") : 1;
      lineOf[n] = lineNo;
      maxNode = Math.max(maxNode, Math.max(from[n], to[n]));
      n++;
    }
    if (declaredLinks >= 0 && declaredLinks != n) {
      throw new TntpFormatException(file, lineNo, "<NUMBER OF LINKS> says " + declaredLinks + " but the file has " + n
          + " link lines; the file is truncated or the header is wrong");
    }
    int nodes = Math.max(declaredNodes, Math.max(maxNode, zones));
    AssignmentNetwork.Builder b = AssignmentNetwork.builder().withCostWeights(tollFactor, distanceFactor);
    for (int id = 1; id <= nodes; id++) {
      b.addNode(Integer.toString(id), id >= firstThru);
    }
    for (int z = 0; z < zones; z++) {
      b.addZone(z);
    }
    for (int i = 0; i < n; i++) {
      try {
        b.addLink(from[i] - 1, to[i] - 1, v[0][i], v[1][i], v[2][i], v[3][i], v[4][i], v[5][i], type[i]);
      } catch (IllegalArgumentException e) {
        throw new TntpFormatException(file, lineOf[i], "link " + from[i] + " -> " + to[i] + ": " + e.getMessage());
      }
    }
    return b.build();
  }

  private static int nodeId(String s, Path file, int line, String what) {
    long id = TntpLines.parseId(s, file, line, what);
    if (id < 1) {
      throw new TntpFormatException(file, line, what + " must be >= 1 (TNTP node ids are 1-based), got " + s);
    }
    return (int) id;
  }
}
