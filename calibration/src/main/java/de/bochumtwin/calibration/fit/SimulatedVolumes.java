package de.bochumtwin.calibration.fit;

import de.bochumtwin.core.analysis.LinkVolumeTable;
import java.util.Set;

/**
 * Simulated hourly volumes per link, expanded to the full population: volume / sample. Layout
 * {@code [link * 24 + hour]}; vehicles entering at or after 24:00 are dropped, as counts cover one day.
 */
public final class SimulatedVolumes {
  private final double[] vph;

  private SimulatedVolumes(double[] vph) {
    this.vph = vph;
  }

  /**
   * @param modes network modes to add up (empty = all)
   * @param sample share of the population that was simulated, e.g. 0.1
   */
  public static SimulatedVolumes of(LinkVolumeTable table, int linkCount, Set<String> modes, double sample) {
    double[] v = new double[linkCount * 24];
    for (int r = 0; r < table.size(); r++) {
      int h = table.hour(r);
      if (h < 0 || h >= 24 || (!modes.isEmpty() && !modes.contains(table.modeName(r)))) {
        continue;
      }
      v[table.link(r) * 24 + h] += table.volume(r) / sample;
    }
    return new SimulatedVolumes(v);
  }

  /** From a dense array {@code [link * 24 + hour]} (copied), e.g. for tests. */
  public static SimulatedVolumes ofArray(double[] vph) {
    return new SimulatedVolumes(vph.clone());
  }

  /** All volumes times {@code factor} (e.g. a demand scale applied in proportion). */
  public SimulatedVolumes scaled(double factor) {
    double[] v = vph.clone();
    for (int i = 0; i < v.length; i++) {
      v[i] *= factor;
    }
    return new SimulatedVolumes(v);
  }

  public double vph(int link, int hour) {
    return vph[link * 24 + hour];
  }
}
