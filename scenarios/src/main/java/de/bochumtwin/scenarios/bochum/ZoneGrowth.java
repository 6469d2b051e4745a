package de.bochumtwin.scenarios.bochum;

import java.util.Arrays;

/**
 * Growth factors per zone for the population generator (what-if {@code growth}): the residents of zone
 * {@code z} are scaled by {@link #residentsFactor(int)}, its jobs (its weight as a work destination) by
 * {@link #jobsFactor(int)}. Indices follow {@link BochumScenario#zones()}. Immutable.
 */
public final class ZoneGrowth {
  private final double[] residents;
  private final double[] jobs;

  private ZoneGrowth(double[] residents, double[] jobs) {
    this.residents = residents;
    this.jobs = jobs;
  }

  /** No growth: every factor 1. */
  public static ZoneGrowth none(int zones) {
    double[] one = new double[zones];
    Arrays.fill(one, 1.0);
    return new ZoneGrowth(one, one.clone());
  }

  /**
   * @throws IllegalArgumentException unless both arrays have one finite factor >= 0 per zone
   */
  public static ZoneGrowth of(double[] residentsFactor, double[] jobsFactor) {
    if (residentsFactor.length != jobsFactor.length) {
      throw new IllegalArgumentException("one residents and one jobs factor per zone, got " + residentsFactor.length
          + " and " + jobsFactor.length);
    }
    for (int z = 0; z < residentsFactor.length; z++) {
      if (!(residentsFactor[z] >= 0 && jobsFactor[z] >= 0) || Double.isInfinite(residentsFactor[z] + jobsFactor[z])) {
        throw new IllegalArgumentException("growth factors must be finite and >= 0, zone " + z + ": "
            + residentsFactor[z] + ", " + jobsFactor[z]);
      }
    }
    return new ZoneGrowth(residentsFactor.clone(), jobsFactor.clone());
  }

  public int zoneCount() {
    return residents.length;
  }

  public double residentsFactor(int zone) {
    return residents[zone];
  }

  public double jobsFactor(int zone) {
    return jobs[zone];
  }

  /** True when every factor is 1 (the generator then gives exactly the base population). */
  public boolean isNone() {
    for (int z = 0; z < residents.length; z++) {
      if (residents[z] != 1 || jobs[z] != 1) {
        return false;
      }
    }
    return true;
  }
}
