package de.bochumtwin.core.airquality;

/**
 * Concentrations (µg/m³, background included, NO2 after conversion) for every receptor: period means,
 * exceedance counts, the full hourly series of the named receptors and, when requested, hourly values
 * of every receptor. Arrays are owned by this object; accessors copy nothing.
 */
public final class AirQualityResult {
  /** EU limit: hourly NO2 above 200 µg/m³ (at most 18 hours a year). */
  public static final double NO2_HOURLY_LIMIT = 200;
  /** EU limit: daily mean PM10 above 50 µg/m³ (at most 35 days a year). */
  public static final double PM10_DAILY_LIMIT = 50;
  /** A day counts for the PM10 daily mean with at least 18 of 24 hours (75 %, as the EU data-capture rule). */
  public static final int MIN_HOURS_PER_DAY = 18;

  private static final int S = AirSpecies.values().length;

  private final Receptors receptors;
  private final Meteorology met;
  private final double[] mean;
  private final float[][] hourly;
  private final double[] series;
  private final int[] no2Hours;
  private final int[] pm10Days;
  private final int[] validDays;
  private final long elementEvaluations;
  private final long linkReceptorPairs;

  AirQualityResult(Receptors receptors, Meteorology met, double[] mean, float[][] hourly, double[] series,
      int[] no2Hours, int[] pm10Days, int[] validDays, long elementEvaluations, long pairs) {
    this.receptors = receptors;
    this.met = met;
    this.mean = mean;
    this.hourly = hourly;
    this.series = series;
    this.no2Hours = no2Hours;
    this.pm10Days = pm10Days;
    this.validDays = validDays;
    this.elementEvaluations = elementEvaluations;
    this.linkReceptorPairs = pairs;
  }

  public Receptors receptors() {
    return receptors;
  }

  public Meteorology meteorology() {
    return met;
  }

  /** Period mean of {@code s} at receptor {@code r}. */
  public double mean(AirSpecies s, int r) {
    return mean[s.ordinal() * receptors.size() + r];
  }

  public boolean hasHourlyGrid() {
    return hourly != null;
  }

  /** Hourly value of any receptor; only with {@link #hasHourlyGrid()}. */
  public double hourly(AirSpecies s, int r, int h) {
    if (hourly == null) {
      throw new IllegalStateException("hourly values of all receptors were not kept");
    }
    return hourly[h][s.ordinal() * receptors.size() + r];
  }

  /** Hourly value at named receptor {@code r} (0 <= r < namedCount). */
  public double series(AirSpecies s, int r, int h) {
    int named = receptors.namedCount();
    return series[(s.ordinal() * met.hourCount() + h) * named + r];
  }

  /** Hours with NO2 above 200 µg/m³ at receptor {@code r}. */
  public int no2HoursAbove200(int r) {
    return no2Hours[r];
  }

  /** Days (with >= 18 hours) whose mean PM10 is above 50 µg/m³ at receptor {@code r}. */
  public int pm10DaysAbove50(int r) {
    return pm10Days[r];
  }

  /** Days with enough hours for a daily mean (same for every receptor). */
  public int validDays() {
    return validDays[0];
  }

  /** Work counter: element-hour kernel evaluations (including those skipped as upwind or off-plume). */
  public long elementEvaluations() {
    return elementEvaluations;
  }

  /** Work counter: (link, receptor) pairs within the cutoff. */
  public long linkReceptorPairs() {
    return linkReceptorPairs;
  }

  static int species() {
    return S;
  }
}
