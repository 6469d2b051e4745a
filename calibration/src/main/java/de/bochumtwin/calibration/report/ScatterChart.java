package de.bochumtwin.calibration.report;

import de.bochumtwin.calibration.fit.CountComparison;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Scatter plot of simulated against observed hourly volumes, before and after, with the 1:1 line. */
final class ScatterChart {
  private ScatterChart() {}

  static void write(Path png, CountComparison before, CountComparison after) throws IOException {
    XYSeries b = series("before", before);
    XYSeries a = series("after", after);
    double max = Math.max(1, Math.max(Math.max(b.getMaxX(), b.getMaxY()), Math.max(a.getMaxX(), a.getMaxY())));
    XYSeries diag = new XYSeries("1:1");
    diag.add(0, 0);
    diag.add(max, max);
    XYSeriesCollection data = new XYSeriesCollection();
    data.addSeries(b);
    data.addSeries(a);
    data.addSeries(diag);
    XYLineAndShapeRenderer r = new XYLineAndShapeRenderer();
    r.setSeriesLinesVisible(0, false);
    r.setSeriesLinesVisible(1, false);
    r.setSeriesShapesVisible(2, false);
    r.setSeriesPaint(0, new Color(0xd6, 0x27, 0x28, 140));
    r.setSeriesPaint(1, new Color(0x1f, 0x77, 0xb4, 160));
    r.setSeriesPaint(2, Color.DARK_GRAY);
    r.setSeriesStroke(2, new BasicStroke(1.2f));
    XYPlot plot = new XYPlot(data, new NumberAxis("observed (veh/h)"), new NumberAxis("simulated (veh/h)"), r);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    JFreeChart chart = new JFreeChart("Counts: simulated vs observed (station-hours)", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    chart.setBackgroundPaint(Color.WHITE);
    ChartUtils.saveChartAsPNG(png.toFile(), chart, 800, 700);
  }

  private static XYSeries series(String name, CountComparison c) {
    XYSeries s = new XYSeries(name, false, true);
    for (CountComparison.StationFit f : c.stations()) {
      for (int h = 0; h < 24; h++) {
        if (!Double.isNaN(f.obs_vph()[h])) {
          s.add(f.obs_vph()[h], f.sim_vph()[h]);
        }
      }
    }
    if (s.getItemCount() == 0) {
      s.add(0, 0);
    }
    return s;
  }
}
