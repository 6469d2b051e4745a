package de.bochumtwin.calibration.method;

import de.bochumtwin.scenarios.io.InputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Target trip shares of mode groups, normalised to sum 1. A group is one mode or several joined by
 * {@code +} ({@code car+ride}): the calibration moves the constants of a group's modes together, so
 * only the group's share is fitted. The first group containing {@code walk} (else the first group)
 * is the reference whose constants stay fixed ({@link #withReference} chooses another).
 *
 * <p>File format: CSV with header {@code mode,share}; shares in percent or as fractions (any value
 * above 1 means percent), e.g. {@code walk,24.4}.
 */
public final class ModeSplitTargets {
  /** One target: the modes of the group and their joint share (0..1). */
  public record Group(Set<String> modes, double share) {
    public Group {
      // keep the given order: Set.copyOf iterates in an order that changes from JVM to JVM, and the
      // mode list handed to mode choice (and the optimizer's parameter order) must be reproducible
      modes = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(modes));
    }

    public String label() {
      return String.join("+", modes.stream().sorted().toList());
    }
  }

  private final List<Group> groups;
  private final int reference;

  private ModeSplitTargets(List<Group> groups, int reference) {
    double sum = groups.stream().mapToDouble(Group::share).sum();
    List<Group> norm = new ArrayList<>();
    for (Group g : groups) {
      norm.add(new Group(g.modes(), g.share() / sum));
    }
    this.groups = List.copyOf(norm);
    this.reference = reference;
  }

  /** The same targets with the group containing {@code mode} as the fixed reference. */
  public ModeSplitTargets withReference(String mode) {
    for (int i = 0; i < groups.size(); i++) {
      if (groups.get(i).modes().contains(mode)) {
        return new ModeSplitTargets(groups, i);
      }
    }
    throw new IllegalArgumentException("reference mode '" + mode + "' is in no target group " + modes());
  }

  private ModeSplitTargets(List<Group> groups) {
    double sum = groups.stream().mapToDouble(Group::share).sum();
    List<Group> norm = new ArrayList<>();
    for (Group g : groups) {
      norm.add(new Group(g.modes(), g.share() / sum));
    }
    this.groups = List.copyOf(norm);
    int ref = 0;
    for (int i = 0; i < groups.size(); i++) {
      if (groups.get(i).modes().contains("walk")) {
        ref = i;
        break;
      }
    }
    this.reference = ref;
  }

  /** Targets from labels ({@code "car+ride"}) to shares (percent or fractions); insertion order kept. */
  public static ModeSplitTargets of(Map<String, Double> shares) {
    List<Group> g = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Map.Entry<String, Double> e : shares.entrySet()) {
      Set<String> modes = new LinkedHashSet<>(Arrays.asList(e.getKey().split("\\+")));
      for (String m : modes) {
        if (m.isBlank() || !seen.add(m.trim())) {
          throw new IllegalArgumentException("mode '" + m + "' is empty or appears in two target groups");
        }
      }
      if (!(e.getValue() > 0)) {
        throw new IllegalArgumentException("target share of " + e.getKey() + " must be > 0, got " + e.getValue());
      }
      g.add(new Group(modes.stream().map(String::trim).collect(java.util.stream.Collectors.toSet()), e.getValue()));
    }
    if (g.size() < 2) {
      throw new IllegalArgumentException("need at least two mode groups, got " + g.size());
    }
    return new ModeSplitTargets(g);
  }

  public static ModeSplitTargets read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read targets " + file + ": " + e.getMessage(), e);
    }
    if (lines.isEmpty() || !lines.get(0).replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT).equals("mode,share")) {
      throw new InputException(file, 1, "the header must be 'mode,share' (e.g. a line 'walk,24.4' follows)");
    }
    Map<String, Double> m = new java.util.LinkedHashMap<>();
    for (int i = 1; i < lines.size(); i++) {
      String l = lines.get(i).trim();
      if (l.isEmpty()) {
        continue;
      }
      String[] f = l.split(",");
      if (f.length != 2) {
        throw new InputException(file, i + 1, "expected 'mode,share', got '" + l + "'");
      }
      try {
        m.put(f[0].trim(), Double.parseDouble(f[1].trim()));
      } catch (NumberFormatException e) {
        throw new InputException(file, i + 1, "share '" + f[1] + "' is not a number");
      }
    }
    try {
      return of(m);
    } catch (IllegalArgumentException e) {
      throw new InputException(file, 0, e.getMessage());
    }
  }

  public List<Group> groups() {
    return groups;
  }

  public int referenceIndex() {
    return reference;
  }

  /** Every mode named by a group. */
  public Set<String> modes() {
    Set<String> s = new LinkedHashSet<>();
    groups.forEach(g -> s.addAll(g.modes()));
    return s;
  }

  /** The simulated share of each group from per-mode shares (missing modes count 0). */
  public double[] groupShares(Map<String, Double> modeShares) {
    double[] out = new double[groups.size()];
    for (int i = 0; i < groups.size(); i++) {
      for (String m : groups.get(i).modes()) {
        out[i] += modeShares.getOrDefault(m, 0.0);
      }
    }
    return out;
  }
}
