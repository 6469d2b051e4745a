package de.bochumtwin.scenarios.tntp;

import de.bochumtwin.core.assignment.OdMatrix;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Reads a TNTP trip table ({@code <name>_trips.tntp}) into an {@link OdMatrix} whose zone index is
 * the TNTP zone number minus 1.
 *
 * <p>After the metadata header, {@code Origin o} starts the block of origin {@code o}; it is
 * followed by {@code d : volume;} pairs, any number per line (spaces around {@code :} optional).
 * Repeated pairs are summed; zero and intrazonal volumes are dropped.
 */
public final class TntpTripsReader {
  private TntpTripsReader() {
  }

  /**
   * @param expectedZones zone count of the network, or -1 to trust the file's {@code <NUMBER OF ZONES>}
   * @throws TntpFormatException naming file and line on malformed content or zone numbers out of range
   */
  public static OdMatrix read(Path file, int expectedZones) {
    try (BufferedReader in = TntpLines.open(file)) {
      return parse(in, file, expectedZones);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static OdMatrix parse(BufferedReader in, Path file, int expectedZones) throws IOException {
    Map<String, String> meta = TntpLines.newMetadata();
    int lineNo = TntpLines.readMetadata(in, file, meta);
    int zones = TntpLines.intMeta(meta, "NUMBER OF ZONES", -1, file);
    if (expectedZones > 0 && zones > 0 && zones != expectedZones) {
      throw new TntpFormatException(file, 0, "<NUMBER OF ZONES> is " + zones + " but the network has " + expectedZones
          + " zones; use the trips file of the same network");
    }
    if (zones < 1) {
      zones = expectedZones;
    }
    if (zones < 1) {
      throw new TntpFormatException(file, 0, "missing <NUMBER OF ZONES> in the metadata header; add it");
    }
    OdMatrix.Builder b = OdMatrix.builder(zones);
    int origin = -1;
    String line;
    while ((line = in.readLine()) != null) {
      lineNo++;
      String t = line.trim();
      if (TntpLines.isSkippable(t)) {
        continue;
      }
      if (t.regionMatches(true, 0, "Origin", 0, 6)) {
        String[] f = t.substring(6).trim().split("[\\s;]+");
        if (f.length == 0 || f[0].isEmpty()) {
          throw new TntpFormatException(file, lineNo, "'Origin' without a zone number");
        }
        origin = zone(f[0], zones, file, lineNo, "origin");
        continue;
      }
      if (origin < 0) {
        throw new TntpFormatException(file, lineNo, "demand before the first 'Origin <zone>' line: '"
            + TntpLines.abbreviate(t) + "'");
      }
      for (String pair : t.split(";")) {
        String p = pair.trim();
        if (p.isEmpty()) {
          continue;
        }
        int colon = p.indexOf(':');
        if (colon < 0) {
          throw new TntpFormatException(file, lineNo, "expected 'destination : volume', got '" + TntpLines.abbreviate(p) + "'");
        }
        int dest = zone(p.substring(0, colon).trim(), zones, file, lineNo, "destination");
        double vol = TntpLines.parseNumber(p.substring(colon + 1).trim(), file, lineNo, "OD volume");
        if (vol < 0) {
          throw new TntpFormatException(file, lineNo, "OD volume must be >= 0, got " + vol);
        }
        b.add(origin, dest, vol);
      }
    }
    return b.build();
  }

  private static int zone(String s, int zones, Path file, int line, String what) {
    long z = TntpLines.parseId(s, file, line, what + " zone");
    if (z < 1 || z > zones) {
      throw new TntpFormatException(file, line, what + " zone " + s + " is outside 1.." + zones + " (<NUMBER OF ZONES>)");
    }
    return (int) z - 1;
  }
}
