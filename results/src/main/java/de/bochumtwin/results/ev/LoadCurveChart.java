package de.bochumtwin.results.ev;

import de.bochumtwin.core.ev.ChargerLoadTable;
import de.bochumtwin.core.ev.EvRunResult;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A PNG of the charging load over the day (15-min bins, step lines, hours on the x axis): all public
 * chargers together, all home charging together, and the busiest public chargers by energy. Rendered
 * headless; the file must not exist yet.
 */
public final class LoadCurveChart {
  /** How many individual chargers are drawn besides the two totals. */
  public static final int TOP_CHARGERS = 5;

  private LoadCurveChart() {}

  /** The chart's series (also used by tests): totals first, then the top chargers by energy. */
  public static XYSeriesCollection dataset(EvRunResult r) {
    ChargerLoadTable t = r.load();
    int home = t.homeRow();
    XYSeries pub = new XYSeries("all public chargers");
    XYSeries hom = new XYSeries("home charging");
    for (int b = 0; b < t.bins(); b++) {
      double sum = 0;
      for (int c = 0; c < home; c++) {
        sum += t.power_kW(c, b);
      }
      pub.add(t.binStart_s(b) / 3600.0, sum);
      hom.add(t.binStart_s(b) / 3600.0, t.power_kW(home, b));
    }
    XYSeriesCollection data = new XYSeriesCollection();
    data.addSeries(pub);
    data.addSeries(hom);
    List<Integer> used = new ArrayList<>();
    double[] energy = new double[home];
    for (int c = 0; c < home; c++) {
      for (int b = 0; b < t.bins(); b++) {
        energy[c] += t.energy_kWh(c, b);
      }
      if (energy[c] > 0) {
        used.add(c);
      }
    }
    used.sort(Comparator.comparingDouble((Integer c) -> -energy[c]).thenComparingInt(c -> c));
    for (int c : used.subList(0, Math.min(TOP_CHARGERS, used.size()))) {
      XYSeries s = new XYSeries("charger " + r.chargers().id(c));
      for (int b = 0; b < t.bins(); b++) {
        s.add(t.binStart_s(b) / 3600.0, t.power_kW(c, b));
      }
      data.addSeries(s);
    }
    return data;
  }

  public static void writePng(Path file, EvRunResult r, String title, int width_px, int height_px) {
    writeStepChart(file, dataset(r), title, width_px, height_px);
  }

  /** Writes power-over-the-day series as a step chart PNG (shared by the charger and district charts). */
  static void writeStepChart(Path file, XYSeriesCollection data, String title, int width_px, int height_px) {
    JFreeChart chart = ChartFactory.createXYLineChart(title, "time of day [h]", "charging power [kW]", data,
        PlotOrientation.VERTICAL, true, false, false);
    XYPlot plot = chart.getXYPlot();
    XYStepRenderer renderer = new XYStepRenderer();
    renderer.setDefaultStroke(new BasicStroke(1.5f));
    renderer.setAutoPopulateSeriesStroke(false);
    plot.setRenderer(renderer);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      ChartUtils.writeChartAsPNG(out, chart, width_px, height_px);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the load-curve chart " + file + ": " + e.getMessage(), e);
    }
  }
}
