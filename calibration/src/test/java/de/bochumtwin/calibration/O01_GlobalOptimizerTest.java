package de.bochumtwin.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bochumtwin.calibration.method.CalibrationRunner;
import de.bochumtwin.calibration.method.CountShareObjective;
import de.bochumtwin.calibration.method.GlobalParameterOptimizer;
import de.bochumtwin.calibration.method.GlobalParameterOptimizer.Method;
import de.bochumtwin.calibration.method.GlobalParameterOptimizer.Parameter;
import de.bochumtwin.calibration.method.ModeConstantCalibrator;
import de.bochumtwin.calibration.method.ModeSplitTargets;
import de.bochumtwin.core.controller.ControllerSettings;
import de.bochumtwin.core.counts.Counts;
import de.bochumtwin.core.network.Network;
import de.bochumtwin.core.population.Person;
import de.bochumtwin.core.population.Population;
import de.bochumtwin.scenarios.synthetic.SyntheticCity;
import java.io.PrintStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Method 3: BOBYQA over two global parameters, the bike and pt constants, on the synthetic city
 * (500 base agents, 750 in the pool, demand scale 1). Every evaluation is one short run (10
 * iterations, the last 3 averaged) from the same initial plans with the same seed (common random
 * numbers), so the objective ({@link CountShareObjective}: mean hourly GEH^2 at the 60 busiest links
 * + squared share errors in pp^2) is a deterministic function of the parameters and exactly 0 at the
 * truth (bike 0.75, pt 0.3; car 0, walk 2.7). From (0, 0) with bounds [-3, 3], an initial trust
 * radius of 0.2 of the box and a budget of 40 runs, the optimizer must end within 0.3 utils of both.
 *
 * <p>The objective is piecewise constant: a small change of a constant changes no agent's decision
 * in 10 iterations. In the measured run BOBYQA stopped after 14 runs; J = 0 first at run 6,
 * (0.67, 0.46), a point of the plateau around the truth, as close as a short run can tell. (A first version that also fitted
 * the demand scale failed: changing the scale changes which persons are simulated and with them every
 * random draw, so the objective jumped by a factor of 5 between neighbouring points.)
 */
class O01_GlobalOptimizerTest {
  static final int BASE_AGENTS = 500;

  /** A copy of the pool with only the selected plans (the runs change plans and scores). */
  static Population copy(Population pool) {
    Population p = new Population();
    for (Person src : pool.persons()) {
      Person c = Person.of(src.id(), src.attributes());
      c.addPlan(src.selectedPlan(), true);
      p.add(c);
    }
    return p;
  }

  static CalibrationRunner.Step shortRun(Network net, Population pool, double bikeConstant, double ptConstant) {
    Map<String, Double> asc = new HashMap<>(T01_TruthRecoveryTest.TRUTH);
    asc.put("bike", bikeConstant);
    asc.put("pt", ptConstant);
    ControllerSettings base = SyntheticSetup.settings(2);
    ControllerSettings cs = new ControllerSettings(0, 0, base.seed(), base.threads(), base.mobsim(),
        CalibrationRunner.withConstants(base.scoring(), asc), base.replanning(), base.travelTimeBin_s());
    CalibrationRunner.Settings run = new CalibrationRunner.Settings(1, 10, 3, 1.0, Set.of("car"), null,
        ModeConstantCalibrator.Settings.defaults(), false, 1.0, SyntheticSetup.MAX_SCALE, 1.0, null);
    return new CalibrationRunner(net, cs, run, null, new PrintStream(OutputStream.nullOutputStream())).run(copy(pool)).last();
  }

  @Test
  void bobyqaRecoversBikeAndPtConstants() {
    SyntheticCity city = SyntheticSetup.city(BASE_AGENTS);
    Network net = city.network();
    Population pool = city.population();
    CalibrationRunner.Step truth = shortRun(net, pool, 0.75, 0.3);
    Counts counts = T01_TruthRecoveryTest.topLinks(net, truth.volumes(), 60);
    Map<String, Double> z = new LinkedHashMap<>();
    for (String m : SyntheticSetup.MODES) {
      z.put(m, Math.max(1e-4, truth.modeShares().getOrDefault(m, 0.0)));
    }
    ModeSplitTargets targets = ModeSplitTargets.of(z).withReference("car");
    CountShareObjective objective = new CountShareObjective(1.0, 1.0);
    GlobalParameterOptimizer opt = new GlobalParameterOptimizer(new GlobalParameterOptimizer.Settings(Method.BOBYQA, 40, 1, 0.2, 0.01));
    GlobalParameterOptimizer.Result r = opt.minimize(List.of(new Parameter("asc_bike", -3, 3, 0),
        new Parameter("asc_pt", -3, 3, 0)), x -> {
          CalibrationRunner.Step s = shortRun(net, pool, x[0], x[1]);
          return objective.of(de.bochumtwin.calibration.fit.CountComparison.of(counts, s.volumes(), null), targets, s.modeShares());
        });
    r.history().forEach(System.out::println);
    System.out.println("best " + r.best() + " truth shares " + truth.modeShares());
    assertTrue(r.history().size() <= 40, "budget");
    assertEquals(0.75, r.best().x()[0], 0.3, "bike constant");
    assertEquals(0.3, r.best().x()[1], 0.3, "pt constant");
  }
}
