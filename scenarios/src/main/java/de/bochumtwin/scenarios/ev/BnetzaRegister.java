package de.bochumtwin.scenarios.ev;

import de.bochumtwin.scenarios.io.InputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the Bundesnetzagentur charging register ("Ladesäulenregister") CSV in both layouts we have:
 *
 * <ul>
 *   <li>2019 ({@code Ladesaeulenkarte_Datenbankauszug}, converted to UTF-8 CSV): columns
 *       {@code Betreiber; Adresse; Postleitzahl Ort; Längengrad [DG]; Breitengrad [DG]; ...;
 *       Anschlussleistung [kW]; Art der Ladeeinrichtung; Anzahl Ladepunkte; P1 [kW] .. P4 [kW]},
 *       decimal point, CRLF line ends.
 *   <li>current (2025): {@code Ladeeinrichtungs-ID; Betreiber; ...; Status; Art der Ladeeinrichtung;
 *       Anzahl Ladepunkte; Nennleistung Ladeeinrichtung [kW]; ...; Breitengrad; Längengrad; ...;
 *       Nennleistung Stecker1 .. 6}, UTF-8 with byte order mark, decimal comma, quoted fields with
 *       ';' and line breaks.
 * </ul>
 *
 * The layout is recognised from the header. Columns are found by name, so added or reordered columns do
 * not matter. Rows whose {@code Status} is given and not {@code In Betrieb} are skipped. A row without
 * valid coordinates or power is an error naming the line.
 */
public final class BnetzaRegister {
  private BnetzaRegister() {}

  /** The register rows of {@code file}, in file order. */
  public static List<RegisterEntry> read(Path file) {
    List<SemicolonCsv.Row> rows = SemicolonCsv.read(file);
    if (rows.isEmpty()) {
      throw new InputException(file, 1, "empty file; pass a Bundesnetzagentur charging register CSV");
    }
    Map<String, Integer> col = new HashMap<>();
    List<String> header = rows.get(0).fields();
    for (int i = 0; i < header.size(); i++) {
      col.putIfAbsent(header.get(i).trim(), i);
    }
    boolean layout2019 = col.containsKey("Längengrad [DG]");
    boolean layoutCurrent = col.containsKey("Ladeeinrichtungs-ID") && col.containsKey("Längengrad");
    if (!layout2019 && !layoutCurrent) {
      throw new InputException(file, 1, "header has neither 'Längengrad [DG]' (2019 register) nor"
          + " 'Ladeeinrichtungs-ID' and 'Längengrad' (current register); pass a Bundesnetzagentur register CSV"
          + " saved as UTF-8 with ';' separators");
    }
    List<RegisterEntry> out = new ArrayList<>();
    for (int r = 1; r < rows.size(); r++) {
      SemicolonCsv.Row row = rows.get(r);
      RegisterEntry e = layout2019 ? entry2019(file, row, col) : entryCurrent(file, row, col);
      if (e != null) {
        out.add(e);
      }
    }
    return out;
  }

  private static RegisterEntry entry2019(Path file, SemicolonCsv.Row row, Map<String, Integer> col) {
    double lon = number(file, row, col, "Längengrad [DG]", true);
    double lat = number(file, row, col, "Breitengrad [DG]", true);
    double power = number(file, row, col, "Anschlussleistung [kW]", true);
    double pointMax = maxOf(file, row, col, "P%d [kW]", 4);
    return new RegisterEntry("row" + row.line(), text(row, col, "Betreiber"),
        text(row, col, "Adresse") + ", " + text(row, col, "Postleitzahl Ort"), lat, lon, power,
        Double.isNaN(pointMax) ? power : pointMax, points(file, row, col),
        text(row, col, "Art der Ladeeinrichtung").startsWith("Schnell"), row.line());
  }

  private static RegisterEntry entryCurrent(Path file, SemicolonCsv.Row row, Map<String, Integer> col) {
    String status = text(row, col, "Status");
    if (!status.isEmpty() && !status.equals("In Betrieb")) {
      return null;
    }
    double lat = number(file, row, col, "Breitengrad", true);
    double lon = number(file, row, col, "Längengrad", true);
    double power = number(file, row, col, "Nennleistung Ladeeinrichtung [kW]", true);
    double pointMax = maxOf(file, row, col, "Nennleistung Stecker%d", 6);
    String address = (text(row, col, "Straße") + " " + text(row, col, "Hausnummer")).trim() + ", "
        + text(row, col, "Postleitzahl") + " " + text(row, col, "Ort");
    return new RegisterEntry(text(row, col, "Ladeeinrichtungs-ID"), text(row, col, "Betreiber"), address, lat, lon,
        power, Double.isNaN(pointMax) ? power : pointMax, points(file, row, col),
        text(row, col, "Art der Ladeeinrichtung").startsWith("Schnell"), row.line());
  }

  private static String text(SemicolonCsv.Row row, Map<String, Integer> col, String name) {
    Integer i = col.get(name);
    return i == null ? "" : row.get(i).trim();
  }

  private static int points(Path file, SemicolonCsv.Row row, Map<String, Integer> col) {
    double n = number(file, row, col, "Anzahl Ladepunkte", false);
    if (Double.isNaN(n)) {
      return 1;
    }
    if (n < 1 || n != Math.rint(n)) {
      throw new InputException(file, row.line(), "'Anzahl Ladepunkte' is '" + text(row, col, "Anzahl Ladepunkte")
          + "', expected a whole number >= 1; fix the row or remove it");
    }
    return (int) n;
  }

  private static double maxOf(Path file, SemicolonCsv.Row row, Map<String, Integer> col, String pattern, int count) {
    double max = Double.NaN;
    for (int k = 1; k <= count; k++) {
      String name = String.format(pattern, k);
      Integer i = col.get(name);
      if (i == null) {
        continue;
      }
      // a charge point with several connectors lists one power per connector: "175; 175"
      for (String part : row.get(i).split(";")) {
        double p = parse(file, row, name, part.trim(), 0);
        if (!Double.isNaN(p) && (Double.isNaN(max) || p > max)) {
          max = p;
        }
      }
    }
    return max;
  }

  /** A number with decimal point or comma; NaN when empty and not required. */
  private static double number(Path file, SemicolonCsv.Row row, Map<String, Integer> col, String name, boolean required) {
    String s = text(row, col, name);
    if (s.isEmpty() && required) {
      throw new InputException(file, row.line(), "column '" + name + "' is empty; fill it in or remove the row");
    }
    return parse(file, row, name, s, name.contains("grad") ? -180 : 0);
  }

  private static double parse(Path file, SemicolonCsv.Row row, String name, String s, double min) {
    if (s.isEmpty()) {
      return Double.NaN;
    }
    try {
      double v = Double.parseDouble(s.replace(',', '.'));
      if (!Double.isFinite(v) || v < min) {
        throw new NumberFormatException();
      }
      return v;
    } catch (NumberFormatException e) {
      throw new InputException(file, row.line(), "column '" + name + "' is '" + s
          + "', expected a number (decimal point or comma); fix the value");
    }
  }
}
