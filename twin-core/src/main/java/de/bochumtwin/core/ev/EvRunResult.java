package de.bochumtwin.core.ev;

/**
 * What the EV model produced for one mobsim run: the sessions, the per-charger load in 15-min bins, per
 * vehicle energy, cost, waiting and score adjustment, and the run-summary counters.
 *
 * <p>Per-vehicle arrays are indexed by vehicle index (0 for non-electric vehicles). The score adjustment
 * {@link #scoreDelta(int)} is {@code -marginalUtilityOfMoney x cost + waitingUtil_per_h x wait / 3600
 * + walkUtil_per_h x walk / 3600 (+ strandedPenalty if stranded)}; the run loop adds it to the person's Charypar-Nagel score (the
 * mobsim's event stream has no money events). {@link #nextDayFleet()} carries the end SoC over.
 */
public final class EvRunResult {
  /** Bin size of {@link #load()}. */
  public static final int BIN_SIZE_S = 900;

  private final Chargers chargers;
  private final EvFleet fleet;
  private final ChargingSessionTable sessions;
  private final ChargerLoadTable load;
  private final double[] endSoc;
  private final double[] consumed;
  private final double[] charged;
  private final double[] unserved;
  private final boolean[] stranded;
  private final double[] cost;
  private final long[] wait;
  private final double[] walk;
  private final int reactiveAttempts;
  private final double[] scoreDelta;
  private final int failedAttempts;
  private final int strandedVehicles;
  private final int unresolved;

  private EvRunResult(ChargingHandler h) {
    chargers = h.chargers();
    fleet = h.fleet();
    sessions = h.sessions();
    load = ChargerLoadTable.of(sessions, chargers.size(), fleet, BIN_SIZE_S, h.endTime_s());
    endSoc = h.socArray().clone();
    consumed = h.consumedArray().clone();
    charged = h.chargedArray().clone();
    unserved = h.unservedArray().clone();
    stranded = h.strandedArray().clone();
    cost = h.costArray().clone();
    wait = h.waitArray().clone();
    walk = h.walkArray().clone();
    reactiveAttempts = h.reactiveAttempts();
    failedAttempts = h.failedAttempts();
    strandedVehicles = h.strandedCount();
    unresolved = h.plan().unresolvedVehicles();
    EvSettings s = h.settings();
    scoreDelta = new double[endSoc.length];
    for (int v = 0; v < endSoc.length; v++) {
      scoreDelta[v] = -s.marginalUtilityOfMoney() * cost[v] + s.waitingUtil_per_h() * wait[v] / 3600.0
          + s.walkUtil_per_h() * walk[v] / 3600.0
          + (stranded[v] ? s.strandedPenalty() : 0);
    }
  }

  static EvRunResult build(ChargingHandler h) {
    return new EvRunResult(h);
  }

  public Chargers chargers() {
    return chargers;
  }

  public EvFleet fleet() {
    return fleet;
  }

  public ChargingSessionTable sessions() {
    return sessions;
  }

  public ChargerLoadTable load() {
    return load;
  }

  public int vehicleCount() {
    return endSoc.length;
  }

  public double startSoc_kWh(int v) {
    return fleet.isEv(v) ? fleet.initialSoc_kWh(v) : 0;
  }

  /** SoC after the day including overnight home charging; the next day starts here. */
  public double endSoc_kWh(int v) {
    return endSoc[v];
  }

  /** Energy drawn from the battery while driving. */
  public double consumed_kWh(int v) {
    return consumed[v];
  }

  public double charged_kWh(int v) {
    return charged[v];
  }

  /** Energy needed after the battery was empty (PHEV: driven on fuel). */
  public double unserved_kWh(int v) {
    return unserved[v];
  }

  public boolean isStranded(int v) {
    return stranded[v];
  }

  public double cost_EUR(int v) {
    return cost[v];
  }

  /** Seconds spent in charger queues. */
  public long wait_s(int v) {
    return wait[v];
  }

  /** Seconds walked between public chargers and activities (both ways, per plug-in away from the activity's link). */
  public double walk_s(int v) {
    return walk[v];
  }

  /** Charging stops the vehicles added themselves because they arrived below the critical SoC (reactive). */
  public int reactiveChargingAttempts() {
    return reactiveAttempts;
  }

  public double scoreDelta(int v) {
    return scoreDelta[v];
  }

  /** Charging attempts that ended without a plug (gave up or left the queue). */
  public int failedChargingAttempts() {
    return failedAttempts;
  }

  /** Battery-electric vehicles whose battery ran empty while driving. */
  public int strandedVehicles() {
    return strandedVehicles;
  }

  /** Vehicles for which the planner found no charger that keeps the day above the critical SoC. */
  public int unresolvedPlans() {
    return unresolved;
  }

  public double totalCharged_kWh() {
    double s = 0;
    for (double c : charged) {
      s += c;
    }
    return s;
  }

  public double totalConsumed_kWh() {
    double s = 0;
    for (double c : consumed) {
      s += c;
    }
    return s;
  }

  /** The fleet for the next iteration: same vehicles, initial SoC = this day's end SoC. */
  public EvFleet nextDayFleet() {
    return fleet.withInitialSoc(endSoc);
  }

  @Override
  public String toString() {
    return "EvRunResult[sessions=" + sessions.size() + ", failed=" + failedAttempts + ", stranded=" + strandedVehicles
        + ", charged=" + totalCharged_kWh() + " kWh, consumed=" + totalConsumed_kWh() + " kWh]";
  }
}
