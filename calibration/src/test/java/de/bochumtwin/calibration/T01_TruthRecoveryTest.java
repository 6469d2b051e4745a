package de.bochumtwin.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bochumtwin.calibration.fit.SimulatedVolumes;
import de.bochumtwin.calibration.method.CalibrationRunner;
import de.bochumtwin.calibration.method.KFoldCalibration;
import de.bochumtwin.calibration.method.ModeConstantCalibrator;
import de.bochumtwin.calibration.method.ModeSplitTargets;
import de.bochumtwin.core.controller.ControllerSettings;
import de.bochumtwin.core.counts.CountStation;
import de.bochumtwin.core.counts.Counts;
import de.bochumtwin.core.network.Network;
import de.bochumtwin.scenarios.synthetic.SyntheticCity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 7, must show 1: counts and mode shares produced by a run with known mode constants and demand
 * scale 1.0 on the small synthetic city. Perturbed (a) constants all 0: the mode split calibration
 * must reach the truth's shares within 2 pp and recover the constants of modes with at least 5 % share
 * within {@value #ASC_TOLERANCE} utils; (b) demand scale 0.7: the count-based scale
 * fit must recover 1.0 within {@value #SCALE_TOLERANCE}; both with GEH &lt; 5 at >= 95 % of the 120
 * busiest links as stations; (d) the demand-scale fit of (b) re-run per k-fold (3 folds by station)
 * must fit the held-out stations. Fitting constants and scale at once is {@link T02_JointTruthRecoveryTest}.
 */
class T01_TruthRecoveryTest {
  static final double ASC_TOLERANCE = 0.3;
  static final double SCALE_TOLERANCE = 0.05;
  static final int BASE_AGENTS = 2000;
  static final Map<String, Double> TRUTH = Map.of("car", 0.0, "walk", 2.7, "bike", 0.75, "pt", 0.3);

  /** The truth run (known constants, demand scale 1), computed once. */
  private static CalibrationRunner.Step truth;
  private static Network net;

  @BeforeAll
  static void truthRun() {
    SyntheticCity truthCity = SyntheticSetup.city(BASE_AGENTS);
    net = truthCity.network();
    // the same chained steps as the calibration, so that the truth is the stationary state of the
    // loop with these constants and not a snapshot of an unconverged run
    CalibrationRunner.Settings truthRun = new CalibrationRunner.Settings(12, 20, 5, 1.0, Set.of("car"), null,
        ModeConstantCalibrator.Settings.defaults(), false, 1.0, SyntheticSetup.MAX_SCALE, 1.0, null);
    truth = new CalibrationRunner(net, withTruth(SyntheticSetup.settings(2)), truthRun, null, System.out)
        .run(truthCity.population()).last();
  }

  static ControllerSettings withTruth(ControllerSettings base) {
    return new ControllerSettings(0, 0, base.seed(), base.threads(), base.mobsim(),
        CalibrationRunner.withConstants(base.scoring(), TRUTH), base.replanning(), base.travelTimeBin_s());
  }

  static ModeSplitTargets targets() {
    Map<String, Double> shares = new LinkedHashMap<>();
    for (String m : SyntheticSetup.MODES) {
      shares.put(m, truth.modeShares().getOrDefault(m, 0.0));
    }
    return ModeSplitTargets.of(shares).withReference("car");
  }

  @Test
  void recoversModeConstantsFromAllZero() {
    CalibrationRunner.Settings cal = new CalibrationRunner.Settings(16, 20, 5, 1.0, Set.of("car"), targets(),
        new ModeConstantCalibrator.Settings(0.4, 0.5), false, 1.0, SyntheticSetup.MAX_SCALE, 0.5, null);
    Counts counts = topLinks(net, truth.volumes(), 120);
    CalibrationRunner.Result r = new CalibrationRunner(net, SyntheticSetup.settings(2), cal, counts, System.out)
        .run(SyntheticSetup.city(BASE_AGENTS).population());
    System.out.println("truth " + TRUTH + " " + truth.modeShares() + "; recovered " + r.last().constants() + " " + r.last().modeShares()
        + "; hourly RMSE " + r.first().fit().hourly().rmse() + " -> " + r.last().fit().hourly().rmse());
    for (String m : SyntheticSetup.MODES) {
      double share = truth.modeShares().getOrDefault(m, 0.0);
      assertEquals(share, r.last().modeShares().getOrDefault(m, 0.0), 0.02, "share of " + m + ": " + r.last().modeShares());
      // a mode below 5 % sits where its share hardly reacts to its constant: not identified
      if (share >= 0.05) {
        assertEquals(TRUTH.get(m), r.last().constants().get(m), ASC_TOLERANCE, "constant of " + m + ": " + r.last().constants());
      }
    }
    assertTrue(r.last().fit().shareStationsGehBelow5() >= 0.95, "GEH < 5 at " + r.last().fit().shareStationsGehBelow5());
    assertTrue(r.last().fit().hourly().rmse() < r.first().fit().hourly().rmse(), "the count fit must improve");
  }

  @Test
  void recoversDemandScaleFromCounts() {
    CalibrationRunner.Settings cal = new CalibrationRunner.Settings(12, 20, 5, 1.0, Set.of("car"), null,
        ModeConstantCalibrator.Settings.defaults(), true, 0.7, SyntheticSetup.MAX_SCALE, 0.5, null);
    Counts counts = topLinks(net, truth.volumes(), 120);
    CalibrationRunner.Result r = new CalibrationRunner(net, withTruth(SyntheticSetup.settings(2)), cal, counts, System.out)
        .run(SyntheticSetup.city(BASE_AGENTS).population());
    System.out.println("demand scale recovered " + r.demandScale() + "; hourly RMSE " + r.first().fit().hourly().rmse() + " -> "
        + r.last().fit().hourly().rmse() + ", R2 " + r.first().fit().hourly().r2() + " -> " + r.last().fit().hourly().r2());
    assertEquals(1.0, r.demandScale(), SCALE_TOLERANCE, "demand scale");
    assertTrue(r.last().fit().shareStationsGehBelow5() >= 0.95, "GEH < 5 at " + r.last().fit().shareStationsGehBelow5());
    assertTrue(r.last().fit().hourly().rmse() < r.first().fit().hourly().rmse(), "the count fit must improve");
  }

  /**
   * K-fold with a real re-run per fold: the demand-scale calibration of (b) (from 0.7, 12 steps) runs
   * three times, each
   * time without one third of the 120 stations; at the held-out stations the calibrated run must fit
   * as well as at the training stations (GEH &lt; 5 at >= 95 %, hourly RMSE within 1.5 x the training
   * RMSE) and every fold must recover the scale within {@value #SCALE_TOLERANCE}.
   */
  @Test
  void kFoldRerunFitsHeldOutStations() {
    // as (b): 12 steps. With 8 the scale was still 1.09 (it overshoots to the pool's 1.5 while the car
    // share of the first steps is low, and comes back slowly); fitting the split too made it worse (1.22
    // at step 5): the chained population's shares swing while the scale moves
    CalibrationRunner.Settings cal = new CalibrationRunner.Settings(12, 20, 5, 1.0, Set.of("car"), null,
        ModeConstantCalibrator.Settings.defaults(), true, 0.7, SyntheticSetup.MAX_SCALE, 0.5, null);
    Counts counts = topLinks(net, truth.volumes(), 120);
    List<KFoldCalibration.Fold> folds = KFoldCalibration.run(net, withTruth(SyntheticSetup.settings(2)), cal, counts, 3,
        SyntheticSetup.SEED, () -> SyntheticSetup.city(BASE_AGENTS).population(), System.out);
    assertEquals(3, folds.size());
    for (KFoldCalibration.Fold f : folds) {
      System.out.printf(java.util.Locale.ROOT, "fold %d: %d held out, scale %.3f, train RMSE %.2f, held-out RMSE %.2f, GEH<5 %.2f%n",
          f.fold(), f.heldOut().size(), f.demandScale(), f.train().hourly().rmse(), f.test().hourly().rmse(),
          f.test().shareStationsGehBelow5());
    }
    int heldOut = 0;
    for (KFoldCalibration.Fold f : folds) {
      heldOut += f.heldOut().size();
      assertEquals(1.0, f.demandScale(), SCALE_TOLERANCE, "fold " + f.fold() + " demand scale");
      assertTrue(f.test().shareStationsGehBelow5() >= 0.95, "fold " + f.fold() + " held-out GEH < 5");
      assertTrue(f.test().hourly().rmse() <= 1.5 * f.train().hourly().rmse(), "fold " + f.fold() + " held-out RMSE");
    }
    assertEquals(120, heldOut, "every station is held out once");
  }

  /** The {@code n} links with the highest daily volume, counted with their simulated hourly volumes. */
  static Counts topLinks(Network net, SimulatedVolumes v, int n) {
    double[] daily = new double[net.linkCount()];
    for (int l = 0; l < net.linkCount(); l++) {
      for (int h = 0; h < 24; h++) {
        daily[l] += v.vph(l, h);
      }
    }
    List<Integer> links = IntStream.range(0, net.linkCount()).boxed()
        .sorted(Comparator.comparingDouble((Integer l) -> -daily[l]).thenComparing(l -> l)).limit(n).toList();
    List<CountStation> st = new ArrayList<>();
    for (int l : links) {
      double[] h = new double[24];
      for (int i = 0; i < 24; i++) {
        h[i] = v.vph(l, i);
      }
      st.add(CountStation.of("s_" + net.linkId(l), l, h, Double.NaN, Double.NaN));
    }
    return Counts.of("truth", 0, "synthetic truth run", st);
  }
}
