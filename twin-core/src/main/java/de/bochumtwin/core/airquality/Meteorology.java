package de.bochumtwin.core.airquality;

import java.util.ArrayList;
import java.util.List;

/**
 * Hourly meteorology as parallel arrays, one entry per hour of the period, in time order. Each hour
 * carries its clock hour of day (0-23, selects the emission hour) and a day index (0-based, groups hours
 * into days for daily means). Immutable; build with {@link #builder()}.
 */
public final class Meteorology {
  private final String[] time;
  private final int[] hourOfDay;
  private final int[] day;
  private final double[] wind_mps;
  private final double[] windFrom_deg;
  private final StabilityClass[] stability;
  private final double[] temperature_c;

  private Meteorology(Builder b) {
    int n = b.time.size();
    time = b.time.toArray(new String[0]);
    hourOfDay = new int[n];
    day = new int[n];
    wind_mps = new double[n];
    windFrom_deg = new double[n];
    stability = b.stability.toArray(new StabilityClass[0]);
    temperature_c = new double[n];
    for (int i = 0; i < n; i++) {
      hourOfDay[i] = b.ints.get(2 * i);
      day[i] = b.ints.get(2 * i + 1);
      wind_mps[i] = b.doubles.get(3 * i);
      windFrom_deg[i] = b.doubles.get(3 * i + 1);
      temperature_c[i] = b.doubles.get(3 * i + 2);
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  public int hourCount() {
    return time.length;
  }

  /** Label of the hour (e.g. ISO local time of its start). */
  public String time(int h) {
    return time[h];
  }

  public int hourOfDay(int h) {
    return hourOfDay[h];
  }

  public int day(int h) {
    return day[h];
  }

  public int dayCount() {
    return time.length == 0 ? 0 : day[time.length - 1] + 1;
  }

  public double wind_mps(int h) {
    return wind_mps[h];
  }

  public double windFrom_deg(int h) {
    return windFrom_deg[h];
  }

  public StabilityClass stability(int h) {
    return stability[h];
  }

  /** Air temperature (°C), NaN when unknown; informational (the model does not use it). */
  public double temperature_c(int h) {
    return temperature_c[h];
  }

  /** Collects hours in time order; day indices must not decrease. */
  public static final class Builder {
    private final List<String> time = new ArrayList<>();
    private final List<Integer> ints = new ArrayList<>();
    private final List<Double> doubles = new ArrayList<>();
    private final List<StabilityClass> stability = new ArrayList<>();
    private int lastDay;

    private Builder() {}

    /** Adds one hour; throws IllegalArgumentException naming the hour when a value is out of range. */
    public Builder hour(String label, int hourOfDay, int day, double wind_mps, double windFrom_deg,
        StabilityClass cls, double temperature_c) {
      String at = "hour " + time.size() + " (" + label + "): ";
      if (hourOfDay < 0 || hourOfDay > 23) {
        throw new IllegalArgumentException(at + "hour of day must be 0-23, got " + hourOfDay);
      }
      if (day < lastDay || day < 0) {
        throw new IllegalArgumentException(at + "day index " + day + " goes backwards (previous " + lastDay + ")");
      }
      if (!(wind_mps >= 0) || Double.isInfinite(wind_mps)) {
        throw new IllegalArgumentException(at + "wind speed must be >= 0 m/s, got " + wind_mps);
      }
      if (!(windFrom_deg >= 0 && windFrom_deg <= 360)) {
        throw new IllegalArgumentException(at + "wind direction must be 0-360 degrees, got " + windFrom_deg);
      }
      if (cls == null) {
        throw new IllegalArgumentException(at + "stability class missing");
      }
      lastDay = day;
      time.add(label);
      ints.add(hourOfDay);
      ints.add(day);
      doubles.add(wind_mps);
      doubles.add(windFrom_deg);
      doubles.add(temperature_c);
      stability.add(cls);
      return this;
    }

    public Meteorology build() {
      if (time.isEmpty()) {
        throw new IllegalArgumentException("meteorology has no hours");
      }
      return new Meteorology(this);
    }
  }
}
