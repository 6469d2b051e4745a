package de.bochumtwin.core.ev;

/**
 * Energy use of a battery-electric car after Ohde, Ślaski and Maciejewski (2016), the model behind
 * MATSim's {@code OhdeSlaskiDriveEnergyConsumption} and {@code OhdeSlaskiAuxEnergyConsumption}.
 *
 * <p>Drive: the traction force at constant average speed {@code v} is
 * {@code F(v) = f_r m g + f_a v^2 + c_b (a1 ln v + a2) m} (rolling resistance, air drag, and a speed-
 * dependent acceleration term for stop-and-go) and the battery energy per metre is {@code F(v) / eta}.
 * The energy of a link is therefore {@code length x F(v) / eta} with {@code v = length / travel time},
 * which equals MATSim's {@code P(v) x travel time} with {@code P(v) = v F(v) / eta}. Like MATSim's lookup
 * table, {@code v} is clamped to [0.1, 80] m/s (ln v is unbounded at 0).
 *
 * <p>Auxiliary (heating, air conditioning, electronics): {@code P(T) = (1.3 T - 63.4) T + 1748.1} W with
 * the outside temperature T in degrees Celsius, valid for -20..40 degrees Celsius (clamped); about 1.75 kW
 * at 0 degrees Celsius and 1.0 kW at 20 degrees Celsius. Drawn while the vehicle is in traffic only.
 *
 * <p>Pure static functions, no state.
 */
public final class OhdeSlaski {
  /** Nissan Leaf curb mass 1,525 kg plus 100 kg load. */
  public static final double LEAF_MASS_KG = 1525 + 100;
  /** Drivetrain efficiency from battery to wheel. */
  public static final double LEAF_EFFICIENCY = 0.935;
  static final double G = 9.81;
  static final double F_ROLL = 0.01;
  static final double F_AIR_KG_PER_M = 0.4193;
  static final double C_B = 0.191;
  static final double A1 = -0.267;
  static final double A2_MPS2 = 0.99819;
  static final double MIN_SPEED_MPS = 0.1;
  static final double MAX_SPEED_MPS = 80;
  private static final double J_PER_KWH = 3.6e6;

  private OhdeSlaski() {}

  /** Traction force in N at constant speed {@code v_mps} (clamped to [0.1, 80] m/s). */
  public static double tractionForce_N(double v_mps, double mass_kg) {
    double v = Math.min(MAX_SPEED_MPS, Math.max(MIN_SPEED_MPS, v_mps));
    return F_ROLL * mass_kg * G + F_AIR_KG_PER_M * v * v + C_B * (A1 * Math.log(v) + A2_MPS2) * mass_kg;
  }

  /**
   * Battery energy in kWh to drive {@code length_m} in {@code travelTime_s}. A zero travel time (a link
   * passed within one second) uses {@code fallbackSpeed_mps}, normally the link's free speed.
   */
  public static double driveEnergy_kWh(double length_m, double travelTime_s, double fallbackSpeed_mps, EvType type) {
    if (length_m <= 0) {
      return 0;
    }
    double v = travelTime_s > 0 ? length_m / travelTime_s : fallbackSpeed_mps;
    return length_m * tractionForce_N(v, type.mass_kg()) / type.efficiency() / J_PER_KWH;
  }

  /** Auxiliary power in kW at outside temperature {@code temperature_C} (clamped to -20..40 degrees Celsius). */
  public static double auxPower_kW(double temperature_C) {
    double t = Math.min(40, Math.max(-20, temperature_C));
    return ((1.3 * t - 63.4) * t + 1748.1) / 1000.0;
  }
}
