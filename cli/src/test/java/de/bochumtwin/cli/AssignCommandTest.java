package de.bochumtwin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AssignCommandTest {
  private static final Path TNTP = Path.of(System.getProperty("twin.shared.data", "../../shared/data"), "tntp");

  private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();

  private int run(String... args) {
    PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
    return new CommandLine(new AssignCommand(err)).execute(args);
  }

  private String err() {
    return errBytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void siouxFallsWritesFlowsWithinHalfAPercentOfBestKnown(@TempDir Path out) throws Exception {
    Path sf = TNTP.resolve("SiouxFalls");
    Assumptions.assumeTrue(Files.isDirectory(sf), "shared data not found at " + sf + ": skipping");
    int code = run("--network", sf.resolve("SiouxFalls_net.tntp").toString(),
        "--demand", sf.resolve("SiouxFalls_trips.tntp").toString(), "--gap", "1e-6", "--threads", "2",
        "--out", out.toString());
    assertEquals(0, code, err());
    assertTrue(err().contains("converged after"), err());

    Map<String, Double> best = new HashMap<>();
    for (String line : Files.readAllLines(sf.resolve("SiouxFalls_flow.tntp"))) {
      String[] f = line.trim().split("\\s+");
      if (f.length >= 3 && Character.isDigit(f[0].charAt(0))) {
        best.put(f[0] + "-" + f[1], Double.parseDouble(f[2]));
      }
    }
    List<String> flows = Files.readAllLines(out.resolve("flows.csv"));
    assertEquals("from_node,to_node,volume,cost", flows.get(0));
    assertEquals(77, flows.size());
    for (String line : flows.subList(1, flows.size())) {
      String[] f = line.split(",");
      double ref = best.get(f[0] + "-" + f[1]);
      assertEquals(ref, Double.parseDouble(f[2]), 0.005 * ref, line);
    }
    List<String> conv = Files.readAllLines(out.resolve("convergence.csv"));
    assertEquals("iteration,relative_gap,objective,wall_time_s", conv.get(0));
    double lastGap = Double.parseDouble(conv.get(conv.size() - 1).split(",")[1]);
    assertTrue(lastGap <= 1e-6, "last gap " + lastGap);
    BufferedImage png = ImageIO.read(out.resolve("convergence.png").toFile());
    assertEquals(900, png.getWidth());
  }

  @Test
  void braessExampleGivesTheParadoxFlows(@TempDir Path out) throws Exception {
    Path br = TNTP.resolve("Braess-Example");
    Assumptions.assumeTrue(Files.isDirectory(br), "shared data not found at " + br + ": skipping");
    int code = run("--network", br.resolve("Braess_net.tntp").toString(),
        "--demand", br.resolve("Braess_trips.tntp").toString(), "--algorithm", "bfw", "--gap", "1e-10",
        "--out", out.toString());
    assertEquals(0, code, err());
    // 2 vehicles on each of the three routes: link flows 4, 2, 2, 2, 4 (see TwoRouteEquilibriumTest)
    List<String> flows = Files.readAllLines(out.resolve("flows.csv"));
    double[] expected = {4, 2, 2, 2, 4};
    for (int i = 0; i < 5; i++) {
      assertEquals(expected[i], Double.parseDouble(flows.get(i + 1).split(",")[2]), 1e-4, flows.get(i + 1));
    }
  }

  @Test
  void odCsvDemandOnATntpNetwork(@TempDir Path dir) throws Exception {
    Path net = dir.resolve("two_net.tntp");
    Files.writeString(net, String.join("\n",
        "<NUMBER OF ZONES> 2", "<NUMBER OF NODES> 2", "<FIRST THRU NODE> 1", "<NUMBER OF LINKS> 2",
        "<END OF METADATA>", "~ init term cap len fft b power speed toll type ;",
        "1 2 100 1 10 1 1 0 0 1 ;", "1 2 300 1 15 1 1 0 0 1 ;", ""));
    Path od = dir.resolve("od.csv");
    Files.writeString(od, "origin,destination,volume\n1,2,1000\n");
    int code = run("--network", net.toString(), "--demand", od.toString(), "--gap", "1e-10", "--out", dir.resolve("o").toString());
    assertEquals(0, code, err());
    // t1 = 10 + 0.1 x1 = t2 = 15 + 0.05 x2, x1 + x2 = 1000: x1 = 366.667
    String row = Files.readAllLines(dir.resolve("o/flows.csv")).get(1);
    assertEquals(1100.0 / 3, Double.parseDouble(row.split(",")[2]), 1e-5, row);
  }

  @Test
  void malformedLinkLineIsExitCode2WithFileAndLine(@TempDir Path dir) throws Exception {
    Path net = dir.resolve("bad_net.tntp");
    Files.writeString(net, "<NUMBER OF ZONES> 1\n<END OF METADATA>\n1 2 100 ;\n");
    Path trips = dir.resolve("bad_trips.tntp");
    Files.writeString(trips, "<NUMBER OF ZONES> 1\n<END OF METADATA>\nOrigin 1\n1 : 0;\n");
    int code = run("--network", net.toString(), "--demand", trips.toString(), "--out", dir.resolve("o").toString());
    assertEquals(2, code);
    assertTrue(err().contains(net + ":3: a link line needs at least 7 fields"), err());
  }

  @Test
  void unknownAlgorithmIsExitCode2(@TempDir Path dir) {
    int code = run("--network", "x_net.tntp", "--demand", "x_trips.tntp", "--algorithm", "msa", "--out", dir.toString());
    assertEquals(2, code);
    assertTrue(err().contains("unknown algorithm 'msa'; use fw, cfw, bfw or path-based"), err());
  }

  /** The command is reachable as {@code twin assign} and writes flows.parquet with the same totals as flows.csv. */
  @org.junit.jupiter.api.Test
  void twinAssignWritesFlowsParquet(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
    java.nio.file.Path dir = TestData.shared("tntp/SiouxFalls");
    java.nio.file.Path out = tmp.resolve("sf");
    org.junit.jupiter.api.Assertions.assertEquals(0, TwinCommand.execute("assign", "--network", dir.resolve("SiouxFalls_net.tntp").toString(),
        "--demand", dir.resolve("SiouxFalls_trips.tntp").toString(), "--algorithm", "path-based", "--out", out.toString()));
    double csv = java.nio.file.Files.readAllLines(out.resolve("flows.csv")).stream().skip(1)
        .mapToDouble(l -> Double.parseDouble(l.split(",")[2])).sum();
    double pq = Double.parseDouble(TestData.one("SELECT sum(volume) FROM read_parquet('" + out.resolve("flows.parquet") + "')"));
    org.junit.jupiter.api.Assertions.assertEquals(csv, pq, 1e-6 * csv);
    org.junit.jupiter.api.Assertions.assertEquals("76", TestData.one("SELECT count(*) FROM read_parquet('" + out.resolve("flows.parquet") + "')"));
  }
}
