package de.bochumtwin.core.airquality;

/**
 * NO2 from NOx. {@link Method#ROMBERG}: the empirical relation of Romberg, Bösinger, Lohmeyer,
 * Ruhnke and Röth (1996, "NO-NO2-Umwandlung für die Anwendung bei Immissionsprognosen für
 * Kfz-Abgase", Gefahrstoffe - Reinhaltung der Luft 56, 215-218) for annual means,
 * {@code NO2 = A NOx / (NOx + B) + C NOx} with A = 103 µg/m³, B = 130 µg/m³, C = 0.005 (NOx counted as
 * NO2, µg/m³), applied as an increment on the background so that zero traffic gives the background
 * exactly: {@code NO2 = NO2_bg + max(dNO2_direct, R(NOx_bg + dNOx) - R(NOx_bg))}; the directly emitted
 * NO2 is a lower bound. {@link Method#DIRECT}: {@code NO2 = NO2_bg + dNO2_direct} (no chemistry, the
 * primary NO2 only: a lower bound). Romberg's fit is for annual means; applied hour by hour it
 * smooths peaks (documented limit).
 */
public final class No2Conversion {
  public static final double ROMBERG_A = 103;
  public static final double ROMBERG_B = 130;
  public static final double ROMBERG_C = 0.005;

  /** How NO2 is obtained. */
  public enum Method { ROMBERG, DIRECT }

  private No2Conversion() {}

  /** Romberg's NO2 (µg/m³) for a total NOx (µg/m³, as NO2). */
  public static double romberg(double nox) {
    return ROMBERG_A * nox / (nox + ROMBERG_B) + ROMBERG_C * nox;
  }

  /** The NOx for which {@link #romberg} gives {@code no2} (bisection; used to derive an NOx background). */
  public static double rombergInverse(double no2) {
    if (!(no2 >= 0)) {
      throw new IllegalArgumentException("NO2 must be >= 0, got " + no2);
    }
    double lo = 0;
    double hi = Math.max(1, no2);
    while (romberg(hi) < no2) {
      hi *= 2;
    }
    for (int i = 0; i < 200 && hi - lo > 1e-12 * hi; i++) {
      double m = 0.5 * (lo + hi);
      if (romberg(m) < no2) {
        lo = m;
      } else {
        hi = m;
      }
    }
    return 0.5 * (lo + hi);
  }

  /** Total NO2 (µg/m³) from the backgrounds and the traffic increments. */
  public static double no2(Method m, double no2Bg, double noxBg, double dNox, double dNo2Direct) {
    if (m == Method.DIRECT) {
      return no2Bg + dNo2Direct;
    }
    double inc = romberg(noxBg + dNox) - romberg(noxBg);
    return no2Bg + Math.max(dNo2Direct, inc);
  }
}
