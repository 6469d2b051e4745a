package de.bochumtwin.scenarios.airquality;

import de.bochumtwin.core.airquality.Meteorology;
import de.bochumtwin.core.airquality.PasquillTurner;
import de.bochumtwin.core.airquality.StabilityClass;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads hourly meteorology. Two layouts, told apart by the header:
 *
 * <ul>
 *   <li><b>Simple CSV</b> (comma separated, one row per hour): {@code time} (ISO local date-time, e.g.
 *       {@code 2025-07-01T14:00}, optionally with an offset; without one Europe/Berlin is assumed),
 *       {@code wind_speed_mps}, {@code wind_dir_deg} (direction the wind comes from), and either
 *       {@code stability} (A-F or 1-6) or {@code cloud_octas} (0-8, class by {@link PasquillTurner});
 *       optional {@code temperature_c}, {@code global_radiation_wpm2}.</li>
 *   <li><b>EcoWitt GW2001</b> as published by the City of Bochum (header with {@code datetime},
 *       {@code wind_wind_speed}, {@code wind_wind_direction}, {@code solar_and_uvi_solar},
 *       {@code outdoor_temperature}; 5-minute rows): averaged to clock hours (scalar mean speed, vector
 *       mean direction, mean radiation and temperature). The wind speed unit is not documented; the
 *       values (median 19.8, max 32.9 in 2025-07) only make sense as km/h, the station's default, so
 *       they are divided by 3.6. Stability: {@link PasquillTurner} with the measured radiation by day
 *       and unknown cloud (treated as 4 octas) at night.</li>
 * </ul>
 * Sun elevation for the Turner classes uses Bochum's position (51.48 N, 7.22 E).
 */
public final class MetFileReader {
  public static final double LAT_DEG = 51.48;
  public static final double LON_DEG = 7.22;
  static final ZoneId LOCAL = ZoneId.of("Europe/Berlin");

  private MetFileReader() {}

  public static Meteorology read(Path file) {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String header = r.readLine();
      if (header == null) {
        throw new IllegalArgumentException(file + ": empty file; expected a met CSV with a header line");
      }
      String[] cols = header.trim().split(",", -1);
      Map<String, Integer> at = new HashMap<>();
      for (int i = 0; i < cols.length; i++) {
        at.put(cols[i].trim().toLowerCase(Locale.ROOT), i);
      }
      if (at.containsKey("wind_wind_speed")) {
        return ecowitt(file, r, at);
      }
      return simple(file, r, at);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read met file " + file + ": " + e.getMessage(), e);
    }
  }

  private static int need(Path file, Map<String, Integer> at, String col, String fix) {
    Integer i = at.get(col);
    if (i == null) {
      throw new IllegalArgumentException(file + ":1: column '" + col + "' missing; " + fix);
    }
    return i;
  }

  private static Meteorology simple(Path file, BufferedReader r, Map<String, Integer> at) throws IOException {
    String fix = "a met CSV needs time,wind_speed_mps,wind_dir_deg and stability or cloud_octas (docs/airquality.md)";
    int cTime = need(file, at, "time", fix);
    int cU = need(file, at, "wind_speed_mps", fix);
    int cDir = need(file, at, "wind_dir_deg", fix);
    Integer cStab = at.get("stability");
    Integer cCloud = at.get("cloud_octas");
    if (cStab == null && cCloud == null) {
      throw new IllegalArgumentException(file + ":1: neither 'stability' nor 'cloud_octas' column; " + fix);
    }
    Integer cT = at.get("temperature_c");
    Integer cRad = at.get("global_radiation_wpm2");
    Meteorology.Builder b = Meteorology.builder();
    LocalDate first = null;
    String line;
    int ln = 1;
    while ((line = r.readLine()) != null) {
      ln++;
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split(",", -1);
      String where = file + ":" + ln;
      ZonedDateTime t = time(where, field(where, f, cTime, "time"));
      double u = num(where, f, cU, "wind_speed_mps");
      double dir = num(where, f, cDir, "wind_dir_deg");
      double temp = cT == null ? Double.NaN : num(where, f, cT, "temperature_c");
      double rad = cRad == null ? Double.NaN : num(where, f, cRad, "global_radiation_wpm2");
      StabilityClass cls;
      if (cStab != null && !field(where, f, cStab, "stability").isBlank()) {
        cls = StabilityClass.parse(f[cStab]);
        if (cls == null) {
          throw new IllegalArgumentException(where + ": column 'stability': '" + f[cStab] + "' is not a class A-F or 1-6");
        }
      } else {
        if (cCloud == null) {
          throw new IllegalArgumentException(where + ": 'stability' empty and no 'cloud_octas' column");
        }
        double cloud = num(where, f, cCloud, "cloud_octas");
        if (cloud < 0 || cloud > 8) {
          throw new IllegalArgumentException(where + ": column 'cloud_octas' must be 0-8, got " + cloud);
        }
        cls = PasquillTurner.classify(u, elevation(t), cloud, rad);
      }
      if (first == null) {
        first = t.toLocalDate();
      }
      try {
        b.hour(t.toLocalDateTime().toString(), t.getHour(), (int) ChronoUnit.DAYS.between(first, t.toLocalDate()), u,
            dir == 360 ? 0 : dir, cls, temp);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
      }
    }
    if (first == null) {
      throw new IllegalArgumentException(file + ": no data rows");
    }
    return b.build();
  }

  private static Meteorology ecowitt(Path file, BufferedReader r, Map<String, Integer> at) throws IOException {
    String fix = "expected the City of Bochum EcoWitt export layout";
    int cTime = need(file, at, "datetime", fix);
    int cU = need(file, at, "wind_wind_speed", fix);
    int cDir = need(file, at, "wind_wind_direction", fix);
    int cRad = need(file, at, "solar_and_uvi_solar", fix);
    int cT = need(file, at, "outdoor_temperature", fix);
    // the published files are not sorted by time (2025-07: the first two hours come after the third):
    // read all rows, then group by clock hour in time order
    java.util.TreeMap<ZonedDateTime, double[]> hours = new java.util.TreeMap<>();
    String line;
    int ln = 1;
    while ((line = r.readLine()) != null) {
      ln++;
      if (line.isBlank()) {
        continue;
      }
      String where = file + ":" + ln;
      String[] f = line.split(",", -1);
      ZonedDateTime t = time(where, field(where, f, cTime, "datetime")).truncatedTo(ChronoUnit.HOURS);
      double dir = Math.toRadians(num(where, f, cDir, "wind_wind_direction"));
      double[] acc = hours.computeIfAbsent(t, k -> new double[6]);
      acc[0] += num(where, f, cU, "wind_wind_speed") / 3.6;
      acc[1] += Math.sin(dir);
      acc[2] += Math.cos(dir);
      acc[3] += num(where, f, cRad, "solar_and_uvi_solar");
      acc[4] += num(where, f, cT, "outdoor_temperature");
      acc[5]++;
    }
    if (hours.isEmpty()) {
      throw new IllegalArgumentException(file + ": no data rows");
    }
    Meteorology.Builder b = Meteorology.builder();
    LocalDate first = hours.firstKey().toLocalDate();
    for (Map.Entry<ZonedDateTime, double[]> e : hours.entrySet()) {
      ZonedDateTime hour = e.getKey();
      double[] a = e.getValue();
      double n = a[5];
      double u = a[0] / n;
      double dir = (Math.toDegrees(Math.atan2(a[1], a[2])) + 360) % 360;
      StabilityClass cls = PasquillTurner.classify(u, elevation(hour.plusMinutes(30)), Double.NaN, a[3] / n);
      b.hour(hour.toLocalDateTime().toString(), hour.getHour(), (int) ChronoUnit.DAYS.between(first, hour.toLocalDate()),
          u, dir, cls, a[4] / n);
    }
    return b.build();
  }

  /** Sun elevation at Bochum for an instant. */
  static double elevation(ZonedDateTime t) {
    ZonedDateTime utc = t.withZoneSameInstant(ZoneId.of("UTC"));
    double solarHour = utc.getHour() + utc.getMinute() / 60.0 + LON_DEG / 15.0;
    return PasquillTurner.sunElevation_deg(utc.getDayOfYear(), solarHour, LAT_DEG);
  }

  private static String field(String where, String[] f, int c, String name) {
    if (c >= f.length) {
      throw new IllegalArgumentException(where + ": column '" + name + "' missing (row has " + f.length + " fields)");
    }
    return f[c].trim();
  }

  private static double num(String where, String[] f, int c, String name) {
    String s = field(where, f, c, name);
    try {
      double v = Double.parseDouble(s);
      if (!Double.isFinite(v)) {
        throw new NumberFormatException();
      }
      return v;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(where + ": column '" + name + "': '" + s + "' is not a number");
    }
  }

  static ZonedDateTime time(String where, String s) {
    String t = s.replace(' ', 'T');
    try {
      return OffsetDateTime.parse(t).atZoneSameInstant(OffsetDateTime.parse(t).getOffset());
    } catch (DateTimeParseException e) {
      try {
        return LocalDateTime.parse(t).atZone(LOCAL);
      } catch (DateTimeParseException e2) {
        throw new IllegalArgumentException(where + ": time '" + s + "' is not an ISO date-time like 2025-07-01T14:00");
      }
    }
  }

  /** The hours of {@code met} repeated cyclically to {@code hours} hours (e.g. one month to a year); labels get a cycle suffix. */
  public static Meteorology repeat(Meteorology met, int hours) {
    Meteorology.Builder b = Meteorology.builder();
    int days = met.dayCount();
    for (int i = 0; i < hours; i++) {
      int k = i % met.hourCount();
      int cycle = i / met.hourCount();
      b.hour(met.time(k) + (cycle == 0 ? "" : "+" + cycle), met.hourOfDay(k), cycle * days + met.day(k), met.wind_mps(k),
          met.windFrom_deg(k), met.stability(k), met.temperature_c(k));
    }
    return b.build();
  }

  /** Class frequencies (share of hours per class A-F), for summaries. */
  public static double[] stabilityShares(Meteorology met) {
    double[] s = new double[StabilityClass.values().length];
    for (int h = 0; h < met.hourCount(); h++) {
      s[met.stability(h).ordinal()] += 1.0 / met.hourCount();
    }
    return s;
  }
}
