package de.bochumtwin.results.airquality;

import de.bochumtwin.core.airquality.AirQualityResult;
import de.bochumtwin.core.airquality.AirSpecies;
import de.bochumtwin.core.airquality.Receptors;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * A PNG map of one pollutant's period mean on the receptor grid, with the network on top, the named
 * receptors as labelled dots, a colour legend (classes in µg/m³, the top class marks values above the
 * EU annual limit of 40 for NO2) and a 1 km scale bar. North is up; one grid cell is at least one pixel.
 */
public final class AirQualityMap {
  static final double[] BREAKS = {20, 25, 30, 35, 40, 50, 60};
  static final Color[] COLORS = {new Color(0x2c7bb6), new Color(0x74add1), new Color(0xabd9e9), new Color(0xffffbf),
      new Color(0xfee090), new Color(0xfdae61), new Color(0xf46d43), new Color(0xa50026)};

  private AirQualityMap() {}

  /** Class index of a value (0 below the first break, BREAKS.length at or above the last). */
  static int classOf(double v) {
    int k = 0;
    while (k < BREAKS.length && v >= BREAKS[k]) {
      k++;
    }
    return k;
  }

  public static void write(Path png, AirQualityResult res, AirSpecies species, List<RunLinkEmissions.Link> links, String title) {
    Receptors r = res.receptors();
    if (!r.hasGrid()) {
      throw new IllegalArgumentException("the map needs a receptor grid");
    }
    int nx = r.gridNx();
    int ny = r.gridNy();
    double scale = Math.max(1, Math.floor(900.0 / Math.max(nx, ny)));
    int mapW = (int) (nx * scale);
    int mapH = (int) (ny * scale);
    int legendW = 200;
    int top = 40;
    BufferedImage img = new BufferedImage(mapW + legendW + 20, mapH + top + 20, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, img.getWidth(), img.getHeight());
      int first = r.namedCount();
      for (int j = 0; j < ny; j++) {
        for (int i = 0; i < nx; i++) {
          double v = res.mean(species, first + j * nx + i);
          g.setColor(COLORS[classOf(v)]);
          g.fillRect((int) (10 + i * scale), (int) (top + (ny - 1 - j) * scale), (int) scale, (int) scale);
        }
      }
      double ox = r.gridOriginX_m();
      double oy = r.gridOriginY_m();
      double pxPerM = scale / r.cell_m();
      g.setColor(new Color(40, 40, 40, 120)); // translucent, so the roadside increments stay visible
      g.setStroke(new BasicStroke(0.8f));
      for (RunLinkEmissions.Link l : links) {
        g.draw(new Line2D.Double(10 + (l.x0() - ox) * pxPerM, top + mapH - (l.y0() - oy) * pxPerM,
            10 + (l.x1() - ox) * pxPerM, top + mapH - (l.y1() - oy) * pxPerM));
      }
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
      for (int k = 0; k < r.namedCount(); k++) {
        int px = (int) (10 + (r.x_m(k) - ox) * pxPerM);
        int py = (int) (top + mapH - (r.y_m(k) - oy) * pxPerM);
        g.setColor(Color.BLACK);
        g.fillOval(px - 4, py - 4, 8, 8);
        g.drawString(String.format(Locale.ROOT, "%s %.0f", r.name(k), res.mean(species, k)), px + 6, py - 4);
      }
      g.setColor(Color.BLACK);
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
      g.drawString(title, 10, 25);
      int lx = mapW + 30;
      int ly = top + 10;
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
      g.drawString(species.label() + " period mean, µg/m³", lx, ly);
      for (int k = COLORS.length - 1; k >= 0; k--) {
        int y = ly + 12 + (COLORS.length - 1 - k) * 22;
        g.setColor(COLORS[k]);
        g.fillRect(lx, y, 30, 18);
        g.setColor(Color.BLACK);
        g.drawRect(lx, y, 30, 18);
        String label = k == 0 ? String.format(Locale.ROOT, "< %.0f", BREAKS[0])
            : k == COLORS.length - 1 ? String.format(Locale.ROOT, ">= %.0f", BREAKS[k - 1])
            : String.format(Locale.ROOT, "%.0f - %.0f", BREAKS[k - 1], BREAKS[k]);
        g.drawString(label, lx + 38, y + 14);
      }
      int sy = ly + 12 + COLORS.length * 22 + 20;
      g.setColor(new Color(40, 40, 40));
      g.drawLine(lx, sy, lx + 30, sy);
      g.drawString("road link", lx + 38, sy + 4);
      g.fillOval(lx + 11, sy + 16, 8, 8);
      g.drawString("station receptor", lx + 38, sy + 24);
      int bar = (int) Math.round(1000 * pxPerM);
      g.setStroke(new BasicStroke(3f));
      g.drawLine(lx, sy + 50, lx + bar, sy + 50);
      g.drawString("1 km", lx, sy + 66);
      g.drawString(String.format(Locale.ROOT, "grid %.0f m, %d h", r.cell_m(), res.meteorology().hourCount()), lx, sy + 86);
    } finally {
      g.dispose();
    }
    try {
      if (!ImageIO.write(img, "png", png.toFile())) {
        throw new IllegalStateException("no PNG writer");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + png + ": " + e.getMessage(), e);
    }
  }
}
