package de.bochumtwin.scenarios.tntp;

import de.bochumtwin.core.assignment.AssignmentNetwork;
import de.bochumtwin.core.assignment.OdMatrix;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an OD matrix CSV with a header naming the columns {@code origin,destination,volume} (any
 * order, extra columns ignored, comma separated, no quoting needed for ids). Origins and
 * destinations are zone ids: the node id of the zone's node in the network (TNTP: the zone number;
 * a converted MATSim network: the node id). Volumes are vehicles per assignment period.
 */
public final class OdMatrixCsvReader {
  private OdMatrixCsvReader() {
  }

  public static OdMatrix read(Path file, AssignmentNetwork network) {
    Map<String, Integer> zoneById = new HashMap<>();
    for (int z = 0; z < network.zoneCount(); z++) {
      zoneById.putIfAbsent(network.nodeId(network.zoneNode(z)), z);
    }
    try (BufferedReader in = TntpLines.open(file)) {
      String header = in.readLine();
      if (header == null) {
        throw new TntpFormatException(file, 1, "empty file; expected the header 'origin,destination,volume'");
      }
      String[] h = split(header.replace("\uFEFF", ""));
      int oc = column(h, "origin", file);
      int dc = column(h, "destination", file);
      int vc = column(h, "volume", file);
      int need = Math.max(oc, Math.max(dc, vc)) + 1;
      OdMatrix.Builder b = OdMatrix.builder(network.zoneCount());
      int lineNo = 1;
      String line;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        String[] f = split(line);
        if (f.length < need) {
          throw new TntpFormatException(file, lineNo, "expected at least " + need + " columns, got " + f.length);
        }
        int o = zone(zoneById, f[oc], file, lineNo, "origin");
        int d = zone(zoneById, f[dc], file, lineNo, "destination");
        double v = TntpLines.parseNumber(f[vc], file, lineNo, "volume");
        if (v < 0) {
          throw new TntpFormatException(file, lineNo, "volume must be >= 0, got " + f[vc]);
        }
        b.add(o, d, v);
      }
      return b.build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static String[] split(String line) {
    String[] f = line.split(",", -1);
    for (int i = 0; i < f.length; i++) {
      f[i] = f[i].trim();
    }
    return f;
  }

  private static int column(String[] header, String name, Path file) {
    for (int i = 0; i < header.length; i++) {
      if (header[i].toLowerCase(Locale.ROOT).equals(name)) {
        return i;
      }
    }
    throw new TntpFormatException(file, 1, "header has no column '" + name + "'; expected 'origin,destination,volume'");
  }

  private static int zone(Map<String, Integer> zoneById, String id, Path file, int line, String what) {
    Integer z = zoneById.get(id);
    if (z == null) {
      throw new TntpFormatException(file, line, what + " '" + id + "' is not a zone of the network; use the node id of a zone");
    }
    return z;
  }
}
