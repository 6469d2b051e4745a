package de.bochumtwin.calibration.fit;

import de.bochumtwin.core.counts.CountStation;
import de.bochumtwin.core.counts.Counts;
import de.bochumtwin.core.util.SplitMix64;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * K-fold hold-out by station: the stations are split into k folds by a seeded hash of their id;
 * for each fold a volume factor is fitted on the other folds (sum C / sum M, the count-based part of
 * the calibration, applied in proportion) and the fit is measured on the held-out fold. A large gap
 * between training and held-out fit shows over-fitting to the count locations.
 *
 * <p>Limit: the factor is applied to the simulated volumes instead of re-running the loop per fold
 * (linear approximation of the demand-scale fit; mode constants are fitted to the survey split,
 * not to the counts, and are not refitted per fold).
 */
public final class HoldOut {
  /** One fold: training and held-out metrics after the fold's factor. */
  public record Fold(int fold, int trainStations, int testStations, double factor, double trainShareGehBelow5,
      double testShareGehBelow5, double testHourlyRmse, double testDailyMeanRelError) {}

  private HoldOut() {}

  /** The station ids of each of the {@code k} folds (by a seeded hash of the id; a fold may be empty). */
  public static List<Set<String>> folds(Counts counts, int k, long seed) {
    List<Set<String>> folds = new ArrayList<>();
    for (int f = 0; f < k; f++) {
      folds.add(new java.util.LinkedHashSet<>());
    }
    for (CountStation s : counts.stations()) {
      long h = seed;
      for (byte b : s.stationId().getBytes(StandardCharsets.UTF_8)) {
        h = SplitMix64.mix(h ^ (b & 0xff));
      }
      folds.get((int) Math.floorMod(SplitMix64.mix(h), (long) k)).add(s.stationId());
    }
    return folds;
  }

  /** The stations of {@code counts} whose ids are (keep = true) or are not (keep = false) in {@code ids}. */
  public static Counts subset(Counts counts, Set<String> ids, boolean keep) {
    List<CountStation> st = new ArrayList<>();
    for (CountStation s : counts.stations()) {
      if (ids.contains(s.stationId()) == keep) {
        st.add(s);
      }
    }
    return Counts.of(counts.name(), counts.year(), counts.description(), st);
  }

  public static List<Fold> kFold(Counts counts, SimulatedVolumes sim, int k, long seed) {
    List<Set<String>> folds = folds(counts, k, seed);
    List<Fold> out = new ArrayList<>();
    for (int f = 0; f < k; f++) {
      Set<String> test = new HashSet<>(folds.get(f));
      Set<String> train = new HashSet<>();
      counts.stations().forEach(s -> {
        if (!test.contains(s.stationId())) {
          train.add(s.stationId());
        }
      });
      if (test.isEmpty() || train.isEmpty()) {
        continue;
      }
      CountComparison raw = CountComparison.of(counts, sim, train);
      double o = raw.stations().stream().mapToDouble(CountComparison.StationFit::obsDaily).sum();
      double m = raw.stations().stream().mapToDouble(CountComparison.StationFit::simDaily).sum();
      double factor = m > 0 ? o / m : 1;
      SimulatedVolumes scaled = sim.scaled(factor);
      CountComparison tr = CountComparison.of(counts, scaled, train);
      CountComparison te = CountComparison.of(counts, scaled, test);
      out.add(new Fold(f, tr.stations().size(), te.stations().size(), factor, tr.shareStationsGehBelow5(),
          te.shareStationsGehBelow5(), te.hourly().rmse(), te.daily().meanRelError()));
    }
    return out;
  }
}
