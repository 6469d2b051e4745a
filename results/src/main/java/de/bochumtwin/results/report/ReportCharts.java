package de.bochumtwin.results.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The report's JFreeChart pictures as PNG bytes (headless, white background, fixed size): relative
 * KPI changes as horizontal bars (red = increase, blue = decrease, as on the change map), a grouped bar
 * chart base vs scenario, and hourly profiles base vs scenario. Deterministic for the same data.
 */
public final class ReportCharts {
  public static final Color BASE = new Color(90, 90, 90);
  public static final Color SCENARIO = new Color(230, 120, 20);
  public static final int WIDTH = 900;

  private ReportCharts() {}

  /** Horizontal bars of {@code percent[i]} for {@code names.get(i)}. */
  public static byte[] relativeChanges(String title, List<String> names, double[] percent) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (int i = 0; i < names.size(); i++) {
      data.addValue(percent[i], "relative change", names.get(i));
    }
    BarRenderer r = new BarRenderer() {
      @Override
      public Paint getItemPaint(int row, int column) {
        return percent[column] >= 0 ? NetworkMap.DIVERGING[6] : NetworkMap.DIVERGING[0];
      }
    };
    r.setBarPainter(new StandardBarPainter());
    r.setShadowVisible(false);
    NumberAxis axis = new NumberAxis("change relative to base [%]");
    axis.setAutoRangeMinimumSize(2); // at least -1 % .. +1 % when nothing changed
    CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), axis, r);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    return png(title, plot, false, Math.max(300, 80 + 26 * names.size()));
  }

  /** Grouped bars: base and scenario value per category. */
  public static byte[] baseVsScenario(String title, String yLabel, List<String> categories, double[] base, double[] scenario) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (int i = 0; i < categories.size(); i++) {
      data.addValue(base[i], "base", categories.get(i));
      data.addValue(scenario[i], "scenario", categories.get(i));
    }
    BarRenderer r = new BarRenderer();
    r.setBarPainter(new StandardBarPainter());
    r.setShadowVisible(false);
    r.setSeriesPaint(0, BASE);
    r.setSeriesPaint(1, SCENARIO);
    CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), new NumberAxis(yLabel), r);
    return png(title, plot, true, 420);
  }

  /** Lines per hour bin (x = hour since scenario start); NaN values leave gaps. {@code scenario} may be null. */
  public static byte[] hourly(String title, String yLabel, double[] base, double[] scenario) {
    XYSeriesCollection data = new XYSeriesCollection();
    data.addSeries(series(scenario == null ? "run" : "base", base));
    if (scenario != null) {
      data.addSeries(series("scenario", scenario));
    }
    XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
    r.setSeriesPaint(0, BASE);
    r.setSeriesPaint(1, SCENARIO);
    r.setSeriesStroke(0, new BasicStroke(2f));
    r.setSeriesStroke(1, new BasicStroke(2f));
    NumberAxis x = new NumberAxis("hour since scenario start [h]");
    x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    XYPlot plot = new XYPlot(data, x, new NumberAxis(yLabel), r);
    return png(title, plot, true, 420);
  }

  private static XYSeries series(String name, double[] v) {
    XYSeries s = new XYSeries(name);
    for (int h = 0; h < v.length; h++) {
      s.add(h + 0.5, Double.isNaN(v[h]) ? null : v[h]);
    }
    return s;
  }

  private static byte[] png(String title, org.jfree.chart.plot.Plot plot, boolean legend, int height) {
    plot.setBackgroundPaint(Color.WHITE);
    if (plot instanceof CategoryPlot c) {
      c.setRangeGridlinePaint(Color.LIGHT_GRAY);
    } else if (plot instanceof XYPlot x) {
      x.setDomainGridlinePaint(Color.LIGHT_GRAY);
      x.setRangeGridlinePaint(Color.LIGHT_GRAY);
    }
    JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, legend);
    chart.setBackgroundPaint(Color.WHITE);
    try {
      return ChartUtils.encodeAsPNG(chart.createBufferedImage(WIDTH, height));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode a chart as PNG: " + e.getMessage(), e);
    }
  }
}
