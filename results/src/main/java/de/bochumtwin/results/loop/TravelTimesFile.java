package de.bochumtwin.results.loop;

import de.bochumtwin.core.network.Network;
import de.bochumtwin.core.router.BinnedTravelTimes;
import de.bochumtwin.core.router.FreespeedTravelTimes;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Saves the router's binned travel times in a small binary file for checkpoints, exactly (float bits):
 * header "TWTT", version, bin size, bin count, link count; then per link a flag and, for links with
 * data, binCount floats. A resumed run re-routes with bit-identical travel times.
 */
public final class TravelTimesFile {
  private static final int MAGIC = 0x54575454; // "TWTT"
  private static final int VERSION = 1;

  private TravelTimesFile() {}

  public static void write(Path file, BinnedTravelTimes tt, Network net) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
      out.writeInt(MAGIC);
      out.writeInt(VERSION);
      out.writeInt(tt.binSize_s());
      out.writeInt(tt.binCount());
      out.writeInt(net.linkCount());
      for (int l = 0; l < net.linkCount(); l++) {
        boolean has = tt.hasData(l);
        out.writeBoolean(has);
        if (has) {
          for (int b = 0; b < tt.binCount(); b++) {
            out.writeFloat((float) tt.binTravelTime_s(l, b));
          }
        }
      }
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  public static BinnedTravelTimes read(Path file, Network net) throws IOException {
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      if (in.readInt() != MAGIC || in.readInt() != VERSION) {
        throw new IOException(file + " is not a twin travel-times checkpoint (version " + VERSION + ")");
      }
      int binSize = in.readInt();
      int bins = in.readInt();
      int links = in.readInt();
      if (links != net.linkCount()) {
        throw new IOException(file + " has " + links + " links but the network has " + net.linkCount()
            + "; resume with the same network");
      }
      float[][] avg = new float[links][];
      for (int l = 0; l < links; l++) {
        if (in.readBoolean()) {
          avg[l] = new float[bins];
          for (int b = 0; b < bins; b++) {
            avg[l][b] = in.readFloat();
          }
        }
      }
      return BinnedTravelTimes.of(binSize, bins, avg, FreespeedTravelTimes.exact(net)); // as TravelTimeRecorder.snapshot()
    }
  }
}
