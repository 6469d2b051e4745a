package de.bochumtwin.cli.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bochumtwin.scenarios.whatif.ScenarioFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sweep files: expansion into points and members, Latin hypercube designs, and all problems at once. */
class S01_SweepPlanTest {
  @TempDir
  Path tmp;

  @Test
  void gridTimesSeedsGivesNumberedMembers() throws Exception {
    Path f = SweepFixtures.tinySweep(tmp, 1, 1.5);
    Path dir = tmp.resolve("plan");
    SweepPlanner.Summary s = SweepPlanner.plan(f, dir);
    assertEquals(2, s.points());
    assertEquals(4, s.members());
    assertEquals(List.of(
        "member,point,seed,iterations,sample,measures_0_limit_kmh,scenario",
        "0,0,1,1,0.5,30,scenarios/point-0.yaml",
        "1,0,2,1,0.5,30,scenarios/point-0.yaml",
        "2,1,1,1,0.5,80,scenarios/point-1.yaml",
        "3,1,2,1,0.5,80,scenarios/point-1.yaml"), Files.readAllLines(dir.resolve("members.csv")));
    assertTrue(Files.readString(dir.resolve("scenarios/point-1.yaml")).contains("limit_kmh: 80"));
    // members.parquet says the same to anyone with DuckDB
    assertEquals(List.of(List.of("3", "1", "2", "80.0")), SweepFixtures.duck(
        "SELECT member, point, seed, measures_0_limit_kmh FROM read_parquet(" + SweepFixtures.lit(dir.resolve("members.parquet"))
            + ") WHERE member = 3"));
    SweepPlan plan = SweepPlan.read(dir);
    assertEquals(List.of("run", "--scenario", dir.resolve("scenarios/point-1.yaml").toAbsolutePath().toString(), "--seed", "2",
        "--iterations", "1", "--sample", "0.5", "--threads", "1", "--checkpoint-interval", "0", "--out",
        dir.resolve("runs/member=3").toAbsolutePath().toString()), plan.runArgs(dir, plan.member(3)));
    assertEquals(1536, plan.resources.memMb());
  }

  /**
   * {@code run: {emissions: true}} gives every member {@code --emissions}, so its kpis.parquet carries the
   * emission totals the ensemble statistics are taken over; a value other than true/false is a problem.
   */
  @Test
  void emissionsRunOptionReachesEveryMemberAndItsKpis() throws Exception {
    Path f = SweepFixtures.tinySweep(tmp, 1, 1.5);
    Files.writeString(f, Files.readString(f).replace("run: {iterations: 1, sample: 0.5}",
        "run: {iterations: 1, sample: 0.5, emissions: true}"));
    Path dir = tmp.resolve("plan-em");
    SweepPlanner.plan(f, dir);
    SweepPlan plan = SweepPlan.read(dir);
    List<String> args = plan.runArgs(dir, plan.member(0));
    assertEquals("--emissions", args.get(args.size() - 1));
    java.io.ByteArrayOutputStream log = new java.io.ByteArrayOutputStream();
    assertEquals(0, MemberRunner.run(dir, 0, de.bochumtwin.cli.TwinCommand::execute, new java.io.PrintStream(log)));
    Path kpis = dir.resolve("runs/member=0/kpis.parquet");
    double co2 = Double.parseDouble(SweepFixtures.duck("SELECT value FROM read_parquet(" + SweepFixtures.lit(kpis)
        + ") WHERE kpi = 'emissions_co2_total_g'").get(0).get(0));
    double fromRun = Double.parseDouble(SweepFixtures.duck("SELECT co2_total_g FROM read_parquet(" + SweepFixtures.lit(
        dir.resolve("runs/member=0/emissions_totals.parquet")) + ") WHERE scope = 'total' AND key = 'all'").get(0).get(0));
    assertTrue(co2 > 0, "CO2 of the member: " + co2);
    assertEquals(fromRun, co2, 1e-6 * fromRun, "member KPI = the run's own emission total");

    Files.writeString(f, Files.readString(f).replace("emissions: true", "emissions: yes"));
    ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> SweepPlanner.plan(f, tmp.resolve("plan-bad")));
    assertTrue(e.getMessage().contains("run emissions must be true or false, got 'yes'"), e.getMessage());
  }

  @Test
  void commandLineExitCodes() throws Exception {
    Path f = SweepFixtures.tinySweep(tmp, 1, 1);
    assertEquals(0, de.bochumtwin.cli.TwinCommand.execute("sweep", "plan", f.toString(), "--out", tmp.resolve("p").toString()));
    assertTrue(Files.isRegularFile(tmp.resolve("p/members.parquet")));
    // the folder exists now: planning into it again is bad usage, as is a folder that is no sweep
    assertEquals(2, de.bochumtwin.cli.TwinCommand.execute("sweep", "plan", f.toString(), "--out", tmp.resolve("p").toString()));
    assertEquals(2, de.bochumtwin.cli.TwinCommand.execute("sweep", "status", tmp.toString()));
    assertEquals(2, de.bochumtwin.cli.TwinCommand.execute("sweep", "collect", tmp.resolve("p").toString()));
  }

  @Test
  void gridCrossedWithLatinHypercubeDraws() throws Exception {
    Path f = tmp.resolve("lhs.yaml");
    Files.writeString(f, """
        base: {network: %s, plans: %s}
        measures:
          - {type: speed_limit, area: {wkt: "POLYGON ((-30000 -10000, 10000 -10000, 10000 10000, -30000 10000, -30000 -10000))"}, limit_kmh: 50}
        parameters:
          grid:
            iterations: [1, 2]
          lhs:
            draws: 5
            seed: 42
            ranges:
              measures[0].limit_kmh: [20, 70]
              sample: [0.5, 1.0]
        seeds: [7, 8, 9]
        """.formatted(SweepFixtures.equil("network.xml").toAbsolutePath(), SweepFixtures.equil("plans100.xml").toAbsolutePath()));
    SweepPlanner.Summary s = SweepPlanner.plan(f, tmp.resolve("plan"));
    assertEquals(10, s.points()); // 2 grid values x 5 draws
    assertEquals(30, s.members());
    SweepPlan plan = SweepPlan.read(tmp.resolve("plan"));
    assertEquals(List.of("iterations", "measures[0].limit_kmh", "sample"), plan.parameterNames);
    // each draw falls into a different fifth of each range (Latin hypercube), the same for both grid values
    double[] limits = new double[5];
    for (int d = 0; d < 5; d++) {
      SweepPlan.Member first = plan.member(d * 3);
      SweepPlan.Member second = plan.member(15 + d * 3);
      assertEquals(1, first.iterations());
      assertEquals(2, second.iterations());
      assertEquals(first.parameters().subList(1, 3), second.parameters().subList(1, 3));
      assertEquals(first.sample(), first.parameters().get(2));
      assertEquals(7, first.seed());
      limits[d] = first.parameters().get(1);
    }
    int[] strata = Arrays.stream(limits).mapToInt(v -> (int) ((v - 20) / 10)).sorted().toArray();
    assertEquals("[0, 1, 2, 3, 4]", Arrays.toString(strata));
  }

  @Test
  void baseAndMeasuresFromAScenarioFile() throws Exception {
    Path sub = Files.createDirectories(tmp.resolve("scenarios"));
    Files.copy(SweepFixtures.equil("network.xml"), sub.resolve("net.xml"));
    Files.copy(SweepFixtures.equil("plans100.xml"), sub.resolve("plans.xml"));
    Files.writeString(sub.resolve("narrow.yaml"), """
        base: {network: net.xml, plans: plans.xml}
        measures:
          - type: capacity_change
            roads: {links: ["6", "15"]}
            capacity_factor: 0.5
        """);
    Path f = tmp.resolve("sweep.yaml");
    Files.writeString(f, """
        scenario: scenarios/narrow.yaml
        parameters:
          grid:
            measures[0].capacity_factor: [0.25, 0.5, 1]
        seeds: [4711]
        """);
    SweepPlanner.Summary s = SweepPlanner.plan(f, tmp.resolve("plan"));
    assertEquals(3, s.points());
    assertEquals("sweep", s.name());
    String p2 = Files.readString(tmp.resolve("plan/scenarios/point-2.yaml"));
    // relative base paths resolve against the scenario file's folder and are written absolute
    assertTrue(p2.contains("network: " + sub.resolve("net.xml").toAbsolutePath()), p2);
    assertTrue(p2.contains("capacity_factor: 1\n"), p2);
    assertTrue(Files.readString(tmp.resolve("plan/scenarios/point-0.yaml")).contains("capacity_factor: 0.25"));
  }

  @Test
  void latinHypercubeUsesEveryStratumOncePerDimension() {
    double[][] x = LatinHypercube.draw(8, new double[] {0, 100}, new double[] {1, 200}, new SplittableRandom(3));
    for (int j = 0; j < 2; j++) {
      boolean[] seen = new boolean[8];
      for (double[] row : x) {
        double u = j == 0 ? row[0] : (row[1] - 100) / 100;
        seen[(int) (u * 8)] = true;
      }
      for (boolean b : seen) {
        assertTrue(b);
      }
    }
    // seeded: the same design again
    assertEquals(Arrays.deepToString(x),
        Arrays.deepToString(LatinHypercube.draw(8, new double[] {0, 100}, new double[] {1, 200}, new SplittableRandom(3))));
  }

  @Test
  void everyProblemIsReportedWithLineAndColumn() throws Exception {
    Path f = tmp.resolve("bad.yaml");
    Files.writeString(f, """
        base: {network: %s, plans: %s}
        measures:
          - {type: speed_limit, area: {wkt: "POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))"}, limit_kmh: 50}
        parameters:
          grid:
            measures[0].limit_kmh: [30, 300]
            measures[3].lanes: [1]
            speed: [1, 2]
        seeds: two
        run: {iterations: 0}
        resources: {cpus: 1, mem_gb: 2, time: "soon", colour: red}
        """.formatted(SweepFixtures.equil("network.xml").toAbsolutePath(), SweepFixtures.equil("plans100.xml").toAbsolutePath()));
    ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> SweepPlanner.plan(f, tmp.resolve("plan")));
    String m = e.getMessage();
    assertTrue(m.contains("bad.yaml:6:5: point 1 {measures[0].limit_kmh=300.0}: limit_kmh must be between 5"), m);
    assertTrue(m.contains("bad.yaml:7:5: parameter 'measures[3].lanes': there are 1 measures"), m);
    assertTrue(m.contains("bad.yaml:8:5: unknown parameter 'speed'"), m);
    assertTrue(m.contains("bad.yaml:9:8: seeds must be a number, got 'two'"), m);
    assertTrue(m.contains("bad.yaml:10:19: run iterations must be between 1 and 100000, got 0"), m);
    assertTrue(m.contains("bad.yaml:11:39: resources time must be minutes or [D-]HH:MM:SS"), m);
    assertTrue(m.contains("bad.yaml:11:47: resources: unknown key 'colour'"), m);
    assertTrue(m.startsWith(f + ": 7 problems, nothing was run"), m);
    assertTrue(!Files.exists(tmp.resolve("plan")), "nothing written");
  }
}
