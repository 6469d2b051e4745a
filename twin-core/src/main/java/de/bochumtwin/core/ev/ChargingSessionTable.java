package de.bochumtwin.core.ev;

import java.util.Arrays;

/**
 * The charging sessions of one day, one row per attempt to charge, in the order they ended. An attempt
 * that never got a plug (gave up, or the person left first) is a row with start -1 and no energy.
 *
 * <p>Columns: vehicle index; charger index ({@link #HOME} for the vehicle's private home charger);
 * times in seconds since scenario start (arrival at the charger, plug-in, unplug or give-up; they may
 * exceed 24 h for overnight sessions); energy in kWh; SoC in kWh at arrival and at the end; waiting
 * seconds from arrival to plug-in (or to giving up); effective plug power in kW (charger power capped by
 * the vehicle); cost in EUR; outcome code ({@link #outcomeName}).
 */
public final class ChargingSessionTable {
  /** Charger index of home sessions. */
  public static final int HOME = -1;
  /** Target SoC reached. */
  public static final int COMPLETED = 0;
  /** Unplugged because the person left before the target was reached. */
  public static final int INTERRUPTED = 1;
  /** Waited {@code maxWait_s} in the queue without getting a plug. */
  public static final int GAVE_UP = 2;
  /** The person left while the vehicle was still queued. */
  public static final int LEFT_QUEUE = 3;
  private static final String[] OUTCOMES = {"completed", "interrupted", "gave_up", "left_queue"};

  private int size;
  private int[] vehicle = new int[64];
  private int[] charger = new int[64];
  private int[] arrival_s = new int[64];
  private int[] start_s = new int[64];
  private int[] end_s = new int[64];
  private double[] energy_kWh = new double[64];
  private double[] socStart_kWh = new double[64];
  private double[] power_kW = new double[64];
  private double[] cost_EUR = new double[64];
  private int[] outcome = new int[64];

  ChargingSessionTable() {}

  void add(int v, int c, int arrival, int start, int end, double energy, double socStart, double power, double cost, int out) {
    if (size == vehicle.length) {
      int n = 2 * size;
      vehicle = Arrays.copyOf(vehicle, n);
      charger = Arrays.copyOf(charger, n);
      arrival_s = Arrays.copyOf(arrival_s, n);
      start_s = Arrays.copyOf(start_s, n);
      end_s = Arrays.copyOf(end_s, n);
      energy_kWh = Arrays.copyOf(energy_kWh, n);
      socStart_kWh = Arrays.copyOf(socStart_kWh, n);
      power_kW = Arrays.copyOf(power_kW, n);
      cost_EUR = Arrays.copyOf(cost_EUR, n);
      outcome = Arrays.copyOf(outcome, n);
    }
    vehicle[size] = v;
    charger[size] = c;
    arrival_s[size] = arrival;
    start_s[size] = start;
    end_s[size] = end;
    energy_kWh[size] = energy;
    socStart_kWh[size] = socStart;
    power_kW[size] = power;
    cost_EUR[size] = cost;
    outcome[size] = out;
    size++;
  }

  public int size() {
    return size;
  }

  public int vehicle(int row) {
    return vehicle[row];
  }

  /** Charger index, or {@link #HOME}. */
  public int charger(int row) {
    return charger[row];
  }

  public int arrival_s(int row) {
    return arrival_s[row];
  }

  /** Plug-in time, -1 if the vehicle never got a plug. */
  public int start_s(int row) {
    return start_s[row];
  }

  public boolean wasPlugged(int row) {
    return start_s[row] >= 0;
  }

  /** Unplug time, or the time the vehicle left the queue. */
  public int end_s(int row) {
    return end_s[row];
  }

  public double energy_kWh(int row) {
    return energy_kWh[row];
  }

  public double socStart_kWh(int row) {
    return socStart_kWh[row];
  }

  public double socEnd_kWh(int row) {
    return socStart_kWh[row] + energy_kWh[row];
  }

  /** Seconds from arrival to plug-in, or to leaving the queue. */
  public int wait_s(int row) {
    return (start_s[row] >= 0 ? start_s[row] : end_s[row]) - arrival_s[row];
  }

  public double power_kW(int row) {
    return power_kW[row];
  }

  public double cost_EUR(int row) {
    return cost_EUR[row];
  }

  public int outcome(int row) {
    return outcome[row];
  }

  public static String outcomeName(int code) {
    return OUTCOMES[code];
  }

  /** The outcome names, indexed by code (for coded string columns). */
  public static String[] outcomeNames() {
    return OUTCOMES.clone();
  }

  @Override
  public String toString() {
    return "ChargingSessionTable[" + size + " rows]";
  }
}
