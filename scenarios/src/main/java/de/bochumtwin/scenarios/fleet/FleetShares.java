package de.bochumtwin.scenarios.fleet;

import de.bochumtwin.scenarios.io.InputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Technology shares of the passenger cars registered in one year (fractions, summing to 1).
 *
 * <p>Derivation from Bochum's register (one row per month: cars, trucks, buses, tractors, electric
 * vehicles, vehicles with an E plate, diesel vehicles; see docs/data-sources.md), using the last month
 * of each year: {@code bev = electric / cars} (assumes all electric vehicles are cars),
 * {@code other = (E plates - electric) / cars} (plug-in hybrids and fuel-cell cars),
 * {@code diesel = (diesel - trucks - buses - tractors) / cars} (assumes every truck, bus and tractor
 * is a diesel), {@code petrol = 1 - the rest}. Years without diesel counts (before 2017) are skipped.
 *
 * @param year calendar year
 * @param date the register date the shares were taken from (ISO yyyy-mm-dd)
 * @param source a short citation of the figures
 */
public record FleetShares(int year, String date, double petrol, double diesel, double bev, double other, String source) {
  /** The committed table, {@code scenarios/bochum/fleet_shares.csv} on the classpath. */
  public static final String BUNDLED = "/de/bochumtwin/scenarios/bochum/fleet_shares.csv";

  public FleetShares {
    double[] s = {petrol, diesel, bev, other};
    double sum = 0;
    for (double v : s) {
      if (!(v >= 0 && v <= 1)) {
        throw new IllegalArgumentException("fleet shares of " + year + " must be in [0, 1], got " + v);
      }
      sum += v;
    }
    if (Math.abs(sum - 1) > 1e-3) {
      throw new IllegalArgumentException("fleet shares of " + year + " must sum to 1, got " + sum);
    }
  }

  /** The bundled Bochum shares of {@code year}; throws listing the available years when absent. */
  public static FleetShares bochum(int year) {
    List<FleetShares> all = bundled();
    for (FleetShares s : all) {
      if (s.year() == year) {
        return s;
      }
    }
    throw new IllegalArgumentException("no Bochum fleet shares for " + year + "; available years: "
        + all.stream().map(s -> String.valueOf(s.year())).toList());
  }

  /** The bundled Bochum shares of the latest year in the register. */
  public static FleetShares bochumLatest() {
    List<FleetShares> all = bundled();
    return all.get(all.size() - 1);
  }

  /** All rows of the bundled table, by year. */
  public static List<FleetShares> bundled() {
    try (InputStream in = FleetShares.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException(BUNDLED + " is not on the classpath; build the scenarios module");
      }
      return parseShares(Path.of("scenarios/bochum/fleet_shares.csv"),
          new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<FleetShares> parseShares(Path file, List<String> lines) {
    List<FleetShares> out = new ArrayList<>();
    String[] head = lines.get(0).split(",");
    if (head.length < 7 || !head[0].equals("year")) {
      throw new InputException(file, 1, "expected header year,date,petrol,diesel,bev,other,source");
    }
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      String[] f = lines.get(i).split(",", 7);
      try {
        out.add(new FleetShares(Integer.parseInt(f[0]), f[1], Double.parseDouble(f[2]), Double.parseDouble(f[3]),
            Double.parseDouble(f[4]), Double.parseDouble(f[5]), f[6]));
      } catch (RuntimeException e) {
        throw new InputException(file, i + 1, "bad fleet share row '" + lines.get(i) + "': " + e.getMessage()
            + "; fix the row (shares are fractions summing to 1)");
      }
    }
    return out;
  }

  /** Derives the shares of every year with diesel counts from the register CSV (read in place). */
  public static List<FleetShares> fromRegister(Path csv) {
    List<String> lines;
    try (BufferedReader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      lines = r.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + csv + ": " + e.getMessage(), e);
    }
    List<String> head = List.of(lines.get(0).split(","));
    String[] need = {"Datum", "Personenkraftwagen", "Lastkraftwagen", "Busse", "Zugmaschinen", "Elektrofahrzeuge",
        "Elektro-Kennzeichen", "Dieselfahrzeuge"};
    int[] col = new int[need.length];
    for (int i = 0; i < need.length; i++) {
      col[i] = head.indexOf(need[i]);
      if (col[i] < 0) {
        throw new InputException(csv, 1, "the register has no column '" + need[i] + "'; expected the Bochum open-data layout");
      }
    }
    Map<Integer, String[]> lastOfYear = new LinkedHashMap<>();
    for (int i = 1; i < lines.size(); i++) {
      String[] f = lines.get(i).split(",");
      if (f.length < head.size() || f[col[7]].equals("n/a") || f[col[6]].equals("n/a")) {
        continue;
      }
      lastOfYear.put(Integer.parseInt(f[col[0]].substring(0, 4)), f); // rows are in date order
    }
    List<FleetShares> out = new ArrayList<>();
    for (Map.Entry<Integer, String[]> e : lastOfYear.entrySet()) {
      String[] f = e.getValue();
      double cars = Double.parseDouble(f[col[1]]);
      double nonCarDiesel = Double.parseDouble(f[col[2]]) + Double.parseDouble(f[col[3]]) + Double.parseDouble(f[col[4]]);
      double bev = Double.parseDouble(f[col[5]]) / cars;
      double other = (Double.parseDouble(f[col[6]]) - Double.parseDouble(f[col[5]])) / cars;
      double diesel = (Double.parseDouble(f[col[7]]) - nonCarDiesel) / cars;
      out.add(new FleetShares(e.getKey(), f[col[0]], round(1 - bev - other - diesel), round(diesel), round(bev), round(other),
          "Stadt Bochum open data vehicle inventory"));
    }
    return out;
  }

  private static double round(double v) {
    return Math.round(v * 1e5) / 1e5;
  }

  /** One CSV row in the bundled table's layout. */
  public String toCsvRow() {
    return year + "," + date + "," + petrol + "," + diesel + "," + bev + "," + other + "," + source;
  }
}
