package de.bochumtwin.results.emissions;

import de.bochumtwin.core.emissions.EmissionHandler;
import de.bochumtwin.core.emissions.Pollutant;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A PNG of CO2 (kg, left axis) and NOx (g, right axis) per hour of day (hours past midnight folded
 * onto 0-23), summed over all links. Pollutants missing from the factor tables are left out.
 * Rendered headless; the file must not exist yet.
 */
public final class EmissionsByHourChart {
  private EmissionsByHourChart() {}

  /** Grams of {@code pollutant} per hour of day (24 values), or null when the model lacks it. */
  public static double[] byHourOfDay_g(EmissionHandler h, Pollutant pollutant) {
    int p = h.model().pollutants().indexOf(pollutant);
    if (p < 0) {
      return null;
    }
    double[] out = new double[24];
    int links = h.model().linkCount();
    for (int hr = 0; hr < h.hourCount(); hr++) {
      for (int l = 0; l < links; l++) {
        out[hr % 24] += h.linkHour_g(l, hr, p);
      }
    }
    return out;
  }

  public static void writePng(Path file, EmissionHandler h, String title) {
    double[] co2 = byHourOfDay_g(h, Pollutant.CO2_TOTAL);
    double[] nox = byHourOfDay_g(h, Pollutant.NOx);
    XYSeriesCollection left = new XYSeriesCollection();
    if (co2 != null) {
      left.addSeries(series("CO2 (total) [kg]", co2, 1e-3));
    }
    JFreeChart chart = ChartFactory.createXYLineChart(title, "hour of day [h]", "CO2 [kg/h]", left,
        PlotOrientation.VERTICAL, true, false, false);
    XYPlot plot = chart.getXYPlot();
    plot.setRenderer(0, renderer(Color.DARK_GRAY));
    if (nox != null) {
      XYSeriesCollection right = new XYSeriesCollection();
      right.addSeries(series("NOx [g]", nox, 1));
      plot.setRangeAxis(1, new NumberAxis("NOx [g/h]"));
      plot.setDataset(1, right);
      plot.mapDatasetToRangeAxis(1, 1);
      plot.setRenderer(1, renderer(new Color(200, 60, 30)));
    }
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      ChartUtils.writeChartAsPNG(out, chart, 900, 500);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the emissions chart " + file + ": " + e.getMessage(), e);
    }
  }

  private static XYSeries series(String name, double[] g, double scale) {
    XYSeries s = new XYSeries(name);
    for (int hr = 0; hr < g.length; hr++) {
      s.add(hr, g[hr] * scale);
    }
    s.add(24, g[23] * scale); // closes the last step
    return s;
  }

  private static XYStepRenderer renderer(Color c) {
    XYStepRenderer r = new XYStepRenderer();
    r.setSeriesPaint(0, c);
    r.setSeriesStroke(0, new BasicStroke(2f));
    return r;
  }
}
