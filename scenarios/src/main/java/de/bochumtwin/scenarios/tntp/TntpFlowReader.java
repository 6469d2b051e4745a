package de.bochumtwin.scenarios.tntp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads a TNTP flow file ({@code From To Volume Cost} per line, tab or space separated, optional
 * {@code ;} line ends and {@code :} separators, header and {@code ~} comment lines skipped).
 */
public final class TntpFlowReader {
  private TntpFlowReader() {
  }

  public static TntpFlows read(Path file) {
    try (BufferedReader in = TntpLines.open(file)) {
      int cap = 256;
      int[] from = new int[cap];
      int[] to = new int[cap];
      double[] vol = new double[cap];
      double[] cost = new double[cap];
      int n = 0;
      int lineNo = 0;
      String line;
      while ((line = in.readLine()) != null) {
        lineNo++;
        String t = line.trim();
        if (TntpLines.isSkippable(t) || t.charAt(0) == '<') {
          continue;
        }
        String[] f = TntpLines.fields(t.replace(':', ' '));
        if (f.length == 0 || !Character.isDigit(f[0].charAt(0))) {
          continue; // the column header line
        }
        if (f.length < 3) {
          throw new TntpFormatException(file, lineNo, "a flow line needs 'from to volume [cost]', got '"
              + TntpLines.abbreviate(t) + "'");
        }
        if (n == cap) {
          cap *= 2;
          from = Arrays.copyOf(from, cap);
          to = Arrays.copyOf(to, cap);
          vol = Arrays.copyOf(vol, cap);
          cost = Arrays.copyOf(cost, cap);
        }
        from[n] = (int) TntpLines.parseId(f[0], file, lineNo, "from node");
        to[n] = (int) TntpLines.parseId(f[1], file, lineNo, "to node");
        vol[n] = TntpLines.parseNumber(f[2], file, lineNo, "volume");
        cost[n] = f.length > 3 ? TntpLines.parseNumber(f[3], file, lineNo, "cost") : Double.NaN;
        n++;
      }
      return TntpFlows.of(n, from, to, vol, cost);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
