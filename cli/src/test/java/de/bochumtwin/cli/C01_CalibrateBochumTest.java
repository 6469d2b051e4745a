package de.bochumtwin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7, must show 3: {@code twin calibrate} on the bundled Bochum scenario (1 % sample, mode choice
 * among walk, bike, pt, car, ride) fits the mode constants to the SrV 2018 split of Bochum residents
 * (walk 24.4, bike 6.7, pt 15.1, car incl. ride 53.7 %): after calibration every group is within 2
 * percentage points, and the report shows the uncalibrated split next to the calibrated one.
 */
class C01_CalibrateBochumTest {
  @TempDir
  Path tmp;

  @Test
  void bochumReachesSrvSplitWithinTwoPoints() throws IOException {
    Path targets = tmp.resolve("modal-split.csv");
    Files.writeString(targets, "mode,share\nwalk,24.4\nbike,6.7\npt,15.1\ncar+ride,53.7\n");
    Path out = tmp.resolve("cal");
    assertEquals(0, TestData.run("calibrate", "--targets", targets.toString(), "--sample", "0.01", "--steps", "20",
        "--iterations", "10", "--threads", "2", "--out", out.toString()));
    List<String> lines = Files.readAllLines(out.resolve("calibration_steps.csv"));
    List<String> head = Arrays.asList(lines.get(0).split(","));
    String[] first = lines.get(1).split(",");
    String[] last = lines.get(lines.size() - 1).split(",");
    Map<String, Double> target = Map.of("walk", 24.4, "bike", 6.7, "pt", 15.1, "car+ride", 53.7);
    Map<String, Double> before = new HashMap<>();
    Map<String, Double> after = new HashMap<>();
    for (String g : target.keySet()) {
      before.put(g, share(head, first, g));
      after.put(g, share(head, last, g));
    }
    System.out.println("SrV split before " + before + " after " + after);
    for (String g : target.keySet()) {
      assertEquals(target.get(g), after.get(g), 2.0, g + ": before " + before + ", after " + after);
    }
    double maxBefore = target.keySet().stream().mapToDouble(g -> Math.abs(before.get(g) - target.get(g))).max().orElseThrow();
    assertTrue(maxBefore > 2.0, "the uncalibrated loop (all constants 0) must be off the survey: " + before);
    String report = Files.readString(out.resolve("calibration_report.md"));
    assertTrue(report.contains("| car+ride | 53.8 |"), "targets normalised to 100 %: " + report);
    assertTrue(Files.size(out.resolve("calibrated_plans.xml.gz")) > 1000);
    assertTrue(Files.readString(out.resolve("calibrated_parameters.csv")).contains("asc_pt,"));
  }

  private static double share(List<String> head, String[] row, String group) {
    double s = 0;
    for (String m : group.split("\\+")) {
      int i = head.indexOf("share_" + m);
      s += i < 0 ? 0 : Double.parseDouble(row[i]);
    }
    return 100 * s;
  }
}
