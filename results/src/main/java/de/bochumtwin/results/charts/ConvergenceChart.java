package de.bochumtwin.results.charts;

import de.bochumtwin.core.assignment.ConvergenceHistory;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Relative gap per iteration of a static assignment on a log-scale y axis. Iterations with a gap of
 * exactly 0 cannot be drawn on a log axis and are left out.
 */
public final class ConvergenceChart {
  private ConvergenceChart() {
  }

  /** Renders the chart as a PNG of {@code width x height} pixels. */
  public static void writePng(Path png, ConvergenceHistory history, String title, int width, int height)
      throws IOException {
    XYSeries series = new XYSeries("relative gap");
    for (int i = 0; i < history.size(); i++) {
      double g = history.relativeGap(i);
      if (g > 0 && Double.isFinite(g)) {
        series.add(history.iteration(i), g);
      }
    }
    NumberAxis x = new NumberAxis("iteration");
    x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    LogAxis y = new LogAxis("relative gap (TSTT - SPTT) / TSTT");
    y.setBase(10);
    y.setSmallestValue(1e-16);
    y.setTickUnit(new NumberTickUnit(1)); // one tick per decade (LogAxis units are exponents)
    y.setNumberFormatOverride(new DecimalFormat("0E0", DecimalFormatSymbols.getInstance(Locale.ROOT)));
    XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, history.size() <= 60);
    r.setSeriesPaint(0, new Color(0x1f, 0x77, 0xb4));
    r.setSeriesStroke(0, new BasicStroke(1.8f));
    XYPlot plot = new XYPlot(new XYSeriesCollection(series), x, y, r);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
    chart.setBackgroundPaint(Color.WHITE);
    ChartUtils.saveChartAsPNG(png.toFile(), chart, width, height);
  }
}
