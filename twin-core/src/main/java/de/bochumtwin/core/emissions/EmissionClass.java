package de.bochumtwin.core.emissions;

import java.util.Objects;

/**
 * What the factor tables need to know about a vehicle: HBEFA category, technology (e.g.
 * {@code petrol (4S)}, {@code diesel}, {@code electricity}), size class and emission concept (Euro
 * class, e.g. {@code PC D Euro-6}). {@code average} stands for the fleet average, as in MATSim's
 * vehicle files. Immutable value.
 */
public final class EmissionClass {
  public static final String AVERAGE = "average";

  private final VehicleCategory category;
  private final String technology;
  private final String sizeClass;
  private final String emConcept;

  private EmissionClass(VehicleCategory category, String technology, String sizeClass, String emConcept) {
    this.category = Objects.requireNonNull(category, "category");
    this.technology = orAverage(technology);
    this.sizeClass = orAverage(sizeClass);
    this.emConcept = orAverage(emConcept);
  }

  /** A class; null or blank attributes mean {@code average}. */
  public static EmissionClass of(VehicleCategory category, String technology, String sizeClass, String emConcept) {
    return new EmissionClass(category, technology, sizeClass, emConcept);
  }

  /** The fleet average of a category ({@code average;average;average}). */
  public static EmissionClass average(VehicleCategory category) {
    return new EmissionClass(category, null, null, null);
  }

  private static String orAverage(String s) {
    return s == null || s.isBlank() ? AVERAGE : s.strip();
  }

  public VehicleCategory category() {
    return category;
  }

  public String technology() {
    return technology;
  }

  public String sizeClass() {
    return sizeClass;
  }

  public String emConcept() {
    return emConcept;
  }

  /** Technology, size class and concept joined by {@code ;} (the detailed-table part of a key). */
  public String attributesKey() {
    return technology + ";" + sizeClass + ";" + emConcept;
  }

  /**
   * MATSim's HBEFA 3 to 4 rewrite: technology kept, size class {@code not specified}, and the
   * passenger-car concepts {@code PC-P-Euro-N} / {@code PC-D-Euro-N} (N = 1..6) spelt with spaces;
   * any other concept becomes {@code average}.
   */
  public EmissionClass rewrittenToHbefa4() {
    String c = AVERAGE;
    if (emConcept.matches("PC-[PD]-Euro-[1-6]")) {
      c = "PC " + emConcept.charAt(3) + " Euro-" + emConcept.charAt(emConcept.length() - 1);
    }
    return new EmissionClass(category, technology, "not specified", c);
  }

  /** {@code <technology>;average;average}. */
  public EmissionClass technologyAverage() {
    return new EmissionClass(category, technology, AVERAGE, AVERAGE);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EmissionClass e && e.category == category && e.technology.equals(technology)
        && e.sizeClass.equals(sizeClass) && e.emConcept.equals(emConcept);
  }

  @Override
  public int hashCode() {
    return Objects.hash(category, technology, sizeClass, emConcept);
  }

  @Override
  public String toString() {
    return category.name() + ";" + attributesKey();
  }
}
