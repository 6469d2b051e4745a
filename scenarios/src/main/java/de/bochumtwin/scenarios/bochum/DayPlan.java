package de.bochumtwin.scenarios.bochum;

/**
 * A reusable, mutable buffer for one person's day while it is being built: activities (type, link,
 * coordinate, end time) and the mode of each leg between them. One instance per generator thread,
 * reset for every person, so the hot loop allocates only the final core objects.
 */
final class DayPlan {
  static final int NO_END = Integer.MIN_VALUE;
  static final int CAPACITY = 32;

  int activities;
  final String[] type = new String[CAPACITY];
  final int[] link = new int[CAPACITY];
  final double[] x = new double[CAPACITY];
  final double[] y = new double[CAPACITY];
  final int[] end_s = new int[CAPACITY];
  final int[] legMode = new int[CAPACITY];

  void reset() {
    activities = 0;
  }

  void addActivity(String t, int l, double ax, double ay) {
    if (activities == CAPACITY) {
      throw new IllegalStateException("a day plan has more than " + CAPACITY + " activities");
    }
    type[activities] = t;
    link[activities] = l;
    x[activities] = ax;
    y[activities] = ay;
    end_s[activities] = NO_END;
    activities++;
  }

  int legs() {
    return Math.max(0, activities - 1);
  }
}
