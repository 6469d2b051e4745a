package de.bochumtwin.calibration.method;

import de.bochumtwin.core.analysis.LegTable;
import de.bochumtwin.core.analysis.LinkVolumeTable;
import de.bochumtwin.core.controller.IterationListener;
import de.bochumtwin.core.controller.IterationStats;
import de.bochumtwin.core.events.SimEventSink;
import de.bochumtwin.core.mobsim.MobsimResult;
import de.bochumtwin.core.population.Population;
import de.bochumtwin.core.router.BinnedTravelTimes;
import java.util.ArrayList;
import java.util.List;

/** Combines loop listeners: every hook of {@code first} runs before the same hook of {@code second}. */
public final class IterationListeners {
  private IterationListeners() {}

  public static IterationListener both(IterationListener first, IterationListener second) {
    return new IterationListener() {
      @Override
      public List<SimEventSink> sinksFor(int iteration, boolean lastIteration) {
        List<SimEventSink> s = new ArrayList<>(first.sinksFor(iteration, lastIteration));
        s.addAll(second.sinksFor(iteration, lastIteration));
        return s;
      }

      @Override
      public void adjustScores(int iteration, double[] executedScores) {
        first.adjustScores(iteration, executedScores);
        second.adjustScores(iteration, executedScores);
      }

      @Override
      public void iterationEnded(IterationStats stats, MobsimResult mobsim, LegTable legs, LinkVolumeTable volumes,
          Population population, BinnedTravelTimes travelTimes) {
        first.iterationEnded(stats, mobsim, legs, volumes, population, travelTimes);
        second.iterationEnded(stats, mobsim, legs, volumes, population, travelTimes);
      }
    };
  }
}
