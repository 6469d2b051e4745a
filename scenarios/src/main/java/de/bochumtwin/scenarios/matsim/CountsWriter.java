package de.bochumtwin.scenarios.matsim;

import static de.bochumtwin.scenarios.io.XmlOutput.attr;

import de.bochumtwin.core.counts.CountStation;
import de.bochumtwin.core.counts.Counts;
import de.bochumtwin.core.network.Network;
import de.bochumtwin.scenarios.io.AtomicOutput;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;

/** Writes {@link Counts} as a MATSim counts v1 file, atomically; hours without a value are left out. */
public final class CountsWriter {
  private CountsWriter() {}

  public static void write(Counts counts, Network net, Path file) throws IOException {
    AtomicOutput.write(file, w -> write(counts, net, w));
  }

  static void write(Counts counts, Network net, Writer w) throws IOException {
    w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    w.write("<counts xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
        + " xsi:noNamespaceSchemaLocation=\"http://matsim.org/files/dtd/counts_v1.xsd\"");
    attr(w, "name", counts.name() == null ? "" : counts.name());
    if (counts.description() != null) {
      attr(w, "desc", counts.description());
    }
    attr(w, "year", Integer.toString(counts.year()));
    w.write(">\n");
    for (CountStation s : counts.stations()) {
      w.write("  <count");
      attr(w, "loc_id", net.linkId(s.linkIndex()));
      attr(w, "cs_id", s.stationId());
      if (s.hasCoord()) {
        attr(w, "x", s.x_m());
        attr(w, "y", s.y_m());
      }
      w.write(">\n");
      for (int h = 0; h < CountStation.HOURS; h++) {
        if (s.hasVolume(h)) {
          w.write("    <volume");
          attr(w, "h", Integer.toString(h + 1));
          attr(w, "val", s.volume_vph(h));
          w.write("/>\n");
        }
      }
      w.write("  </count>\n");
    }
    w.write("</counts>\n");
  }
}
