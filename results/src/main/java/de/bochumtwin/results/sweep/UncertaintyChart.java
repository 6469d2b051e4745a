package de.bochumtwin.results.sweep;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * One KPI across the sweep points: the mean across seeds as a line and the 5 %..95 % quantile range as a
 * shaded band. The x axis is the parameter value when the sweep varies exactly one parameter, else the
 * point number.
 */
public final class UncertaintyChart {
  private UncertaintyChart() {}

  /** One x position with its statistics. */
  public record Band(double x, EnsembleStats stats) {}

  /** Writes an 800 x 500 PNG; {@code parameter} names the x axis, or null for point numbers. */
  public static void write(Path png, String kpi, String unit, List<Band> bands, String parameter) throws IOException {
    YIntervalSeries s = new YIntervalSeries("mean, band 5 %..95 % across seeds");
    for (Band b : bands) {
      s.add(b.x(), b.stats().mean(), b.stats().q05(), b.stats().q95());
    }
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    data.addSeries(s);
    DeviationRenderer r = new DeviationRenderer(true, true);
    Color blue = new Color(0x1f, 0x77, 0xb4);
    r.setSeriesPaint(0, blue);
    r.setSeriesFillPaint(0, new Color(0x1f, 0x77, 0xb4));
    r.setAlpha(0.25f);
    r.setSeriesStroke(0, new BasicStroke(1.8f));
    NumberAxis x = new NumberAxis(parameter != null ? parameter : "sweep point");
    if (parameter == null) {
      x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    }
    x.setAutoRangeIncludesZero(false);
    NumberAxis y = new NumberAxis(kpi + (unit.isEmpty() ? "" : " [" + unit + "]"));
    y.setAutoRangeIncludesZero(false);
    XYPlot plot = new XYPlot(data, x, y, r);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    JFreeChart chart = new JFreeChart(kpi + ": mean and 5 %..95 % band across seeds", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    chart.setBackgroundPaint(Color.WHITE);
    ChartUtils.saveChartAsPNG(png.toFile(), chart, 800, 500);
  }
}
