package de.bochumtwin.scenarios.bochum;

import java.util.List;

/**
 * The aggregate inputs of the population generator, derived once per scenario: who lives where, who
 * works, and where trips go. Destination choice is gravity-like with stated (estimated) distance
 * decays; workplaces are doubly constrained (Furness balancing) so that resident workers plus
 * in-commuters fill exactly each zone's jobs in expectation. Origins {@code 0..Z-1} are zones,
 * {@code Z..Z+G-1} gateways. All arrays are cumulative probabilities ending at 1.
 */
final class DemandModel {
  /** Work trip distance decay in metres (estimate; gives a mean home-work beeline of a few km). */
  static final double WORK_DECAY_M = 6000;
  /** Schools and day care are local (estimate). */
  static final double EDUCATION_DECAY_M = 1500;
  /** Shopping, leisure and other errands (estimate). */
  static final double OTHER_DECAY_M = 2500;

  final int zoneCount;
  final int gatewayCount;
  final double[] x;
  final double[] y;
  final long[] residentsEnd;
  final long[] inCommutersEnd;
  final double[] outGatewayCum;
  final double[][] workCum;
  final double[][] educationCum;
  final double[][] otherCum;
  final double employedShare18to59;
  final double employedShare60plus;
  final double outCommuterShareOfEmployed;
  final double carAvailShareOfAdults;
  final int querenburg;

  DemandModel(BochumScenario s) {
    this(s, ZoneGrowth.none(s.zones().size()));
  }

  /**
   * With growth: the employment and car rates stay those of the base; each zone's resident workers,
   * population (education and errand attraction) and jobs are scaled by its factors, so that grown
   * zones send and attract proportionally more trips. {@link #residentsEnd} stays the base numbering.
   */
  DemandModel(BochumScenario s, ZoneGrowth growth) {
    List<Zone> zones = s.zones();
    List<Gateway> gws = s.gateways();
    zoneCount = zones.size();
    gatewayCount = gws.size();
    int n = zoneCount + gatewayCount;
    x = new double[n];
    y = new double[n];
    residentsEnd = new long[zoneCount];
    double n1859 = 0;
    double n60 = 0;
    double adults = 0;
    long sum = 0;
    for (Zone z : zones) {
      x[z.index()] = z.x_m();
      y[z.index()] = z.y_m();
      sum += z.residents();
      residentsEnd[z.index()] = sum;
      n1859 += z.residents() * (1 - z.minorShare() - z.seniorShare());
      n60 += z.residents() * z.seniorShare();
      adults += z.residents() * (1 - z.minorShare());
    }
    inCommutersEnd = new long[gatewayCount];
    double[] outW = new double[gatewayCount];
    long in = 0;
    for (int g = 0; g < gatewayCount; g++) {
      x[zoneCount + g] = gws.get(g).x_m();
      y[zoneCount + g] = gws.get(g).y_m();
      in += gws.get(g).inCommuters();
      inCommutersEnd[g] = in;
      outW[g] = gws.get(g).outCommuters();
    }
    outGatewayCum = cumulative(outW);

    double employed = s.fact("jobs_total") - s.fact("in_commuters_total") + s.fact("out_commuters_total");
    employedShare60plus = s.fact("employed_share_60plus");
    employedShare18to59 = (employed - employedShare60plus * n60) / n1859;
    if (!(employedShare18to59 > 0 && employedShare18to59 <= 1)) {
      throw new IllegalArgumentException("population-facts.csv: jobs, commuters and age shares imply an employment"
          + " rate of " + employedShare18to59 + " among 18-59 year olds; check jobs_total and the commuter totals");
    }
    outCommuterShareOfEmployed = s.fact("out_commuters_total") / employed;
    carAvailShareOfAdults = Math.min(1.0, s.fact("cars_registered") / adults);
    querenburg = s.findZone("querenburg").orElseThrow(
        () -> new IllegalStateException("zones.csv: zone 'querenburg' (university) is missing")).index();

    double[] workers = new double[n];
    for (Zone z : zones) {
      double w = z.residents() * ((1 - z.minorShare() - z.seniorShare()) * employedShare18to59
          + z.seniorShare() * employedShare60plus);
      workers[z.index()] = w * (1 - outCommuterShareOfEmployed) * growth.residentsFactor(z.index());
    }
    for (int g = 0; g < gatewayCount; g++) {
      workers[zoneCount + g] = gws.get(g).inCommuters();
    }
    double[] jobs = new double[zoneCount];
    double[] pop = new double[zoneCount];
    double[] attraction = new double[zoneCount];
    for (Zone z : zones) {
      jobs[z.index()] = z.jobs() * growth.jobsFactor(z.index());
      pop[z.index()] = z.residents() * growth.residentsFactor(z.index());
      attraction[z.index()] = pop[z.index()] + jobs[z.index()];
    }
    workCum = furness(zones, workers, jobs);
    educationCum = gravity(zones, n, pop, EDUCATION_DECAY_M);
    otherCum = gravity(zones, n, attraction, OTHER_DECAY_M);
  }

  /** Distance between origin {@code o} (zone or gateway) and zone {@code j}; within a zone half its radius. */
  double distance(List<Zone> zones, int o, int j) {
    if (o == j) {
      return 0.5 * zones.get(j).radius_m();
    }
    return Math.hypot(x[o] - x[j], y[o] - y[j]);
  }

  private double[][] gravity(List<Zone> zones, int n, double[] mass, double decay_m) {
    double[][] cum = new double[n][];
    for (int o = 0; o < n; o++) {
      double[] w = new double[zoneCount];
      for (int j = 0; j < zoneCount; j++) {
        w[j] = mass[j] * Math.exp(-distance(zones, o, j) / decay_m);
      }
      cum[o] = cumulative(w);
    }
    return cum;
  }

  private double[][] furness(List<Zone> zones, double[] origins, double[] jobs) {
    int n = origins.length;
    double[][] t = new double[n][zoneCount];
    for (int o = 0; o < n; o++) {
      for (int j = 0; j < zoneCount; j++) {
        t[o][j] = Math.exp(-distance(zones, o, j) / WORK_DECAY_M);
      }
    }
    for (int it = 0; it < 100; it++) {
      for (int o = 0; o < n; o++) {
        double rs = 0;
        for (int j = 0; j < zoneCount; j++) {
          rs += t[o][j];
        }
        for (int j = 0; j < zoneCount; j++) {
          t[o][j] *= origins[o] / rs;
        }
      }
      for (int j = 0; j < zoneCount; j++) {
        double cs = 0;
        for (int o = 0; o < n; o++) {
          cs += t[o][j];
        }
        for (int o = 0; o < n; o++) {
          t[o][j] *= jobs[j] / cs;
        }
      }
    }
    double[][] cum = new double[n][];
    for (int o = 0; o < n; o++) {
      cum[o] = cumulative(t[o]);
    }
    return cum;
  }

  static double[] cumulative(double[] w) {
    double[] c = new double[w.length];
    double s = 0;
    for (int i = 0; i < w.length; i++) {
      s += w[i];
      c[i] = s;
    }
    if (!(s > 0)) {
      throw new IllegalArgumentException("all weights are zero");
    }
    for (int i = 0; i < w.length; i++) {
      c[i] /= s;
    }
    c[w.length - 1] = 1.0;
    return c;
  }

  /** Index of the first cumulative entry above {@code u}. */
  static int pick(double[] cum, double u) {
    int lo = 0;
    int hi = cum.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cum[mid] > u) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /** The zone of the resident with index {@code i} (residents are numbered zone by zone). */
  int zoneOfResident(long i) {
    int lo = 0;
    int hi = residentsEnd.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (residentsEnd[mid] > i) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /** The gateway of the in-commuter with index {@code j}. */
  int gatewayOfInCommuter(long j) {
    int g = 0;
    while (inCommutersEnd[g] <= j) {
      g++;
    }
    return g;
  }
}
