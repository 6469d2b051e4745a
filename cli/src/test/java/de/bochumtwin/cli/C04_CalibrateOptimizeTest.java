package de.bochumtwin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bochumtwin.calibration.method.CalibrationRunner;
import de.bochumtwin.calibration.method.CountShareObjective;
import de.bochumtwin.calibration.method.ShortRunEvaluator;
import de.bochumtwin.core.controller.ControllerSettings;
import de.bochumtwin.core.counts.CountStation;
import de.bochumtwin.core.counts.Counts;
import de.bochumtwin.core.network.Network;
import de.bochumtwin.core.population.Population;
import de.bochumtwin.scenarios.matsim.CountsWriter;
import de.bochumtwin.scenarios.matsim.NetworkWriter;
import de.bochumtwin.scenarios.matsim.PopulationReader;
import de.bochumtwin.scenarios.matsim.PopulationWriter;
import de.bochumtwin.scenarios.synthetic.SyntheticCity;
import de.bochumtwin.scenarios.synthetic.SyntheticCitySpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code twin calibrate --optimize demand_scale,capacity_factor} (method 3) on a small MATSim scenario:
 * synthetic city 8 x 8 nodes, 450 agents in the plans file = a pool of 1.5 x the base demand
 * ({@code --pool-scale 1.5}). Counts (MATSim v1) at the 40 busiest links of a run with the command's own
 * loop settings at demand scale 1 and capacity factor 1 (6 iterations, seed 4711); the command starts
 * at scale 0.7 with BOBYQA and a budget of 16 runs. Checks optimizer_steps.csv (one row per run, the
 * first at the start values), calibrated_parameters.csv (demand scale within 1 +- 0.05, the capacity
 * factor present) and the method-3 section of the report.
 */
class C04_CalibrateOptimizeTest {
  @TempDir
  Path tmp;

  @Test
  void optimizerRecoversDemandScaleFromCounts() throws IOException {
    SyntheticCity city = SyntheticCity.generate(SyntheticCitySpec.builder().withGridSize(8).withSpacing_m(400).withAgents(450).build(), 7);
    Network net = city.network();
    Path network = tmp.resolve("network.xml");
    Path plans = tmp.resolve("plans.xml");
    NetworkWriter.write(net, network);
    PopulationWriter.write(city.population(), net, plans);

    Population pool = PopulationReader.read(plans, net);
    ControllerSettings cs = CalibrateCommand.controllerSettings(List.of(), pool, 4711, 1, 1.0);
    CalibrationRunner.Step truth = new ShortRunEvaluator(net, cs, pool, null, null, List.of(), Map.of(),
        new ShortRunEvaluator.Settings(6, 1, 1.0, Set.of("car"), 1.5, null, new CountShareObjective(1, 0)))
        .run(Map.of(ShortRunEvaluator.DEMAND_SCALE, 1.0)).last();
    double[] daily = new double[net.linkCount()];
    for (int l = 0; l < net.linkCount(); l++) {
      for (int h = 0; h < 24; h++) {
        daily[l] += truth.volumes().vph(l, h);
      }
    }
    List<CountStation> stations = new ArrayList<>();
    IntStream.range(0, net.linkCount()).boxed().sorted(Comparator.comparingDouble((Integer l) -> -daily[l]).thenComparing(l -> l))
        .limit(40).forEach(l -> {
          double[] h = new double[24];
          for (int i = 0; i < 24; i++) {
            h[i] = truth.volumes().vph(l, i);
          }
          stations.add(CountStation.of("s_" + net.linkId(l), l, h, Double.NaN, Double.NaN));
        });
    Path counts = tmp.resolve("counts.xml");
    CountsWriter.write(Counts.of("truth", 2024, "run at demand scale 1", stations), net, counts);

    Path out = tmp.resolve("cal");
    assertEquals(0, TestData.run("calibrate", "--scenario", "matsim", "--network", network.toString(), "--plans", plans.toString(),
        "--counts", counts.toString(), "--optimize", "demand_scale,capacity_factor", "--optimizer", "bobyqa", "--budget", "16",
        "--pool-scale", "1.5", "--initial-scale", "0.7", "--scale-bounds", "0.5,1.5", "--capacity-bounds", "0.5,2",
        "--iterations", "6", "--threads", "1", "--seed", "4711", "--folds", "0", "--out", out.toString()));

    List<String> steps = Files.readAllLines(out.resolve("optimizer_steps.csv"));
    assertEquals("run,demand_scale,capacity_factor,objective,persons,share_stations_geh_below_5,seconds", steps.get(0));
    assertTrue(steps.size() >= 6 && steps.size() <= 17, "1 header + at most 16 runs: " + steps.size());
    assertTrue(steps.get(1).startsWith("0,0.700000,1.000000,"), steps.get(1));
    Map<String, Double> params = new java.util.HashMap<>();
    List<String> lines = Files.readAllLines(out.resolve("calibrated_parameters.csv"));
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",");
      params.put(f[0], Double.parseDouble(f[1]));
    }
    System.out.println("calibrated parameters " + params + "\n" + String.join("\n", steps));
    assertEquals(1.0, params.get("demand_scale"), 0.05, "fitted demand scale: " + params);
    assertTrue(params.containsKey("capacity_factor"), "capacity factor written: " + params);
    String report = Files.readString(out.resolve("calibration_report.md"));
    assertTrue(report.contains("## Global parameters (method 3)"), report);
    assertTrue(report.contains("| demand_scale | 0.500 | 1.500 | 0.700 | 0.700 |"), report);
    assertTrue(Files.size(out.resolve("calibrated_plans.xml.gz")) > 0);
  }
}
