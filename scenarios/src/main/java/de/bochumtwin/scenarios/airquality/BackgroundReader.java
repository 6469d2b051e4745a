package de.bochumtwin.scenarios.airquality;

import de.bochumtwin.core.airquality.AirSpecies;
import de.bochumtwin.core.airquality.Background;
import de.bochumtwin.core.airquality.No2Conversion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Background concentrations. A background CSV has the header {@code pollutant,background_ugm3} (extra
 * columns such as {@code source} are ignored) and one row per pollutant: {@code NO2}, {@code PM10},
 * {@code PM2.5} required, {@code NOx} optional (else derived from NO2 by inverting Romberg's relation,
 * so that background NOx and NO2 are consistent with the conversion).
 *
 * <p>{@link #bochumDefault()}: NO2 30.7 µg/m³ and PM10 27.0 µg/m³, the means of the 2011 annual means of
 * the three urban background stations around Bochum in the UBA data (DENW008 Dortmund-Eving 30 / 25,
 * DENW024 Essen-Vogelheim 31 / 30, DENW038 Mülheim-Styrum 31 / 26 µg/m³ NO2 / PM10); PM2.5 = 0.7 x PM10
 * = 18.9 µg/m³ (an estimate: the UBA file has no PM2.5); NOx = Romberg^-1(30.7) = 54.4 µg/m³.
 */
public final class BackgroundReader {
  public static final double BOCHUM_NO2 = (30 + 31 + 31) / 3.0;
  public static final double BOCHUM_PM10 = (25 + 30 + 26) / 3.0;
  public static final double PM25_PER_PM10 = 0.7;

  private BackgroundReader() {}

  public static Background bochumDefault() {
    return Background.constant(No2Conversion.rombergInverse(BOCHUM_NO2), BOCHUM_NO2, BOCHUM_PM10, PM25_PER_PM10 * BOCHUM_PM10);
  }

  public static Background read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read background file " + file + ": " + e.getMessage(), e);
    }
    if (lines.isEmpty()) {
      throw new IllegalArgumentException(file + ": empty; expected header pollutant,background_ugm3");
    }
    String[] head = lines.get(0).trim().split(",", -1);
    int cp = -1;
    int cv = -1;
    for (int i = 0; i < head.length; i++) {
      if (head[i].trim().equals("pollutant")) {
        cp = i;
      } else if (head[i].trim().equals("background_ugm3")) {
        cv = i;
      }
    }
    if (cp < 0 || cv < 0) {
      throw new IllegalArgumentException(file + ":1: header must contain pollutant and background_ugm3, got " + lines.get(0));
    }
    double[] v = {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
    for (int ln = 1; ln < lines.size(); ln++) {
      String line = lines.get(ln);
      if (line.isBlank()) {
        continue;
      }
      String where = file + ":" + (ln + 1);
      String[] f = line.split(",", -1);
      if (f.length <= Math.max(cp, cv)) {
        throw new IllegalArgumentException(where + ": expected at least " + (Math.max(cp, cv) + 1) + " fields");
      }
      AirSpecies s = AirSpecies.fromLabel(f[cp].trim());
      if (s == null) {
        throw new IllegalArgumentException(where + ": unknown pollutant '" + f[cp].trim() + "'; use NOx, NO2, PM10 or PM2.5");
      }
      double d;
      try {
        d = Double.parseDouble(f[cv].trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(where + ": background_ugm3 '" + f[cv].trim() + "' is not a number");
      }
      if (!(d >= 0) || Double.isInfinite(d)) {
        throw new IllegalArgumentException(where + ": background_ugm3 must be >= 0, got " + d);
      }
      if (!Double.isNaN(v[s.ordinal()])) {
        throw new IllegalArgumentException(where + ": " + s.label() + " given twice");
      }
      v[s.ordinal()] = d;
    }
    for (AirSpecies s : List.of(AirSpecies.NO2, AirSpecies.PM10, AirSpecies.PM2_5)) {
      if (Double.isNaN(v[s.ordinal()])) {
        throw new IllegalArgumentException(file + ": no row for " + s.label() + "; add '" + s.label() + ",<µg/m³>'");
      }
    }
    double nox = Double.isNaN(v[0]) ? No2Conversion.rombergInverse(v[1]) : v[0];
    return Background.constant(nox, v[1], v[2], v[3]);
  }
}
