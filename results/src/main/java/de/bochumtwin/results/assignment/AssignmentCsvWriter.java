package de.bochumtwin.results.assignment;

import de.bochumtwin.core.assignment.ConvergenceHistory;
import de.bochumtwin.core.assignment.LinkFlowTable;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes assignment tables as plain CSV (comma separated, header line, no quoting needed). */
public final class AssignmentCsvWriter {
  private AssignmentCsvWriter() {
  }

  /**
   * One row per link in network order: {@code from_node,to_node,volume,cost} where cost is the BPR
   * travel time at the volume (the column TNTP's {@code _flow.tntp} files call Cost).
   */
  public static void writeFlows(Path file, LinkFlowTable t) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("from_node,to_node,volume,cost\n");
      StringBuilder sb = new StringBuilder(64);
      for (int r = 0; r < t.size(); r++) {
        sb.setLength(0);
        sb.append(t.fromNodeId(r)).append(',').append(t.toNodeId(r)).append(',')
            .append(t.volume(r)).append(',').append(t.cost(r)).append('\n');
        w.write(sb.toString());
      }
    }
  }

  /** One row per iteration: {@code iteration,relative_gap,objective,wall_time_s}. */
  public static void writeConvergence(Path file, ConvergenceHistory h) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("iteration,relative_gap,objective,wall_time_s\n");
      for (int i = 0; i < h.size(); i++) {
        w.write(h.iteration(i) + "," + h.relativeGap(i) + "," + h.objective(i) + "," + h.wallTime_s(i) + "\n");
      }
    }
  }
}
