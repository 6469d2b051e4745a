package de.bochumtwin.core.ev;

/**
 * The charging power of MATSim's {@code FastThenSlowCharging}: with {@code C} the battery capacity as a
 * power (1 C charges the whole battery in one hour), the power is {@code min(P, 1.75 C)} while the SoC is
 * at most 50 %, {@code min(P, 1.25 C)} up to 75 % and {@code min(P, 0.5 C)} above, where {@code P} is
 * the plug power capped by the vehicle's maximum charging power.
 *
 * <p>Power is piecewise constant in SoC, so the time to charge between two SoC values and the energy
 * charged in a given time are computed exactly (no time stepping), which lets the charging handler
 * schedule each session's end in closed form. No charging losses: energy from the grid equals energy
 * into the battery (as in MATSim's ev contrib).
 */
public final class FastThenSlowCurve {
  private static final double[] UPPER = {0.5, 0.75, 1.0};
  private static final double[] C_RATE = {1.75, 1.25, 0.5};

  private FastThenSlowCurve() {}

  /** Charging power in kW at {@code soc_kWh} (the power that applies just above it). */
  public static double power_kW(double soc_kWh, double capacity_kWh, double plugPower_kW) {
    double frac = soc_kWh / capacity_kWh;
    for (int i = 0; i < UPPER.length; i++) {
      if (frac < UPPER[i] || i == UPPER.length - 1) {
        return Math.min(plugPower_kW, C_RATE[i] * capacity_kWh);
      }
    }
    throw new AssertionError();
  }

  /** Seconds (fractional) to charge from {@code from_kWh} to {@code to_kWh}; 0 if {@code to <= from}. */
  public static double timeToCharge_s(double from_kWh, double to_kWh, double capacity_kWh, double plugPower_kW) {
    double t = 0;
    double lower = 0;
    for (int i = 0; i < UPPER.length; i++) {
      double upper = UPPER[i] * capacity_kWh;
      double a = Math.max(from_kWh, lower);
      double b = Math.min(to_kWh, upper);
      if (b > a) {
        t += (b - a) / Math.min(plugPower_kW, C_RATE[i] * capacity_kWh) * 3600.0;
      }
      lower = upper;
    }
    return t;
  }

  /** Energy in kWh charged in {@code duration_s} starting at {@code from_kWh}, never beyond {@code to_kWh}. */
  public static double energyCharged_kWh(double from_kWh, double to_kWh, double duration_s, double capacity_kWh,
      double plugPower_kW) {
    double soc = from_kWh;
    double left_s = duration_s;
    double lower = 0;
    for (int i = 0; i < UPPER.length && left_s > 0 && soc < to_kWh; i++) {
      double upper = Math.min(UPPER[i] * capacity_kWh, to_kWh);
      if (soc < upper && soc >= lower - 1e-12) {
        double p = Math.min(plugPower_kW, C_RATE[i] * capacity_kWh);
        double need_s = (upper - soc) / p * 3600.0;
        if (need_s >= left_s) {
          soc += p * left_s / 3600.0;
          left_s = 0;
        } else {
          soc = upper;
          left_s -= need_s;
        }
      }
      lower = UPPER[i] * capacity_kWh;
    }
    return Math.max(0, Math.min(soc, to_kWh) - from_kWh);
  }
}
