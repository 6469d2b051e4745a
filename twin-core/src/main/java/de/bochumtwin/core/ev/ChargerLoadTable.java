package de.bochumtwin.core.ev;

/**
 * Charger use in fixed time bins (15 min by default), computed from the charging sessions after the
 * run: for every public charger and bin the energy delivered, the plug-seconds in use and the
 * vehicle-seconds spent queueing; row {@link #homeRow()} aggregates all home charging (no queue).
 *
 * <p>Layout: one {@code double[]} per quantity, index {@code row * bins + bin}. Bin {@code b} covers
 * {@code [b x binSize_s, (b + 1) x binSize_s)}; there are at least 24 h of bins and more when overnight
 * sessions run into the next day. Energy per bin integrates the FastThenSlow power curve of each session
 * exactly, so {@code power_kW} is the average power over the bin and the sum over bins equals the
 * sessions' energy.
 */
public final class ChargerLoadTable {
  private final int rows;
  private final int bins;
  private final int binSize_s;
  private final double[] energy_kWh;
  private final double[] plugSeconds;
  private final double[] queueSeconds;

  private ChargerLoadTable(int rows, int bins, int binSize_s) {
    this.rows = rows;
    this.bins = bins;
    this.binSize_s = binSize_s;
    energy_kWh = new double[rows * bins];
    plugSeconds = new double[rows * bins];
    queueSeconds = new double[rows * bins];
  }

  static ChargerLoadTable of(ChargingSessionTable s, int chargers, EvFleet fleet, int binSize_s, int minEnd_s) {
    int end = Math.max(minEnd_s, 24 * 3600);
    for (int r = 0; r < s.size(); r++) {
      end = Math.max(end, s.end_s(r));
    }
    int bins = (end + binSize_s - 1) / binSize_s;
    ChargerLoadTable t = new ChargerLoadTable(chargers + 1, bins, binSize_s);
    for (int r = 0; r < s.size(); r++) {
      int row = s.charger(r) == ChargingSessionTable.HOME ? chargers : s.charger(r);
      if (s.wasPlugged(r)) {
        t.addInterval(t.plugSeconds, row, s.start_s(r), s.end_s(r));
        t.addEnergy(row, s, r, fleet.type(s.vehicle(r)).capacity_kWh());
      }
      int queueEnd = s.wasPlugged(r) ? s.start_s(r) : s.end_s(r);
      t.addInterval(t.queueSeconds, row, s.arrival_s(r), queueEnd);
    }
    return t;
  }

  private void addInterval(double[] a, int row, int from, int to) {
    for (int b = from / binSize_s; b < bins && b * binSize_s < to; b++) {
      int lo = Math.max(from, b * binSize_s);
      int hi = Math.min(to, (b + 1) * binSize_s);
      if (hi > lo) {
        a[row * bins + b] += hi - lo;
      }
    }
  }

  private void addEnergy(int row, ChargingSessionTable s, int r, double cap) {
    int start = s.start_s(r);
    int end = s.end_s(r);
    double soc0 = s.socStart_kWh(r);
    double socEnd = s.socEnd_kWh(r);
    double before = 0;
    for (int b = start / binSize_s; b < bins && b * binSize_s < end; b++) {
      int hi = Math.min(end, (b + 1) * binSize_s);
      double upTo = hi == end ? s.energy_kWh(r)
          : FastThenSlowCurve.energyCharged_kWh(soc0, socEnd, hi - start, cap, s.power_kW(r));
      energy_kWh[row * bins + b] += upTo - before;
      before = upTo;
    }
  }

  /** Public chargers are rows 0..chargers-1 (the charger index); this row is all home charging. */
  public int homeRow() {
    return rows - 1;
  }

  public int rows() {
    return rows;
  }

  public int bins() {
    return bins;
  }

  public int binSize_s() {
    return binSize_s;
  }

  public int binStart_s(int bin) {
    return bin * binSize_s;
  }

  public double energy_kWh(int row, int bin) {
    return energy_kWh[row * bins + bin];
  }

  /** Average charging power over the bin. */
  public double power_kW(int row, int bin) {
    return energy_kWh[row * bins + bin] * 3600.0 / binSize_s;
  }

  /** Average number of plugs in use over the bin. */
  public double plugsInUse(int row, int bin) {
    return plugSeconds[row * bins + bin] / binSize_s;
  }

  /** Average number of vehicles queueing over the bin. */
  public double queueLength(int row, int bin) {
    return queueSeconds[row * bins + bin] / binSize_s;
  }

  @Override
  public String toString() {
    return "ChargerLoadTable[" + rows + " rows x " + bins + " bins of " + binSize_s + " s]";
  }
}
