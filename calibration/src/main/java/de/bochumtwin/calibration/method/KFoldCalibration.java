package de.bochumtwin.calibration.method;

import de.bochumtwin.calibration.fit.CountComparison;
import de.bochumtwin.calibration.fit.HoldOut;
import de.bochumtwin.core.controller.ControllerSettings;
import de.bochumtwin.core.counts.Counts;
import de.bochumtwin.core.network.Network;
import de.bochumtwin.core.population.Population;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * K-fold hold-out by station with a real re-run per fold: for each fold the whole calibration
 * ({@link CalibrationRunner}) runs again on a fresh population with the counts of the other k - 1
 * folds only, and the calibrated run's volumes are compared with the held-out stations. Unlike
 * {@link HoldOut#kFold} (one run, a volume factor per fold) this shows what the fitted parameters,
 * not just a factor, do at stations they never saw. Costs k calibrations.
 */
public final class KFoldCalibration {
  /**
   * One fold: the parameters calibrated without it, and the fit at its (held-out) stations and at
   * the training stations of the same run.
   */
  public record Fold(int fold, Set<String> heldOut, double demandScale, java.util.Map<String, Double> constants,
      CountComparison train, CountComparison test) {}

  private KFoldCalibration() {}

  /**
   * @param freshPool a new, unchanged copy of the population pool per call (runs change plans)
   */
  public static List<Fold> run(Network net, ControllerSettings base, CalibrationRunner.Settings settings, Counts counts, int k,
      long seed, Supplier<Population> freshPool, PrintStream log) {
    if (k < 2) {
      throw new IllegalArgumentException("k-fold needs k >= 2, got " + k);
    }
    List<Set<String>> folds = HoldOut.folds(counts, k, seed);
    List<Fold> out = new ArrayList<>();
    for (int f = 0; f < k; f++) {
      Set<String> test = folds.get(f);
      if (test.isEmpty() || test.size() == counts.size()) {
        continue;
      }
      Counts trainCounts = HoldOut.subset(counts, test, false);
      log.printf("k-fold %d/%d: calibrating on %d stations, holding out %d%n", f + 1, k, trainCounts.size(), test.size());
      CalibrationRunner.Result r = new CalibrationRunner(net, base, settings, trainCounts, log).run(freshPool.get());
      CountComparison train = CountComparison.of(trainCounts, r.last().volumes(), null);
      CountComparison held = CountComparison.of(HoldOut.subset(counts, test, true), r.last().volumes(), null);
      out.add(new Fold(f, Set.copyOf(test), r.demandScale(), r.last().constants(), train, held));
    }
    return out;
  }
}
