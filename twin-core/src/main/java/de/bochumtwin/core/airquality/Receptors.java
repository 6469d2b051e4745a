package de.bochumtwin.core.airquality;

import java.util.Arrays;
import java.util.List;

/**
 * Receptor points: first the named receptors (e.g. measuring stations), then an optional regular grid
 * of cell centres, row by row from the south-west corner. Coordinates in metres (network CRS),
 * receptor height is one value for all (see {@link DispersionSettings#receptorHeight_m()}).
 */
public final class Receptors {
  private final double[] x;
  private final double[] y;
  private final String[] name;
  private final int named;
  private final int nx;
  private final int ny;
  private final double cell_m;
  private final double originX_m;
  private final double originY_m;

  private Receptors(double[] x, double[] y, String[] name, int named, int nx, int ny, double cell_m, double ox, double oy) {
    this.x = x;
    this.y = y;
    this.name = name;
    this.named = named;
    this.nx = nx;
    this.ny = ny;
    this.cell_m = cell_m;
    this.originX_m = ox;
    this.originY_m = oy;
  }

  /** A named receptor. */
  public record Point(String name, double x_m, double y_m) {}

  /** Only named receptors (no grid). */
  public static Receptors named(List<Point> points) {
    return of(points, 0, 0, 0, 0, 0);
  }

  /**
   * Named receptors plus a grid of {@code cell_m} cells covering [minX, maxX] x [minY, maxY] (cell
   * centres at {@code minX + (i + 0.5) cell}); {@code cell_m <= 0} means no grid.
   */
  public static Receptors grid(List<Point> points, double minX_m, double minY_m, double maxX_m, double maxY_m,
      double cell_m) {
    if (cell_m <= 0) {
      return named(points);
    }
    if (!(maxX_m > minX_m && maxY_m > minY_m)) {
      throw new IllegalArgumentException("empty receptor grid extent");
    }
    int cx = (int) Math.ceil((maxX_m - minX_m) / cell_m);
    int cy = (int) Math.ceil((maxY_m - minY_m) / cell_m);
    if ((long) cx * cy > 20_000_000L) {
      throw new IllegalArgumentException("receptor grid of " + cx + " x " + cy + " cells is too large; use a larger cell");
    }
    return of(points, cx, cy, cell_m, minX_m, minY_m);
  }

  private static Receptors of(List<Point> points, int nx, int ny, double cell, double ox, double oy) {
    int n = points.size() + nx * ny;
    double[] x = new double[n];
    double[] y = new double[n];
    String[] nm = new String[points.size()];
    for (int i = 0; i < points.size(); i++) {
      Point p = points.get(i);
      if (!(Double.isFinite(p.x_m()) && Double.isFinite(p.y_m()))) {
        throw new IllegalArgumentException("receptor " + p.name() + ": coordinates must be finite");
      }
      x[i] = p.x_m();
      y[i] = p.y_m();
      nm[i] = p.name();
    }
    int k = points.size();
    for (int j = 0; j < ny; j++) {
      for (int i = 0; i < nx; i++) {
        x[k] = ox + (i + 0.5) * cell;
        y[k] = oy + (j + 0.5) * cell;
        k++;
      }
    }
    return new Receptors(x, y, nm, points.size(), nx, ny, cell, ox, oy);
  }

  public int size() {
    return x.length;
  }

  public double x_m(int r) {
    return x[r];
  }

  public double y_m(int r) {
    return y[r];
  }

  /** Number of named receptors; they have indices 0 .. namedCount()-1. */
  public int namedCount() {
    return named;
  }

  public String name(int r) {
    return r < named ? name[r] : null;
  }

  public boolean hasGrid() {
    return nx > 0;
  }

  public int gridNx() {
    return nx;
  }

  public int gridNy() {
    return ny;
  }

  public double cell_m() {
    return cell_m;
  }

  public double gridOriginX_m() {
    return originX_m;
  }

  public double gridOriginY_m() {
    return originY_m;
  }

  /** Names of the named receptors in index order. */
  public List<String> names() {
    return Arrays.asList(name.clone());
  }
}
