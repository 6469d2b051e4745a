package de.bochumtwin.scenarios.ev;

/**
 * Classes of a charging device's nominal power used in import reports: slow AC (up to 11 kW), AC up to
 * 22 kW, fast below 50 kW (mostly 43/44 kW AC or small DC), DC 50-149 kW, and high-power charging from
 * 150 kW. Bounds follow the usual register/AFIR steps (11, 22, 50, 150 kW).
 */
public enum PowerClass {
  UP_TO_11_KW("<=11 kW"),
  UP_TO_22_KW("11-22 kW"),
  BELOW_50_KW("22-50 kW"),
  KW_50_TO_149("50-150 kW"),
  FROM_150_KW(">=150 kW");

  private final String label;

  PowerClass(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The class of {@code power_kW}: (0, 11], (11, 22], (22, 50), [50, 150), [150, inf). */
  public static PowerClass of(double power_kW) {
    if (power_kW <= 11) {
      return UP_TO_11_KW;
    }
    if (power_kW <= 22) {
      return UP_TO_22_KW;
    }
    if (power_kW < 50) {
      return BELOW_50_KW;
    }
    return power_kW < 150 ? KW_50_TO_149 : FROM_150_KW;
  }
}
