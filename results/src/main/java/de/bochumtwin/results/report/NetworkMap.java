package de.bochumtwin.results.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Draws the network as a PNG map with Java2D from the links' JTS geometries (network CRS, not
 * reprojected; north is up = grid north of the projection). Two kinds: a volume map (sequential
 * palette, width by volume) and a change map (diverging palette blue = fewer vehicles, red = more,
 * width by the larger of the two volumes). Both carry a title, a scale bar in map units (metres for
 * EPSG:25832), a north arrow and a legend. Each link is shifted to the right of its direction by half
 * its width, so the two directions of a road show side by side (right-hand traffic).
 *
 * <p>Deterministic: fixed 1000 x 720 pixels, links drawn in a fixed order (no change / low volume
 * first, ties by input order), no time stamps in the picture. Class breaks scale with the largest
 * value and are shown in the legend; volumes use a square-root scale because a few motorway links
 * carry most of the traffic.
 */
public final class NetworkMap {
  public static final int WIDTH = 1000;
  public static final int HEIGHT = 720;
  /** Diverging palette (ColorBrewer RdBu, 7 classes, middle greyed): index 0 = largest decrease, 6 = largest increase. */
  public static final Color[] DIVERGING = {new Color(33, 102, 172), new Color(103, 169, 207), new Color(166, 206, 227),
      new Color(200, 200, 200), new Color(244, 165, 130), new Color(214, 96, 77), new Color(178, 24, 43)};
  /** Sequential palette (ColorBrewer YlOrRd, 5 classes), low to high volume. */
  public static final Color[] SEQUENTIAL = {new Color(254, 217, 118), new Color(254, 178, 76), new Color(253, 141, 60),
      new Color(240, 59, 32), new Color(189, 0, 38)};
  /** Links without traffic in either run. */
  public static final Color NO_TRAFFIC = new Color(215, 215, 215);

  private static final int MAP_X = 10;
  private static final int MAP_Y = 50;
  private static final int MAP_W = 760;
  private static final int MAP_H = 660;
  private static final int LEGEND_X = 790;
  private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 18);
  private static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

  private NetworkMap() {}

  /** Volume map: {@code volume[i]} vehicles per day on {@code links.get(i)} (null geometries are skipped). */
  public static byte[] volumePng(List<Geometry> links, double[] volume, String title, String crs) {
    int n = links.size();
    double max = 0;
    for (double v : volume) {
      max = Math.max(max, v);
    }
    double top = niceCeil(max);
    Color[] colour = new Color[n];
    float[] width = new float[n];
    double[] order = new double[n];
    for (int i = 0; i < n; i++) {
      double v = volume[i];
      colour[i] = v <= 0 ? NO_TRAFFIC : SEQUENTIAL[sqrtClass(v, top, SEQUENTIAL.length)];
      width[i] = width(v, top);
      order[i] = v;
    }
    List<String> labels = new ArrayList<>();
    for (int k = 0; k < SEQUENTIAL.length; k++) {
      labels.add(fmt(top * sq(k / 5.0)) + " \u2013 " + fmt(top * sq((k + 1) / 5.0)));
    }
    return draw(links, colour, width, order, title, crs, "Volume [veh/day]", SEQUENTIAL, labels, top);
  }

  /** Change map: colour by {@code scenario[i] - base[i]}, width by the larger volume. */
  public static byte[] changePng(List<Geometry> links, double[] base, double[] scenario, String title, String crs) {
    int n = links.size();
    double maxAbs = 0;
    double maxVol = 0;
    for (int i = 0; i < n; i++) {
      maxAbs = Math.max(maxAbs, Math.abs(scenario[i] - base[i]));
      maxVol = Math.max(maxVol, Math.max(base[i], scenario[i]));
    }
    double m = niceCeil(maxAbs);
    double volTop = niceCeil(maxVol);
    Color[] colour = new Color[n];
    float[] width = new float[n];
    double[] order = new double[n];
    for (int i = 0; i < n; i++) {
      double d = scenario[i] - base[i];
      double v = Math.max(base[i], scenario[i]);
      colour[i] = v <= 0 ? NO_TRAFFIC : DIVERGING[changeClass(d, m)];
      width[i] = width(v, volTop);
      order[i] = d == 0 ? -1 : Math.abs(d);
    }
    List<String> labels = new ArrayList<>();
    String[] lim = {fmt(-m), fmt(-2 * m / 3), fmt(-m / 3), "0", fmt(m / 3), fmt(2 * m / 3), fmt(m)};
    labels.add(lim[0] + " \u2013 " + lim[1]);
    labels.add(lim[1] + " \u2013 " + lim[2]);
    labels.add(lim[2] + " \u2013 <0");
    labels.add("no change");
    labels.add(">0 \u2013 " + lim[4]);
    labels.add(lim[4] + " \u2013 " + lim[5]);
    labels.add(lim[5] + " \u2013 " + lim[6]);
    return draw(links, colour, width, order, title, crs, "Volume change [veh/day]", DIVERGING, labels, volTop);
  }

  /** Class index into {@link #DIVERGING} of a change {@code d} when the largest class ends at {@code m}. */
  public static int changeClass(double d, double m) {
    if (d == 0 || m == 0) {
      return 3;
    }
    double f = Math.abs(d) / m;
    int k = f > 2.0 / 3 ? 3 : f > 1.0 / 3 ? 2 : 1;
    return d < 0 ? 3 - k : 3 + k;
  }

  private static int sqrtClass(double v, double top, int classes) {
    int k = (int) Math.floor(Math.sqrt(v / top) * classes);
    return Math.min(classes - 1, Math.max(0, k));
  }

  private static float width(double v, double top) {
    return v <= 0 || top <= 0 ? 0.6f : (float) (1.0 + 7.0 * Math.sqrt(v / top));
  }

  private static byte[] draw(List<Geometry> links, Color[] colour, float[] width, double[] order, String title, String crs,
      String legendTitle, Color[] palette, List<String> labels, double volTop) {
    BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, WIDTH, HEIGHT);
      g.setColor(Color.BLACK);
      g.setFont(TITLE);
      g.drawString(title, MAP_X, 30);
      Envelope env = new Envelope();
      for (Geometry l : links) {
        if (l != null) {
          env.expandToInclude(l.getEnvelopeInternal());
        }
      }
      double scale = env.isNull() ? 1 : 0.95 * Math.min(MAP_W / Math.max(env.getWidth(), 1e-9), MAP_H / Math.max(env.getHeight(), 1e-9));
      if (!env.isNull() && env.getWidth() == 0 && env.getHeight() == 0) {
        scale = 1;
      }
      double cx = env.isNull() ? 0 : env.centre().x;
      double cy = env.isNull() ? 0 : env.centre().y;
      drawLinks(g, links, colour, width, order, scale, cx, cy);
      g.setColor(Color.GRAY);
      g.setStroke(new BasicStroke(1f));
      g.drawRect(MAP_X, MAP_Y, MAP_W, MAP_H);
      scaleBar(g, scale, crs);
      northArrow(g);
      legend(g, legendTitle, palette, labels, volTop);
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(img, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode the map as PNG: " + e.getMessage(), e);
    }
    return out.toByteArray();
  }

  private static void drawLinks(Graphics2D g, List<Geometry> links, Color[] colour, float[] width, double[] order,
      double scale, double cx, double cy) {
    Integer[] idx = new Integer[links.size()];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = i;
    }
    java.util.Arrays.sort(idx, (a, b) -> order[a] != order[b] ? Double.compare(order[a], order[b]) : Integer.compare(a, b));
    g.setClip(MAP_X, MAP_Y, MAP_W, MAP_H);
    for (int i : idx) {
      Geometry l = links.get(i);
      if (l == null) {
        continue;
      }
      Coordinate[] cs = l.getCoordinates();
      double[] xs = new double[cs.length];
      double[] ys = new double[cs.length];
      for (int k = 0; k < cs.length; k++) {
        xs[k] = MAP_X + MAP_W / 2.0 + (cs[k].x - cx) * scale;
        ys[k] = MAP_Y + MAP_H / 2.0 - (cs[k].y - cy) * scale;
      }
      // shift to the right of the driving direction by half the width, so that the two directions of
      // a road lie side by side instead of on top of each other
      double dx = xs[cs.length - 1] - xs[0];
      double dy = ys[cs.length - 1] - ys[0];
      double len = Math.hypot(dx, dy);
      double off = len > 0 ? (width[i] / 2.0 + 0.25) / len : 0;
      Path2D.Double p = new Path2D.Double();
      for (int k = 0; k < cs.length; k++) {
        double x = xs[k] - dy * off;
        double y = ys[k] + dx * off;
        if (k == 0) {
          p.moveTo(x, y);
        } else {
          p.lineTo(x, y);
        }
      }
      g.setColor(colour[i]);
      g.setStroke(new BasicStroke(width[i], BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
      g.draw(p);
    }
    g.setClip(null);
  }

  /** A two-part bar of a round length (1, 2 or 5 x 10^k map units) about a quarter of the map wide. */
  private static void scaleBar(Graphics2D g, double scale, String crs) {
    double target = MAP_W / 4.0 / scale;
    double len = Math.pow(10, Math.floor(Math.log10(target)));
    if (5 * len <= target) {
      len *= 5;
    } else if (2 * len <= target) {
      len *= 2;
    }
    int px = (int) Math.round(len * scale);
    int x = MAP_X + 20;
    int y = MAP_Y + MAP_H - 40;
    g.setColor(Color.WHITE);
    g.fillRect(x - 8, y - 18, px + 90, 50);
    g.setStroke(new BasicStroke(1f));
    g.setColor(Color.BLACK);
    g.fillRect(x, y, px / 2, 8);
    g.drawRect(x, y, px, 8);
    g.setFont(TEXT);
    g.drawString("0", x - 3, y - 4);
    boolean metres = crs.startsWith("EPSG:2583");
    String l = metres ? (len >= 1000 ? fmt(len / 1000) + " km" : fmt(len) + " m") : fmt(len) + " units";
    g.drawString(l, x + px - 6, y - 4);
    g.drawString(metres ? "metres, " + crs : "map units, CRS " + crs, x, y + 24);
  }

  private static void northArrow(Graphics2D g) {
    int x = MAP_X + MAP_W - 40;
    int y = MAP_Y + 20;
    g.setColor(Color.WHITE);
    g.fillRect(x - 20, y - 4, 44, 68);
    Path2D.Double left = new Path2D.Double();
    left.moveTo(x, y + 18);
    left.lineTo(x - 10, y + 50);
    left.lineTo(x, y + 42);
    left.closePath();
    Path2D.Double right = new Path2D.Double();
    right.moveTo(x, y + 18);
    right.lineTo(x + 10, y + 50);
    right.lineTo(x, y + 42);
    right.closePath();
    g.setColor(Color.BLACK);
    g.fill(left);
    g.setStroke(new BasicStroke(1f));
    g.draw(right);
    g.setFont(TITLE);
    g.drawString("N", x - 6, y + 14);
  }

  private static void legend(Graphics2D g, String title, Color[] palette, List<String> labels, double volTop) {
    int y = MAP_Y + 10;
    g.setColor(Color.BLACK);
    g.setFont(TEXT.deriveFont(Font.BOLD));
    g.drawString(title, LEGEND_X, y);
    g.setFont(TEXT);
    y += 10;
    for (int k = palette.length - 1; k >= 0; k--) {
      g.setColor(palette[k]);
      g.fillRect(LEGEND_X, y, 34, 14);
      g.setColor(Color.BLACK);
      g.drawString(labels.get(k), LEGEND_X + 44, y + 12);
      y += 22;
    }
    g.setColor(NO_TRAFFIC);
    g.fillRect(LEGEND_X, y + 6, 34, 2);
    g.setColor(Color.BLACK);
    g.drawString("no traffic", LEGEND_X + 44, y + 12);
    y += 44;
    g.setFont(TEXT.deriveFont(Font.BOLD));
    g.drawString("Width: volume [veh/day]", LEGEND_X, y);
    g.setFont(TEXT);
    y += 16;
    for (double f : new double[] {1, 0.25, 0.04}) {
      double v = volTop * f;
      g.setColor(Color.DARK_GRAY);
      g.setStroke(new BasicStroke(width(v, volTop), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
      g.drawLine(LEGEND_X, y + 7, LEGEND_X + 34, y + 7);
      g.setColor(Color.BLACK);
      g.drawString(fmt(v), LEGEND_X + 44, y + 12);
      y += 22;
    }
    g.setStroke(new BasicStroke(1f));
  }

  private static double sq(double x) {
    return x * x;
  }

  /** The smallest of 1, 2, 2.5, 5 or 10 times a power of ten that is at least {@code x} (0 for 0). */
  static double niceCeil(double x) {
    if (x <= 0) {
      return 0;
    }
    double p = Math.pow(10, Math.floor(Math.log10(x)));
    for (double f : new double[] {1, 2, 2.5, 5, 10}) {
      if (f * p >= x * (1 - 1e-12)) {
        return f * p;
      }
    }
    return 10 * p;
  }

  static String fmt(double v) {
    double r = Math.rint(v);
    if (Math.abs(v - r) <= 1e-9 * Math.max(1, Math.abs(v))) {
      return String.format(Locale.ROOT, "%,d", (long) r);
    }
    return String.format(Locale.ROOT, Math.abs(v) >= 10 ? "%.0f" : "%.2g", v);
  }
}
