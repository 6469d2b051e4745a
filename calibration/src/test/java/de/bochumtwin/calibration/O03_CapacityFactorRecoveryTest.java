package de.bochumtwin.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bochumtwin.calibration.method.CalibrationRunner;
import de.bochumtwin.calibration.method.CountShareObjective;
import de.bochumtwin.calibration.method.GlobalParameterOptimizer;
import de.bochumtwin.calibration.method.GlobalParameterOptimizer.Method;
import de.bochumtwin.calibration.method.GlobalParameterOptimizer.Parameter;
import de.bochumtwin.calibration.method.ShortRunEvaluator;
import de.bochumtwin.core.counts.Counts;
import de.bochumtwin.core.network.Network;
import de.bochumtwin.core.population.Population;
import de.bochumtwin.scenarios.synthetic.SyntheticCity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The capacity factor is identified by counts only where the network is congested. Synthetic city of
 * S01 (500 base agents, truth constants, 6 iterations per run), truth at demand scale 1 and capacity
 * factor 0.03 on top of the setup's flow/storage factor 3, i.e. 9 % of the links' capacities (local
 * links 54 veh/h, arterials 162 veh/h): queues form in the morning peak, so the hourly counts at the
 * 60 busiest links shift in time. Objective: mean hourly GEH^2 of the counts.
 *
 * <p>Measured sweep: J = 0.0172 (capacity 0.015), 0 (0.03), 0.0073 (0.05), 0.0100 (0.07 and 0.1: no
 * more congestion, the plateau on which the unsaturated city of O02 lives). CMA-ES over the capacity
 * factor in [0.01, 0.1] from 0.06 (sigma 0.2 of the box, seed 1, budget 15): best 0.0295 at run 7.
 * Tolerance 0.005. BOBYQA over scale and capacity from (0.7, 0.06) found the scale (1.0007) but left
 * the capacity at 0.06: its start lies on the plateau, where its quadratic model sees no slope.
 */
class O03_CapacityFactorRecoveryTest {
  @Test
  void cmaesRecoversCapacityFactorInACongestedNetwork() {
    SyntheticCity city = SyntheticSetup.city(S01_DemandScaleSmoothnessTest.BASE_AGENTS);
    Network net = city.network();
    Population pool = city.population();
    CalibrationRunner.Step truth = S01_DemandScaleSmoothnessTest.evaluator(net, pool, null, List.of(), new CountShareObjective(1, 0))
        .run(Map.of(ShortRunEvaluator.DEMAND_SCALE, 1.0, ShortRunEvaluator.CAPACITY_FACTOR, 0.03)).last();
    Counts counts = T01_TruthRecoveryTest.topLinks(net, truth.volumes(), 60);

    ShortRunEvaluator sweep = S01_DemandScaleSmoothnessTest.evaluator(net, pool, counts, List.of(ShortRunEvaluator.CAPACITY_FACTOR),
        new CountShareObjective(1, 0));
    double[] caps = {0.015, 0.03, 0.05, 0.07, 0.1};
    double[] j = new double[caps.length];
    for (int i = 0; i < caps.length; i++) {
      j[i] = sweep.objective(new double[] {caps[i]});
    }
    System.out.println("J over capacity " + java.util.Arrays.toString(caps) + ": " + java.util.Arrays.toString(j));
    assertEquals(0.0, j[1], 1e-9, "the truth run");
    assertTrue(j[0] > j[2] && j[2] > 0 && j[3] >= j[2], "J grows away from the truth: " + java.util.Arrays.toString(j));
    assertEquals(j[3], j[4], 1e-9, "uncongested plateau: capacity 0.07 and 0.1 give the same counts");

    ShortRunEvaluator f = S01_DemandScaleSmoothnessTest.evaluator(net, pool, counts, List.of(ShortRunEvaluator.CAPACITY_FACTOR),
        new CountShareObjective(1, 0));
    GlobalParameterOptimizer.Result r = new GlobalParameterOptimizer(new GlobalParameterOptimizer.Settings(Method.CMAES, 15, 1, 0.2, 0.01))
        .minimize(List.of(new Parameter(ShortRunEvaluator.CAPACITY_FACTOR, 0.01, 0.1, 0.06)), f);
    r.history().forEach(e -> System.out.println("cmaes " + e));
    assertTrue(r.history().size() <= 15, "budget");
    assertEquals(0.03, r.best().x()[0], 0.005, "capacity factor: " + r.best());
  }
}
