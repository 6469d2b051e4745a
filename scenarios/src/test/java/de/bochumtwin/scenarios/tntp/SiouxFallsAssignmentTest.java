package de.bochumtwin.scenarios.tntp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bochumtwin.core.assignment.AssignmentListener;
import de.bochumtwin.core.assignment.AssignmentNetwork;
import de.bochumtwin.core.assignment.AssignmentResult;
import de.bochumtwin.core.assignment.AssignmentSettings;
import de.bochumtwin.core.assignment.AssignmentSettings.Algorithm;
import de.bochumtwin.core.assignment.ConvergenceHistory;
import de.bochumtwin.core.assignment.LinkFlowTable;
import de.bochumtwin.core.assignment.OdMatrix;
import de.bochumtwin.core.assignment.PathSet;
import de.bochumtwin.core.assignment.StaticAssignment;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Sioux Falls (TNTP, 24 zones, 76 links, 360,600 trips) against the best-known equilibrium in
 * SiouxFalls_flow.tntp (relative gap 3.9e-15, Beckmann objective 42.31335287107440 in units of
 * 1e5, i.e. 4,231,335.287).
 */
class SiouxFallsAssignmentTest {
  private static final Path DIR = Path.of(System.getProperty("twin.shared.data", "../../shared/data"), "tntp", "SiouxFalls");
  private static AssignmentNetwork net;
  private static OdMatrix od;
  private static TntpFlows best;

  @BeforeAll
  static void load() {
    Assumptions.assumeTrue(Files.isDirectory(DIR), "shared data not found at " + DIR + ": skipping");
    net = TntpNetworkReader.read(DIR.resolve("SiouxFalls_net.tntp"));
    od = TntpTripsReader.read(DIR.resolve("SiouxFalls_trips.tntp"), net.zoneCount());
    best = TntpFlowReader.read(DIR.resolve("SiouxFalls_flow.tntp"));
  }

  private static AssignmentResult run(Algorithm alg, double gap, int maxIterations, int threads) {
    return StaticAssignment.run(net, od, new AssignmentSettings(alg, gap, maxIterations, threads), AssignmentListener.NONE);
  }

  @Test
  void readsTheWholeNetworkAndTripTable() {
    assertEquals(24, net.nodeCount());
    assertEquals(76, net.linkCount());
    assertEquals(24, net.zoneCount());
    assertEquals(360_600, od.total(), 1e-6);
    assertEquals(76, best.size());
  }

  /** Every method lowers the gap by two orders of magnitude within a fixed iteration budget. */
  @ParameterizedTest
  @EnumSource(Algorithm.class)
  void relativeGapDecreases(Algorithm alg) {
    AssignmentResult r = run(alg, 0, 60, 2);
    ConvergenceHistory h = r.history();
    assertEquals(61, h.size());
    double firstTen = minGap(h, 1, 11);
    double lastTen = minGap(h, 51, 61);
    assertTrue(lastTen < firstTen, alg + ": best gap of iterations 51-60 " + lastTen + " not below that of 1-10 " + firstTen);
    assertTrue(h.lastRelativeGap() < 1e-2 * h.relativeGap(0), alg + ": gap " + h.relativeGap(0) + " -> " + h.lastRelativeGap());
  }

  @Test
  void pathBasedReachesOneInHundredMillion() {
    AssignmentResult r = run(Algorithm.PATH_BASED, 1e-10, 500, 2);
    assertTrue(r.converged(), "gap " + r.relativeGap() + " after " + r.iterations());
    assertTrue(r.relativeGap() <= 1e-10);
    // Beckmann objective matches the published optimum 42.31335287107440 (x 1e5) to 9 digits
    assertEquals(4_231_335.287107440, r.history().objective(r.history().size() - 1), 5e-3);
    PathSet paths = r.pathSet().orElseThrow();
    assertEquals(od.pairCount(), paths.pairCount());
    for (int p = 0; p < paths.pairCount(); p++) {
      double sum = 0;
      for (int k = 0; k < paths.pathCount(p); k++) {
        int[] links = paths.pathLinks(p, k);
        assertEquals(net.zoneNode(od.origin(p)), net.from(links[0]));
        assertEquals(net.zoneNode(od.destination(p)), net.to(links[links.length - 1]));
        sum += paths.pathFlow(p, k);
      }
      assertEquals(od.volume(p), sum, 1e-9 * od.volume(p));
    }
  }

  @ParameterizedTest
  @EnumSource(value = Algorithm.class, names = {"PATH_BASED", "BICONJUGATE_FRANK_WOLFE"})
  void flowsAtGapOneInAMillionMatchBestKnownWithinHalfAPercent(Algorithm alg) {
    AssignmentResult r = run(alg, 1e-6, 5000, 2);
    assertTrue(r.converged(), alg + " gap " + r.relativeGap() + " after " + r.iterations());
    LinkFlowTable t = r.linkFlowTable();
    double worst = 0;
    for (int a = 0; a < t.size(); a++) {
      int row = best.findRow(Integer.parseInt(t.fromNodeId(a)), Integer.parseInt(t.toNodeId(a)));
      double rel = Math.abs(t.volume(a) - best.volume(row)) / best.volume(row);
      worst = Math.max(worst, rel);
      assertTrue(rel <= 0.005, alg + " link " + t.fromNodeId(a) + "-" + t.toNodeId(a) + ": " + t.volume(a)
          + " vs best known " + best.volume(row));
    }
    System.out.printf("%s: %d iterations, gap %.3g, worst link deviation %.4f %%%n", alg, r.iterations(), r.relativeGap(), 100 * worst);
  }

  /**
   * Hand check of the cost column on link 1 -> 2 (capacity 25900.20064, free-flow time 6, b 0.15,
   * power 4): at the best-known volume 4494.6576464564205 the BPR time is
   * 6 * (1 + 0.15 * (4494.6576/25900.2006)^4) = 6 * (1 + 0.15 * 0.00090696) = 6.00081624, which is the
   * file's cost 6.0008162373543197.
   */
  @Test
  void costColumnIsTheBprTimeOfTheFlow() {
    double v = 4494.6576464564205;
    double ratio = v / 25900.20064;
    assertEquals(6.0008162373543197, 6 * (1 + 0.15 * ratio * ratio * ratio * ratio), 1e-12);
    assertEquals(6.0008162373543197, net.travelTime(0, v), 1e-12);
    AssignmentResult r = run(Algorithm.PATH_BASED, 1e-8, 500, 1);
    LinkFlowTable t = r.linkFlowTable();
    assertEquals("1", t.fromNodeId(0));
    assertEquals("2", t.toNodeId(0));
    double x = t.volume(0);
    double byHand = 6 * (1 + 0.15 * Math.pow(x / 25900.20064, 4));
    assertEquals(byHand, t.cost(0), 1e-12);
    assertEquals(6.0008162373543197, t.cost(0), 1e-6);
  }

  @ParameterizedTest
  @EnumSource(value = Algorithm.class, names = {"PATH_BASED", "BICONJUGATE_FRANK_WOLFE"})
  void oneOrTwoThreadsGiveBitIdenticalFlows(Algorithm alg) {
    double[] one = run(alg, 1e-7, 300, 1).flows();
    double[] two = run(alg, 1e-7, 300, 2).flows();
    assertArrayEquals(one, two);
  }

  private static double minGap(ConvergenceHistory h, int from, int to) {
    double m = Double.POSITIVE_INFINITY;
    for (int i = from; i < to; i++) {
      m = Math.min(m, h.relativeGap(i));
    }
    return m;
  }
}
