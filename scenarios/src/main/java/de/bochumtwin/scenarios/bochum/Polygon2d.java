package de.bochumtwin.scenarios.bochum;

import java.util.Arrays;

/**
 * A named simple polygon in EPSG:25832 metres (vertices in order, not repeated at the end). Used for
 * the approximate Stadtbezirk and city outlines of the Bochum scenario. Immutable.
 */
public final class Polygon2d {
  private final String name;
  private final double[] x_m;
  private final double[] y_m;

  Polygon2d(String name, double[] x_m, double[] y_m) {
    if (x_m.length < 3 || x_m.length != y_m.length) {
      throw new IllegalArgumentException("polygon '" + name + "' needs at least 3 vertices, got " + x_m.length);
    }
    this.name = name;
    this.x_m = x_m.clone();
    this.y_m = y_m.clone();
  }

  public String name() {
    return name;
  }

  public int size() {
    return x_m.length;
  }

  public double x_m(int i) {
    return x_m[i];
  }

  public double y_m(int i) {
    return y_m[i];
  }

  /** Even-odd rule point-in-polygon test. */
  public boolean contains(double x, double y) {
    boolean in = false;
    for (int i = 0, j = x_m.length - 1; i < x_m.length; j = i++) {
      if ((y_m[i] > y) != (y_m[j] > y)
          && x < (x_m[j] - x_m[i]) * (y - y_m[i]) / (y_m[j] - y_m[i]) + x_m[i]) {
        in = !in;
      }
    }
    return in;
  }

  /** Area in square metres (shoelace formula). */
  public double area_m2() {
    double a = 0;
    for (int i = 0, j = x_m.length - 1; i < x_m.length; j = i++) {
      a += x_m[j] * y_m[i] - x_m[i] * y_m[j];
    }
    return Math.abs(a) / 2;
  }

  @Override
  public String toString() {
    return "Polygon2d[" + name + " " + x_m.length + " vertices " + Arrays.toString(new double[] {area_m2()}) + " m2]";
  }
}
