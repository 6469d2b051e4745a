package de.bochumtwin.core.airquality;

/**
 * Background concentrations (µg/m³) per species, either one value for all hours or one value per
 * hour of the meteorology. The NOx background is used only by the NO2 conversion; NO2's own background
 * is what NO2 reports when traffic adds nothing.
 */
public final class Background {
  private final double[][] hourly;
  private final double[] constant;

  private Background(double[] constant, double[][] hourly) {
    this.constant = constant;
    this.hourly = hourly;
  }

  /** The same background every hour: {@code values[species.ordinal()]} in µg/m³. */
  public static Background constant(double nox, double no2, double pm10, double pm25) {
    double[] v = {nox, no2, pm10, pm25};
    for (double d : v) {
      if (!(d >= 0) || Double.isInfinite(d)) {
        throw new IllegalArgumentException("background concentrations must be finite and >= 0, got " + d);
      }
    }
    return new Background(v, null);
  }

  /** One value per hour and species: {@code values[species.ordinal()][hour]}. */
  public static Background hourly(double[][] values) {
    if (values.length != AirSpecies.values().length) {
      throw new IllegalArgumentException("hourly background needs " + AirSpecies.values().length + " species");
    }
    double[][] c = new double[values.length][];
    for (int i = 0; i < values.length; i++) {
      c[i] = values[i].clone();
      for (double d : c[i]) {
        if (!(d >= 0) || Double.isInfinite(d)) {
          throw new IllegalArgumentException("background " + AirSpecies.values()[i].label() + " must be finite and >= 0, got " + d);
        }
      }
    }
    return new Background(null, c);
  }

  /** Background of {@code s} in hour {@code h} of the meteorology. */
  public double value(AirSpecies s, int h) {
    return constant != null ? constant[s.ordinal()] : hourly[s.ordinal()][h];
  }

  /** Hours covered (-1 when constant). */
  public int hourCount() {
    return hourly == null ? -1 : hourly[0].length;
  }
}
