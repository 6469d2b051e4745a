package de.bochumtwin.calibration.method;

import de.bochumtwin.core.controller.IterationListener;
import de.bochumtwin.core.counts.CountStation;
import de.bochumtwin.core.counts.Counts;
import de.bochumtwin.core.events.EventIds;
import de.bochumtwin.core.events.SimEventSink;
import de.bochumtwin.core.network.Network;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Counts-based plan-choice correction during the loop, after Flötteröd's Cadyts (notes/matsim-semantics.md
 * section 6). For every measured link-hour {@code a} with count {@code y_a} and simulated volume
 * {@code q_a} (vehicles of the counted modes entering the link in that hour, divided by the sample),
 * the utility of a plan that enters link-hour {@code a} changes by
 *
 * <pre>
 *   offset(plan) = strength * sum over the plan's measured link-hours a of (y_a - q_a) / var_a,
 *   var_a = varianceScale * max(y_a, minStdDev_vph^2)
 * </pre>
 *
 * (a link-hour entered twice counts twice). This is the first-order term of Cadyts' Bayesian choice
 * correction, the derivative of the log-likelihood of the counts under a normal measurement model with
 * variance {@code var_a}; Cadyts' defaults are {@code minStdDev = 25 veh/h} and {@code varianceScale = 1}.
 * Unlike Cadyts this class keeps no regression between plan choice and link loads and adds the offset
 * to the executed score ({@link IterationListener#adjustScores}), so it enters the plan's stored score
 * with the loop's score learning rate and acts on the next plan selection; plans not executed keep the
 * offset of their last execution. {@code strength} plays the role of Cadyts' preferred-utility scale
 * (utils per unit of standardised residual).
 *
 * <p>Counts for hour h that are NaN are not measured. Simulated volumes are taken from this
 * iteration's events: the correction of iteration i uses the loads of iteration i.
 */
public final class PlanCountCorrection implements IterationListener {
  /**
   * @param strength utils per unit of (y - q) / var (> 0)
   * @param minStdDev_vph lower bound of the measurement standard deviation
   * @param varianceScale factor on the variance
   */
  public record Settings(double strength, double minStdDev_vph, double varianceScale) {
    public Settings {
      if (!(strength > 0) || !(minStdDev_vph > 0) || !(varianceScale > 0)) {
        throw new IllegalArgumentException("strength, minStdDev_vph and varianceScale must be > 0, got "
            + strength + ", " + minStdDev_vph + ", " + varianceScale);
      }
    }

    /** Cadyts' measurement defaults with the given strength. */
    public static Settings withStrength(double strength) {
      return new Settings(strength, 25, 1);
    }
  }

  private final Settings settings;
  private final double sample;
  private final Set<String> countModes;
  /** Per link: slot of its measured hours in {@link #observed} (link-hour = slot*24+h), -1 = unmeasured. */
  private final int[] slotOfLink;
  private final double[] observed;
  private Recorder recorder;

  /**
   * @param sample share of the real demand simulated (volumes are divided by it)
   * @param countModes modes the counts see (empty = all network modes)
   */
  public PlanCountCorrection(Network net, Counts counts, double sample, Set<String> countModes, Settings settings) {
    this.settings = settings;
    this.sample = sample;
    this.countModes = Set.copyOf(countModes);
    this.slotOfLink = new int[net.linkCount()];
    Arrays.fill(slotOfLink, -1);
    List<CountStation> st = counts.stations();
    int slots = 0;
    for (CountStation s : st) {
      if (slotOfLink[s.linkIndex()] < 0) {
        slotOfLink[s.linkIndex()] = slots++;
      }
    }
    this.observed = new double[slots * 24];
    Arrays.fill(observed, Double.NaN);
    for (CountStation s : st) {
      int slot = slotOfLink[s.linkIndex()];
      for (int h = 0; h < 24; h++) {
        if (s.hasVolume(h)) {
          double prev = observed[slot * 24 + h];
          observed[slot * 24 + h] = Double.isNaN(prev) ? s.volume_vph(h) : prev + s.volume_vph(h);
        }
      }
    }
  }

  @Override
  public List<SimEventSink> sinksFor(int iteration, boolean lastIteration) {
    recorder = new Recorder();
    return List.of(recorder);
  }

  @Override
  public void adjustScores(int iteration, double[] executedScores) {
    double[] w = residualWeights();
    for (int p = 0; p < executedScores.length && p < recorder.persons.length; p++) {
      int[] e = recorder.persons[p];
      double sum = 0;
      for (int i = 0; i < recorder.personSize[p]; i++) {
        sum += w[e[i]];
      }
      executedScores[p] += settings.strength() * sum;
    }
  }

  /** The simulated volume of each measured link-hour in the last mobsim run (veh/h, expanded). */
  public double[] simulatedVolumes() {
    double[] q = new double[observed.length];
    for (int i = 0; i < q.length; i++) {
      q[i] = recorder.entries[i] / sample;
    }
    return q;
  }

  /** (y - q) / var per measured link-hour, 0 where unmeasured. */
  double[] residualWeights() {
    double[] q = simulatedVolumes();
    double[] w = new double[observed.length];
    double minVar = settings.minStdDev_vph() * settings.minStdDev_vph();
    for (int i = 0; i < w.length; i++) {
      double y = observed[i];
      w[i] = Double.isNaN(y) ? 0 : (y - q[i]) / (settings.varianceScale() * Math.max(y, minVar));
    }
    return w;
  }

  /** Records per person the measured link-hours it entered and per link-hour the entering vehicles. */
  private final class Recorder implements SimEventSink {
    final int[] entries = new int[observed.length];
    int[][] persons = new int[0][];
    int[] personSize = new int[0];
    /** Driver of each vehicle in traffic (-1 = none or not a counted mode). */
    int[] driver = new int[64];
    boolean[] countedMode;

    @Override
    public void begin(EventIds ids) {
      countedMode = new boolean[ids.modeCount()];
      for (int m = 0; m < countedMode.length; m++) {
        countedMode[m] = countModes.isEmpty() || countModes.contains(ids.mode(m));
      }
      Arrays.fill(driver, -1);
    }

    @Override
    public void vehicleEntersTraffic(int time_s, int person, int link, int vehicle, int mode) {
      if (vehicle >= driver.length) {
        int old = driver.length;
        driver = Arrays.copyOf(driver, Math.max(vehicle + 1, 2 * old));
        Arrays.fill(driver, old, driver.length, -1);
      }
      driver[vehicle] = mode < countedMode.length && countedMode[mode] ? person : -1;
    }

    @Override
    public void vehicleLeavesTraffic(int time_s, int person, int link, int vehicle, int mode) {
      driver[vehicle] = -1;
    }

    @Override
    public void linkEnter(int time_s, int link, int vehicle) {
      int slot = slotOfLink[link];
      if (slot < 0 || vehicle >= driver.length || driver[vehicle] < 0) {
        return;
      }
      int h = time_s / 3600;
      if (h < 0 || h >= 24) {
        return;
      }
      int a = slot * 24 + h;
      entries[a]++;
      if (Double.isNaN(observed[a])) {
        return;
      }
      int p = driver[vehicle];
      if (p >= persons.length) {
        int n = Math.max(p + 1, 2 * persons.length);
        persons = Arrays.copyOf(persons, n);
        personSize = Arrays.copyOf(personSize, n);
      }
      if (persons[p] == null) {
        persons[p] = new int[4];
      } else if (personSize[p] == persons[p].length) {
        persons[p] = Arrays.copyOf(persons[p], 2 * persons[p].length);
      }
      persons[p][personSize[p]++] = a;
    }
  }
}
