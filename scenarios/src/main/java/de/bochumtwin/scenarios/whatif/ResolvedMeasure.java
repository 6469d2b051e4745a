package de.bochumtwin.scenarios.whatif;

import java.util.Arrays;

/**
 * A measure matched to a network: the indices of the links it changes (ascending, no duplicates).
 * Immutable.
 */
public final class ResolvedMeasure {
  private final Measure measure;
  private final int[] links;

  ResolvedMeasure(Measure measure, int[] links) {
    this.measure = measure;
    this.links = links.clone();
    Arrays.sort(this.links);
  }

  public Measure measure() {
    return measure;
  }

  public int linkCount() {
    return links.length;
  }

  public int link(int i) {
    return links[i];
  }

  /** {@link Measure#describe()} plus the number of links it touches, for logs and run.json. */
  public String describe() {
    return measure.describe() + " (" + links.length + " links)";
  }
}
