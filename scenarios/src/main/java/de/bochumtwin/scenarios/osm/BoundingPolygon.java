package de.bochumtwin.scenarios.osm;

import de.bochumtwin.scenarios.io.InputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An area to cut the network to: one or more outer rings (minus holes) in WGS84, plus a buffer in
 * metres. A node is inside when it lies in an outer ring and not in a hole, or within the buffer
 * distance of an outer ring's boundary. The buffer is evaluated in the projected CRS, so it is exact
 * in metres; no buffered geometry is ever constructed.
 *
 * <p>File format: Osmosis {@code .poly} (as Geofabrik publishes for its extracts): a name line, then
 * sections each made of a section name (holes start with {@code !}), lines {@code lon lat}, and
 * {@code END}; a final {@code END} closes the file.
 */
public final class BoundingPolygon {
  private final String name;
  private final List<double[]> outerLonLat;
  private final List<double[]> holesLonLat;
  private final double buffer_m;

  private BoundingPolygon(String name, List<double[]> outer, List<double[]> holes, double buffer_m) {
    if (outer.isEmpty()) {
      throw new IllegalArgumentException("polygon '" + name + "' has no outer ring");
    }
    if (!(buffer_m >= 0) || Double.isInfinite(buffer_m)) {
      throw new IllegalArgumentException("polygon buffer must be a finite number >= 0 m, got " + buffer_m);
    }
    this.name = name;
    this.outerLonLat = List.copyOf(outer);
    this.holesLonLat = List.copyOf(holes);
    this.buffer_m = buffer_m;
  }

  /** A single ring given as {@code lon0, lat0, lon1, lat1, ...} (closed implicitly). */
  public static BoundingPolygon ofRing(String name, double[] lonLat, double buffer_m) {
    if (lonLat.length < 6 || lonLat.length % 2 != 0) {
      throw new IllegalArgumentException("a ring needs at least 3 lon/lat pairs");
    }
    return new BoundingPolygon(name, List.of(lonLat.clone()), List.of(), buffer_m);
  }

  public BoundingPolygon withBuffer(double newBuffer_m) {
    return new BoundingPolygon(name, outerLonLat, holesLonLat, newBuffer_m);
  }

  public String name() {
    return name;
  }

  public double buffer_m() {
    return buffer_m;
  }

  /** Reads a {@code .poly} file. */
  public static BoundingPolygon readPoly(Path file, double buffer_m) {
    try (InputStream in = Files.newInputStream(file)) {
      return readPoly(in, file, buffer_m);
    } catch (IOException e) {
      throw new InputException(file, 0, "cannot read the polygon file (" + e + ")", e);
    }
  }

  /** Reads a {@code .poly} stream; {@code file} is used in error messages only. */
  public static BoundingPolygon readPoly(InputStream in, Path file, double buffer_m) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    List<double[]> outer = new ArrayList<>();
    List<double[]> holes = new ArrayList<>();
    String name = null;
    String line;
    int lineNo = 0;
    List<Double> ring = null;
    boolean hole = false;
    while ((line = r.readLine()) != null) {
      lineNo++;
      String t = line.trim();
      if (t.isEmpty() || t.startsWith("#")) {
        continue;
      }
      if (name == null) {
        name = t;
      } else if (ring == null) {
        if ("END".equals(t)) {
          break;
        }
        ring = new ArrayList<>();
        hole = t.startsWith("!");
      } else if ("END".equals(t)) {
        if (ring.size() < 6) {
          throw new InputException(file, lineNo, "a polygon section needs at least 3 'lon lat' lines before END");
        }
        double[] a = new double[ring.size()];
        for (int i = 0; i < a.length; i++) {
          a[i] = ring.get(i);
        }
        (hole ? holes : outer).add(a);
        ring = null;
      } else {
        String[] p = t.split("\\s+");
        try {
          if (p.length != 2) {
            throw new NumberFormatException();
          }
          double lon = Double.parseDouble(p[0]);
          double lat = Double.parseDouble(p[1]);
          if (Math.abs(lon) > 180 || Math.abs(lat) > 90) {
            throw new NumberFormatException();
          }
          ring.add(lon);
          ring.add(lat);
        } catch (NumberFormatException e) {
          throw new InputException(file, lineNo, "expected 'lon lat' in WGS84 degrees, got '" + t
              + "'; .poly files list longitude first");
        }
      }
    }
    if (ring != null || outer.isEmpty()) {
      throw new InputException(file, lineNo, "incomplete .poly file: every section must end with END and there must "
          + "be at least one outer ring");
    }
    return new BoundingPolygon(name, outer, holes, buffer_m);
  }

  /** Projects the rings once; the returned test is what the importer calls per node. */
  Projected project(TransverseMercator tm) {
    return new Projected(projectAll(outerLonLat, tm), projectAll(holesLonLat, tm), buffer_m);
  }

  private static double[][] projectAll(List<double[]> rings, TransverseMercator tm) {
    double[][] out = new double[rings.size()][];
    double[] xy = new double[2];
    for (int r = 0; r < out.length; r++) {
      double[] ll = rings.get(r);
      double[] p = new double[ll.length];
      for (int i = 0; i < ll.length; i += 2) {
        tm.project(ll[i + 1], ll[i], xy);
        p[i] = xy[0];
        p[i + 1] = xy[1];
      }
      out[r] = p;
    }
    return out;
  }

  /** The polygon in projected metres. */
  static final class Projected {
    private final double[][] outer;
    private final double[][] holes;
    private final double buffer2;
    private double minX = Double.POSITIVE_INFINITY;
    private double minY = Double.POSITIVE_INFINITY;
    private double maxX = Double.NEGATIVE_INFINITY;
    private double maxY = Double.NEGATIVE_INFINITY;

    Projected(double[][] outer, double[][] holes, double buffer_m) {
      this.outer = outer;
      this.holes = holes;
      this.buffer2 = buffer_m * buffer_m;
      for (double[] ring : outer) {
        for (int i = 0; i < ring.length; i += 2) {
          minX = Math.min(minX, ring[i] - buffer_m);
          maxX = Math.max(maxX, ring[i] + buffer_m);
          minY = Math.min(minY, ring[i + 1] - buffer_m);
          maxY = Math.max(maxY, ring[i + 1] + buffer_m);
        }
      }
    }

    /** The projected outer ring {@code r} as {@code x0, y0, x1, y1, ...}. */
    double[] outerRing(int r) {
      return outer[r].clone();
    }

    boolean contains(double x, double y) {
      if (x < minX || x > maxX || y < minY || y > maxY) {
        return false;
      }
      boolean inOuter = false;
      for (double[] ring : outer) {
        if (inside(ring, x, y)) {
          inOuter = true;
          break;
        }
      }
      if (inOuter) {
        boolean inHole = false;
        for (double[] ring : holes) {
          inHole |= inside(ring, x, y);
        }
        if (!inHole) {
          return true;
        }
      }
      if (buffer2 > 0) {
        for (double[] ring : outer) {
          if (distance2ToRing(ring, x, y) <= buffer2) {
            return true;
          }
        }
      }
      return false;
    }

    /** Even-odd ray casting. */
    private static boolean inside(double[] ring, double x, double y) {
      boolean in = false;
      int n = ring.length;
      for (int i = 0, j = n - 2; i < n; j = i, i += 2) {
        double xi = ring[i];
        double yi = ring[i + 1];
        double xj = ring[j];
        double yj = ring[j + 1];
        if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
          in = !in;
        }
      }
      return in;
    }

    private static double distance2ToRing(double[] ring, double x, double y) {
      double best = Double.POSITIVE_INFINITY;
      int n = ring.length;
      for (int i = 0, j = n - 2; i < n; j = i, i += 2) {
        double ax = ring[j];
        double ay = ring[j + 1];
        double dx = ring[i] - ax;
        double dy = ring[i + 1] - ay;
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len2));
        double ex = ax + t * dx - x;
        double ey = ay + t * dy - y;
        best = Math.min(best, ex * ex + ey * ey);
      }
      return best;
    }
  }
}
