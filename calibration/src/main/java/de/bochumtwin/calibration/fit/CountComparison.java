package de.bochumtwin.calibration.fit;

import de.bochumtwin.core.counts.CountStation;
import de.bochumtwin.core.counts.Counts;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Simulated against observed volumes for a set of count stations: one {@link StationFit} per
 * station and metrics over all station-hours and over stations.
 *
 * <p>The station criterion "GEH &lt; 5" is applied to the station's mean hourly flow over its counted
 * hours (daily sum / counted hours), the usual reading of the 85 %/95 % rule for a day of counts;
 * the share of single station-hours with GEH &lt; 5 is reported alongside ({@link #hourly()}).
 */
public final class CountComparison {
  /**
   * One station's fit.
   *
   * @param obs_vph observed hourly volumes (NaN = not counted)
   * @param sim_vph simulated hourly volumes, expanded to the full population
   * @param geh GEH of the mean hourly flow over the counted hours
   * @param shareHoursGehBelow5 share of the counted hours with GEH &lt; 5
   */
  public record StationFit(String stationId, int link, double[] obs_vph, double[] sim_vph, int countedHours,
      double obsDaily, double simDaily, double geh, double shareHoursGehBelow5) {}

  private final List<StationFit> stations;
  private final FitMetrics hourly;
  private final FitMetrics daily;
  private final double shareStationsGehBelow5;

  private CountComparison(List<StationFit> stations, FitMetrics hourly, FitMetrics daily, double share) {
    this.stations = List.copyOf(stations);
    this.hourly = hourly;
    this.daily = daily;
    this.shareStationsGehBelow5 = share;
  }

  /** Compares the stations of {@code counts} whose ids are in {@code only} (null = all). */
  public static CountComparison of(Counts counts, SimulatedVolumes sim, Set<String> only) {
    List<StationFit> fits = new ArrayList<>();
    int n = counts.size() * 24;
    double[] hs = new double[n];
    double[] ho = new double[n];
    double[] ds = new double[counts.size()];
    double[] dob = new double[counts.size()];
    int nh = 0;
    int nd = 0;
    int ok = 0;
    for (CountStation c : counts.stations()) {
      if (only != null && !only.contains(c.stationId())) {
        continue;
      }
      double[] obs = c.volumes_vph();
      double[] s = new double[24];
      int hours = 0;
      int hoursOk = 0;
      double so = 0;
      double ss = 0;
      for (int h = 0; h < 24; h++) {
        s[h] = sim.vph(c.linkIndex(), h);
        if (Double.isNaN(obs[h])) {
          continue;
        }
        hours++;
        so += obs[h];
        ss += s[h];
        hoursOk += FitMetrics.geh(s[h], obs[h]) < 5 ? 1 : 0;
        hs[nh] = s[h];
        ho[nh++] = obs[h];
      }
      if (hours == 0) {
        continue;
      }
      double geh = FitMetrics.geh(ss / hours, so / hours);
      ok += geh < 5 ? 1 : 0;
      ds[nd] = ss;
      dob[nd++] = so;
      fits.add(new StationFit(c.stationId(), c.linkIndex(), obs, s, hours, so, ss, geh, (double) hoursOk / hours));
    }
    return new CountComparison(fits, FitMetrics.of(hs, ho, nh), FitMetrics.of(ds, dob, nd), nd == 0 ? Double.NaN : (double) ok / nd);
  }

  public List<StationFit> stations() {
    return stations;
  }

  /** Metrics over all counted station-hours (vehicles per hour). */
  public FitMetrics hourly() {
    return hourly;
  }

  /** Metrics over the stations' daily sums of counted hours (vehicles per day). */
  public FitMetrics daily() {
    return daily;
  }

  /** Mean of GEH^2 = 2 (M - C)^2 / (M + C) over all counted station-hours (0 where M + C = 0; NaN without hours). */
  public double meanHourlyGehSquared() {
    double sum = 0;
    int n = 0;
    for (StationFit f : stations) {
      for (int h = 0; h < 24; h++) {
        double c = f.obs_vph()[h];
        if (Double.isNaN(c)) {
          continue;
        }
        double m = f.sim_vph()[h];
        sum += m + c > 0 ? 2 * (m - c) * (m - c) / (m + c) : 0;
        n++;
      }
    }
    return n == 0 ? Double.NaN : sum / n;
  }

  /** Share of stations whose mean hourly flow has GEH &lt; 5. */
  public double shareStationsGehBelow5() {
    return shareStationsGehBelow5;
  }
}
