package de.bochumtwin.core.assignment;

import java.util.Arrays;

/**
 * Relative gap, objective and elapsed time per iteration.
 *
 * <p>Relative gap: {@code (TSTT - SPTT) / TSTT}, where {@code TSTT = sum_a x_a c_a(x_a)} is the total
 * generalized cost of the current link flows and {@code SPTT = sum_od d_od * min_path c} is what the
 * same demand would cost if everybody used a current shortest path. It is 0 exactly at user
 * equilibrium and never negative. Row {@code i} describes the flows after iteration {@code i}; row 0
 * is the initial all-or-nothing assignment at free-flow costs. The objective is Beckmann's
 * {@code sum_a integral_0^{x_a} c_a}.
 */
public final class ConvergenceHistory {
  private int size;
  private double[] gap = new double[64];
  private double[] objective = new double[64];
  private double[] wallTime_s = new double[64];

  ConvergenceHistory() {
  }

  void add(double relativeGap, double beckmann, double elapsed_s) {
    if (size == gap.length) {
      gap = Arrays.copyOf(gap, size * 2);
      objective = Arrays.copyOf(objective, size * 2);
      wallTime_s = Arrays.copyOf(wallTime_s, size * 2);
    }
    gap[size] = relativeGap;
    objective[size] = beckmann;
    wallTime_s[size] = elapsed_s;
    size++;
  }

  public int size() {
    return size;
  }

  /** Iteration number of row {@code i} (equal to {@code i}; 0 = initial all-or-nothing). */
  public int iteration(int i) {
    check(i);
    return i;
  }

  public double relativeGap(int i) {
    check(i);
    return gap[i];
  }

  public double objective(int i) {
    check(i);
    return objective[i];
  }

  /** Seconds since the assignment started, at the end of iteration {@code i}. */
  public double wallTime_s(int i) {
    check(i);
    return wallTime_s[i];
  }

  public double lastRelativeGap() {
    return size == 0 ? Double.NaN : gap[size - 1];
  }

  /** A copy of the gap column. */
  public double[] relativeGaps() {
    return Arrays.copyOf(gap, size);
  }

  private void check(int i) {
    if (i < 0 || i >= size) {
      throw new IndexOutOfBoundsException("row " + i + " of " + size);
    }
  }
}
