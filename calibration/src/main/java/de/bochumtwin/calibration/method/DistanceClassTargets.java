package de.bochumtwin.calibration.method;

import de.bochumtwin.scenarios.io.InputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Target mode shares per beeline-distance class: class {@code d} covers trips whose beeline
 * distance between the activities before and after the leg is in {@code [min_m(d), max_m(d))}.
 * The beeline does not depend on the chosen mode, so a trip stays in its class whatever mode the
 * calibration moves it to; the class weights (trips per class) are therefore fixed by the demand,
 * and only the split within each class is fitted. Each class holds a {@link ModeSplitTargets} over
 * the same groups (same reference).
 *
 * <p>File format (as {@code scenarios/bochum/mode-by-distance.csv}): lines starting with {@code #}
 * are comments; header {@code min_m,max_m,<group>,<group>,...} (a group may join modes with
 * {@code +}); one line per class with the shares of the groups (fractions or percent, normalised
 * per class). Classes must be ordered and not overlap.
 */
public final class DistanceClassTargets {
  private final double[] min_m;
  private final double[] max_m;
  private final List<ModeSplitTargets> shares;

  private DistanceClassTargets(double[] min_m, double[] max_m, List<ModeSplitTargets> shares) {
    this.min_m = min_m;
    this.max_m = max_m;
    this.shares = List.copyOf(shares);
  }

  /**
   * @param bounds_m class bounds, ascending: class d is {@code [bounds_m[d], bounds_m[d+1])}
   * @param classShares per class the group shares (same group labels in every class)
   * @param reference mode whose group keeps its constants fixed
   */
  public static DistanceClassTargets of(double[] bounds_m, List<Map<String, Double>> classShares, String reference) {
    if (bounds_m.length != classShares.size() + 1) {
      throw new IllegalArgumentException("need " + (classShares.size() + 1) + " bounds for " + classShares.size()
          + " classes, got " + bounds_m.length);
    }
    double[] lo = new double[classShares.size()];
    double[] hi = new double[classShares.size()];
    List<ModeSplitTargets> t = new ArrayList<>();
    for (int d = 0; d < classShares.size(); d++) {
      lo[d] = bounds_m[d];
      hi[d] = bounds_m[d + 1];
      if (!(hi[d] > lo[d])) {
        throw new IllegalArgumentException("distance class bounds must ascend, got " + lo[d] + " .. " + hi[d]);
      }
      t.add(ModeSplitTargets.of(positive(classShares.get(d))).withReference(reference));
    }
    for (int d = 1; d < t.size(); d++) {
      if (!t.get(d).modes().equals(t.get(0).modes())) {
        throw new IllegalArgumentException("every distance class needs the same mode groups");
      }
    }
    return new DistanceClassTargets(lo, hi, t);
  }

  /** A share of exactly 0 (no trips observed) is set to 1e-4: {@link ModeSplitTargets} needs positive shares. */
  private static Map<String, Double> positive(Map<String, Double> shares) {
    Map<String, Double> m = new LinkedHashMap<>();
    shares.forEach((k, v) -> m.put(k, Math.max(v, 1e-4)));
    return m;
  }

  /** Reads the CSV format described in the class doc. */
  public static DistanceClassTargets read(Path file, String reference) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read distance-class targets " + file + ": " + e.getMessage(), e);
    }
    String[] header = null;
    List<Double> bounds = new ArrayList<>();
    List<Map<String, Double>> classes = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i).replace("\uFEFF", "").trim();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      String[] f = l.split(",");
      if (header == null) {
        if (f.length < 4 || !f[0].trim().toLowerCase(Locale.ROOT).equals("min_m") || !f[1].trim().toLowerCase(Locale.ROOT).equals("max_m")) {
          throw new InputException(file, i + 1, "the header must be 'min_m,max_m,<mode>,<mode>,...' (e.g. 'min_m,max_m,walk,bike,pt,car')");
        }
        header = f;
        continue;
      }
      if (f.length != header.length) {
        throw new InputException(file, i + 1, "expected " + header.length + " fields as in the header, got " + f.length);
      }
      try {
        double lo = Double.parseDouble(f[0].trim());
        double hi = Double.parseDouble(f[1].trim());
        if (!bounds.isEmpty() && bounds.get(bounds.size() - 1) != lo) {
          throw new InputException(file, i + 1, "class starts at " + lo + " m but the previous one ends at "
              + bounds.get(bounds.size() - 1) + " m; classes must be contiguous and ascending");
        }
        if (bounds.isEmpty()) {
          bounds.add(lo);
        }
        bounds.add(hi);
        Map<String, Double> m = new LinkedHashMap<>();
        for (int c = 2; c < f.length; c++) {
          m.put(header[c].trim(), Double.parseDouble(f[c].trim()));
        }
        classes.add(m);
      } catch (NumberFormatException e) {
        throw new InputException(file, i + 1, "non-numeric field in '" + l + "'");
      }
    }
    if (classes.isEmpty()) {
      throw new InputException(file, 0, "no distance classes (need a header and at least one line)");
    }
    try {
      return of(bounds.stream().mapToDouble(Double::doubleValue).toArray(), classes, reference);
    } catch (IllegalArgumentException e) {
      throw new InputException(file, 0, e.getMessage());
    }
  }

  public int classCount() {
    return shares.size();
  }

  /** The class of a beeline distance, -1 outside all classes. */
  public int classOf(double beeline_m) {
    for (int d = 0; d < min_m.length; d++) {
      if (beeline_m >= min_m[d] && beeline_m < max_m[d]) {
        return d;
      }
    }
    return -1;
  }

  public String label(int d) {
    return String.format(Locale.ROOT, "%.0f-%.0f m", min_m[d], max_m[d]);
  }

  public ModeSplitTargets targets(int d) {
    return shares.get(d);
  }

  /**
   * The overall targets implied by the class targets and the trips per class (mode independent,
   * so the simulated counts of trips per class may be used): {@code z_g = sum_d n_d z_gd / sum_d n_d}.
   */
  public ModeSplitTargets overall(double[] tripsPerClass) {
    ModeSplitTargets first = shares.get(0);
    Map<String, Double> m = new LinkedHashMap<>();
    for (int g = 0; g < first.groups().size(); g++) {
      double z = 0;
      for (int d = 0; d < shares.size(); d++) {
        z += tripsPerClass[d] * shares.get(d).groups().get(g).share();
      }
      m.put(first.groups().get(g).label(), Math.max(z, 1e-9));
    }
    String ref = first.groups().get(first.referenceIndex()).modes().iterator().next();
    return ModeSplitTargets.of(m).withReference(ref);
  }
}
