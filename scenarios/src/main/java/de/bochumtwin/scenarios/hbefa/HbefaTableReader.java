package de.bochumtwin.scenarios.hbefa;

import de.bochumtwin.core.emissions.ColdFactorTable;
import de.bochumtwin.core.emissions.EmissionClass;
import de.bochumtwin.core.emissions.Pollutant;
import de.bochumtwin.core.emissions.TrafficSituation;
import de.bochumtwin.core.emissions.VehicleCategory;
import de.bochumtwin.core.emissions.WarmFactorTable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads HBEFA exports in the four layouts MATSim reads, by column name (extra columns are ignored):
 *
 * <ul>
 *   <li>average warm: {@code VehCat, Component, TrafficSit, Gradient, V_weighted, EFA_weighted}
 *   <li>detailed warm: the same with {@code Technology, SizeClasse, EmConcept, V, EFA}
 *   <li>average cold: {@code VehCat, Component, AmbientCondPattern, EFA_weighted}
 *   <li>detailed cold: the same with {@code Technology, SizeClasse, EmConcept, EFA}
 * </ul>
 *
 * <p>{@code TrafficSit} is road type + "/" + situation ({@code Freeflow, Heavy, Satur., St+Go,
 * St+Go2}); {@code AmbientCondPattern} is e.g. {@code TØ,3-4h,0-1km} (parking time class = upper
 * bound in hours, {@code >12h} = 13; distance class = upper bound in km). Rows with a gradient other
 * than {@code 0%} are skipped and counted (MATSim's lookups use 0 %). Numbers may use a decimal comma.
 * Bytes that are not UTF-8 (older exports are Latin-1) are replaced, which only affects text columns
 * such as the temperature symbol. Duplicate keys are errors, as in MATSim's default
 * {@code crashIfDuplicateExists}.
 */
public final class HbefaTableReader {
  private HbefaTableReader() {}

  /** A table with reading statistics. */
  public record Warm(WarmFactorTable table, boolean detailed, int rows, int skippedGradientRows) {}

  /** A cold table with reading statistics. */
  public record Cold(ColdFactorTable table, boolean detailed, int rows) {}

  public static Warm readWarm(Path file) {
    return readWarm(file.toString(), open(file));
  }

  public static Cold readCold(Path file) {
    return readCold(file.toString(), open(file));
  }

  /** Reads a warm table from a stream (closed afterwards); {@code source} names it in messages. */
  public static Warm readWarm(String source, InputStream in) {
    Csv csv = Csv.parse(source, in);
    if (csv.has("AmbientCondPattern") && !csv.has("TrafficSit")) {
      throw new HbefaTableException(source, List.of("this is a cold-start table (it has AmbientCondPattern);"
          + " pass it as a cold table"));
    }
    boolean detailed = csv.has("Technology");
    String v = detailed ? "V" : "V_weighted";
    String efa = detailed ? "EFA" : "EFA_weighted";
    List<String> problems = new ArrayList<>();
    csv.require(problems, "VehCat", "Component", "TrafficSit", v, efa);
    if (detailed) {
      csv.require(problems, "SizeClasse", "EmConcept");
    }
    if (!problems.isEmpty()) {
      throw new HbefaTableException(source, problems);
    }
    WarmFactorTable.Builder b = WarmFactorTable.builder(source);
    Map<String, Integer> firstLine = new HashMap<>();
    int skipped = 0;
    for (int i = 0; i < csv.rows.size(); i++) {
      String[] r = csv.rows.get(i);
      int line = csv.lines.get(i);
      String gradient = csv.get(r, "Gradient");
      if (gradient != null && !gradient.isEmpty() && !gradient.equals("0%")) {
        skipped++;
        continue;
      }
      int before = problems.size();
      VehicleCategory cat = category(csv.get(r, "VehCat"), line, problems);
      Pollutant p = pollutant(csv.get(r, "Component"), line, problems);
      String ts = csv.get(r, "TrafficSit");
      int slash = ts.lastIndexOf('/');
      TrafficSituation s = slash < 0 ? null : TrafficSituation.fromHbefaSuffix(ts.substring(slash + 1));
      if (s == null) {
        problems.add("line " + line + ": TrafficSit '" + ts + "' is not <road type>/<Freeflow|Heavy|Satur.|St+Go|St+Go2>");
      }
      double speed = number(csv.get(r, v), v, line, problems);
      double factor = number(csv.get(r, efa), efa, line, problems);
      if (problems.size() > before) {
        continue;
      }
      EmissionClass e = detailed ? EmissionClass.of(cat, csv.get(r, "Technology"), csv.get(r, "SizeClasse"),
          csv.get(r, "EmConcept")) : EmissionClass.average(cat);
      String road = ts.substring(0, slash);
      if (!b.add(cat, road, s, e, p, factor, speed)) {
        String k = cat + "|" + road + "|" + s + "|" + e.attributesKey() + "|" + p;
        problems.add("line " + line + ": duplicate of line " + firstLine.get(k) + " (" + cat.hbefaName() + ", " + ts
            + ", " + (detailed ? e.attributesKey() + ", " : "") + p.hbefaComponent()
            + "); remove one or aggregate the subsegments first");
      } else {
        firstLine.put(cat + "|" + road + "|" + s + "|" + e.attributesKey() + "|" + p, line);
      }
    }
    if (!problems.isEmpty()) {
      throw new HbefaTableException(source, problems);
    }
    return new Warm(b.build(), detailed, csv.rows.size(), skipped);
  }

  /** Reads a cold table from a stream (closed afterwards). */
  public static Cold readCold(String source, InputStream in) {
    Csv csv = Csv.parse(source, in);
    if (csv.has("TrafficSit")) {
      throw new HbefaTableException(source, List.of("this is a warm table (it has TrafficSit); pass it as a warm table"));
    }
    boolean detailed = csv.has("Technology");
    String efa = detailed ? "EFA" : "EFA_weighted";
    List<String> problems = new ArrayList<>();
    csv.require(problems, "VehCat", "Component", "AmbientCondPattern", efa);
    if (detailed) {
      csv.require(problems, "SizeClasse", "EmConcept");
    }
    if (!problems.isEmpty()) {
      throw new HbefaTableException(source, problems);
    }
    ColdFactorTable.Builder b = ColdFactorTable.builder(source);
    Map<String, Integer> firstLine = new HashMap<>();
    for (int i = 0; i < csv.rows.size(); i++) {
      String[] r = csv.rows.get(i);
      int line = csv.lines.get(i);
      int before = problems.size();
      VehicleCategory cat = category(csv.get(r, "VehCat"), line, problems);
      Pollutant p = pollutant(csv.get(r, "Component"), line, problems);
      String pattern = csv.get(r, "AmbientCondPattern");
      int[] classes = ambientClasses(pattern);
      if (classes == null) {
        problems.add("line " + line + ": AmbientCondPattern '" + pattern + "' is not like 'TØ,3-4h,0-1km'"
            + " (parking 0-1h..11-12h or >12h, distance 0-1km or 1-2km)");
      }
      double factor = number(csv.get(r, efa), efa, line, problems);
      if (problems.size() > before) {
        continue;
      }
      EmissionClass e = detailed ? EmissionClass.of(cat, csv.get(r, "Technology"), csv.get(r, "SizeClasse"),
          csv.get(r, "EmConcept")) : EmissionClass.average(cat);
      String k = cat + "|" + e.attributesKey() + "|" + p + "|" + classes[0] + "|" + classes[1];
      if (!b.add(cat, e, p, classes[0], classes[1], factor)) {
        problems.add("line " + line + ": duplicate of line " + firstLine.get(k) + " (" + cat.hbefaName() + ", "
            + pattern + ", " + p.hbefaComponent() + ")");
      } else {
        firstLine.put(k, line);
      }
    }
    if (!problems.isEmpty()) {
      throw new HbefaTableException(source, problems);
    }
    return new Cold(b.build(), detailed, csv.rows.size());
  }

  /** Parking class (1..13) and distance class (1..2), or null. */
  static int[] ambientClasses(String pattern) {
    String[] f = pattern.split(",");
    if (f.length < 3) {
      return null;
    }
    try {
      String park = f[1].strip();
      int pc = park.equals(">12h") ? 13 : Integer.parseInt(park.substring(park.indexOf('-') + 1, park.length() - 1));
      String dist = f[2].strip();
      int dc = Integer.parseInt(dist.substring(dist.indexOf('-') + 1, dist.indexOf('k')));
      if (pc < 1 || pc > 13 || dc < 1 || dc > 2 || !park.endsWith("h") || (pc < 13 && park.indexOf('-') < 0)) {
        return null;
      }
      return new int[] {pc, dc};
    } catch (RuntimeException e) {
      return null;
    }
  }

  static VehicleCategory category(String s, int line, List<String> problems) {
    VehicleCategory c = VehicleCategory.fromName(s);
    if (c == null) { // MATSim matches by substring, e.g. "pass. car" inside a longer label
      for (VehicleCategory x : VehicleCategory.values()) {
        if (x != VehicleCategory.NON_HBEFA_VEHICLE && s.contains(x.hbefaName())) {
          c = x;
        }
      }
    }
    if (c == null) {
      problems.add("line " + line + ": VehCat '" + s + "' is not one of pass. car, LCV, HGV, urban bus, coach, motorcycle");
    }
    return c;
  }

  static Pollutant pollutant(String s, int line, List<String> problems) {
    Pollutant p = Pollutant.fromTableName(s);
    if (p == null) {
      problems.add("line " + line + ": Component '" + s + "' is not a known pollutant (e.g. CO2(total), NOx, PM)");
    }
    return p;
  }

  static double number(String s, String column, int line, List<String> problems) {
    if (s == null || s.isEmpty()) {
      problems.add("line " + line + ": column " + column + " is empty");
      return Double.NaN;
    }
    String t = s.indexOf(',') >= 0 && s.indexOf('.') < 0 ? s.replace(',', '.') : s;
    try {
      double d = Double.parseDouble(t);
      if (!Double.isFinite(d)) {
        throw new NumberFormatException();
      }
      return d;
    } catch (NumberFormatException e) {
      problems.add("line " + line + ": column " + column + " '" + s + "' is not a number");
      return Double.NaN;
    }
  }

  private static InputStream open(Path file) {
    try {
      return Files.newInputStream(file);
    } catch (IOException e) {
      throw new HbefaTableException(file + ": cannot be read (" + e.getMessage() + "); check the path", e);
    }
  }

  /** A semicolon CSV with a header row, decoded leniently. */
  static final class Csv {
    final String source;
    final Map<String, Integer> col = new HashMap<>();
    final List<String[]> rows = new ArrayList<>();
    final List<Integer> lines = new ArrayList<>();

    private Csv(String source) {
      this.source = source;
    }

    static Csv parse(String source, InputStream in) {
      Csv c = new Csv(source);
      String text;
      try (in) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
        text = d.decode(ByteBuffer.wrap(in.readAllBytes())).toString();
      } catch (IOException e) {
        throw new HbefaTableException(source + ": cannot be read (" + e.getMessage() + ")", e);
      }
      String[] ls = text.split("\r?\n", -1);
      if (ls.length == 0 || ls[0].isBlank()) {
        throw new HbefaTableException(source, List.of("line 1: empty file; an HBEFA export starts with a header"
            + " line such as Case;VehCat;Year;...;Component;...;EFA_weighted"));
      }
      String[] h = ls[0].replace("\uFEFF", "").split(";", -1);
      for (int i = 0; i < h.length; i++) {
        c.col.putIfAbsent(h[i].strip(), i);
      }
      for (int i = 1; i < ls.length; i++) {
        if (ls[i].isBlank()) {
          continue;
        }
        c.rows.add(ls[i].split(";", -1));
        c.lines.add(i + 1);
      }
      return c;
    }

    boolean has(String name) {
      return col.containsKey(name);
    }

    void require(List<String> problems, String... names) {
      for (String n : names) {
        if (!has(n)) {
          problems.add("line 1: header has no column '" + n + "' (columns: " + col.keySet()
              + "); export the table with HBEFA's standard column names");
        }
      }
    }

    String get(String[] r, String name) {
      Integer i = col.get(name);
      return i == null || i >= r.length ? null : r[i].strip();
    }
  }
}
