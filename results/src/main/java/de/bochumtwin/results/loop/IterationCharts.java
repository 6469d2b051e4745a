package de.bochumtwin.results.loop;

import de.bochumtwin.core.controller.IterationStats;
import de.bochumtwin.core.controller.ModeStats;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The loop's PNG charts: scores over iterations (MATSim's scorestats.png) and mode shares (modestats.png). */
public final class IterationCharts {
  private IterationCharts() {}

  public static void writeScores(Path png, List<IterationStats> stats) throws IOException {
    XYSeries exec = new XYSeries("avg. executed");
    XYSeries best = new XYSeries("avg. best");
    XYSeries worst = new XYSeries("avg. worst");
    XYSeries avg = new XYSeries("avg. average");
    for (IterationStats s : stats) {
      exec.add(s.iteration(), s.avgExecutedScore());
      best.add(s.iteration(), s.avgBestScore());
      worst.add(s.iteration(), s.avgWorstScore());
      avg.add(s.iteration(), s.avgAverageScore());
    }
    XYSeriesCollection data = new XYSeriesCollection();
    data.addSeries(exec);
    data.addSeries(best);
    data.addSeries(worst);
    data.addSeries(avg);
    write(png, "Score statistics", "score [utils]", data, false);
  }

  public static void writeModeShares(Path png, List<IterationStats> stats) throws IOException {
    Map<String, XYSeries> byMode = new TreeMap<>();
    for (IterationStats s : stats) {
      for (ModeStats m : s.modes()) {
        byMode.computeIfAbsent(m.mode(), XYSeries::new);
      }
    }
    for (IterationStats s : stats) {
      for (Map.Entry<String, XYSeries> e : byMode.entrySet()) {
        e.getValue().add(s.iteration(), 100 * s.share(e.getKey()));
      }
    }
    XYSeriesCollection data = new XYSeriesCollection();
    byMode.values().forEach(data::addSeries);
    write(png, "Mode shares (trips)", "share [%]", data, true);
  }

  private static void write(Path png, String title, String yLabel, XYSeriesCollection data, boolean fromZero)
      throws IOException {
    NumberAxis x = new NumberAxis("iteration");
    x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    NumberAxis y = new NumberAxis(yLabel);
    y.setAutoRangeIncludesZero(fromZero);
    XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, data.getItemCount(0) <= 30);
    for (int i = 0; i < data.getSeriesCount(); i++) {
      r.setSeriesStroke(i, new BasicStroke(2f));
    }
    XYPlot plot = new XYPlot(data, x, y, r);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    chart.setBackgroundPaint(Color.WHITE);
    ChartUtils.saveChartAsPNG(png.toFile(), chart, 900, 540);
  }
}
