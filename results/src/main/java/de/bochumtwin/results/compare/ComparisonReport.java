package de.bochumtwin.results.compare;

import de.bochumtwin.results.report.HtmlPage;
import de.bochumtwin.results.report.HtmlPage.Cell;
import de.bochumtwin.results.report.NetworkMap;
import de.bochumtwin.results.report.ReportCharts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The comparison's pictures and {@code report.html}: {@code kpi_changes.png} (relative change of
 * every KPI with a non-zero base), {@code mode_shares.png}, {@code hourly_volume.png},
 * {@code hourly_speed.png}, {@code change_map.png} and, when both runs computed emissions,
 * {@code hourly_co2.png}, all written into the comparison folder and
 * inlined into the page together with the KPI table (same numbers as kpis.csv), the links with the
 * largest volume change and both run manifests.
 */
final class ComparisonReport {
  static final String HTML = "report.html";
  static final List<String> PNGS = List.of("kpi_changes.png", "mode_shares.png", "hourly_volume.png", "hourly_speed.png",
      "change_map.png");
  /** Written only when both runs computed emissions. */
  static final String EMISSIONS_PNG = "hourly_co2.png";
  private static final int TOP_LINKS = 15;

  private ComparisonReport() {}

  static void write(Path out, RunOutputs b, RunOutputs s, KpiTable kpis) {
    String bName = name(b);
    String sName = name(s);
    HtmlPage page = new HtmlPage("Comparison: " + sName + " vs " + bName);
    page.note("Base: " + b.dir.toAbsolutePath().normalize() + "; scenario: " + s.dir.toAbsolutePath().normalize()
        + ". Figures of the simulated sample (sample = " + ReportParts.setting(b, "sample", "1")
        + "), last iteration; change = scenario - base.");
    page.heading("Key figures");
    List<List<Cell>> rows = new ArrayList<>();
    for (KpiTable.Kpi k : kpis.rows()) {
      double rel = k.relativeChange();
      String dir = Double.isNaN(k.change()) || k.change() == 0 ? "num" : k.change() > 0 ? "num up" : "num down";
      rows.add(List.of(Cell.text(k.name()), Cell.text(k.unit()), value(k.base()), value(k.scenario()),
          Double.isNaN(k.change()) ? absent() : new Cell(KpiTable.num(k.change()), dir),
          Double.isNaN(rel) ? new Cell("", "num") : new Cell(KpiTable.num(100 * rel), dir)));
    }
    page.table("kpis", List.of("KPI", "unit", "base", "scenario", "change", "relative change [%]"), rows);
    page.note("'absent': the run does not report this KPI (no emissions or EV model in that run); it is not counted"
        + " as zero. An empty relative change means the base is 0 or a value is absent.");

    page.heading("Charts");
    List<String> names = new ArrayList<>();
    List<Double> pct = new ArrayList<>();
    for (KpiTable.Kpi k : kpis.rows()) {
      if (!Double.isNaN(k.relativeChange())) {
        names.add(k.name());
        pct.add(100 * k.relativeChange());
      }
    }
    page.image("kpi-changes", ReportParts.write(out, PNGS.get(0), ReportCharts.relativeChanges("KPI change relative to base",
        names, pct.stream().mapToDouble(Double::doubleValue).toArray())), "bar chart of relative KPI changes",
        "Relative change per KPI (red: increase, blue: decrease).");
    List<String> modes = new ArrayList<>();
    List<double[]> shares = new ArrayList<>();
    for (KpiTable.Kpi k : kpis.rows()) {
      if (k.name().startsWith("mode_share_")) {
        modes.add(k.name().substring("mode_share_".length()));
        shares.add(new double[] {k.base(), k.scenario()});
      }
    }
    page.image("mode-shares", ReportParts.write(out, PNGS.get(1), ReportCharts.baseVsScenario("Mode shares (trips)",
        "share [%]", modes, shares.stream().mapToDouble(a -> a[0]).toArray(), shares.stream().mapToDouble(a -> a[1]).toArray())),
        "mode share chart", "Share of trips per mode, base and scenario.");
    int hours = Math.max(24, Math.max(b.hourVolume.length, s.hourVolume.length));
    page.image("hourly-volume", ReportParts.write(out, PNGS.get(2), ReportCharts.hourly("Vehicles entering links per hour",
        "vehicles [veh/h]", b.hourlyVolume(hours), s.hourlyVolume(hours))), "hourly volume chart",
        "Sum over all links of the vehicles entering per hour.");
    page.image("hourly-speed", ReportParts.write(out, PNGS.get(3), ReportCharts.hourly("Mean link speed per hour",
        "speed [km/h]", b.hourlySpeed_kmh(hours), s.hourlySpeed_kmh(hours))), "hourly speed chart",
        "Volume-weighted mean of the links' hourly mean speeds.");
    if (b.hourCo2_g != null && s.hourCo2_g != null) {
      int n = Math.max(hours, Math.max(b.hourCo2_g.length, s.hourCo2_g.length));
      page.image("hourly-co2", ReportParts.write(out, EMISSIONS_PNG, ReportCharts.hourly("CO2 emissions per hour",
          "CO2 (total) [kg/h]", kg(b.hourCo2_g, n), kg(s.hourCo2_g, n))), "hourly CO2 chart",
          "CO2 (total) per hour from emissions_link_hour.parquet of both runs.");
    } else {
      page.note("No hourly emissions profile: it needs emissions_link_hour.parquet in both runs (twin run --emissions).");
    }

    page.heading("Change map");
    List<String> ids = LinkDiff.ids(b, s);
    double[] vb = new double[ids.size()];
    double[] vs = new double[ids.size()];
    for (int i = 0; i < vb.length; i++) {
      vb[i] = b.volume(ids.get(i));
      vs[i] = s.volume(ids.get(i));
    }
    byte[] map = NetworkMap.changePng(ReportParts.geometries(ids, LinkDiff.geometry(b, s), b.dir.resolve("links.parquet")),
        vb, vs, "Volume change: " + sName + " vs " + bName, b.crsLabel());
    page.image("change-map", ReportParts.write(out, PNGS.get(4), map), "map of the network coloured by volume change",
        "Vehicles per day, scenario - base (red: more, blue: fewer); width by the larger of the two volumes.");
    topLinks(page, ids, vb, vs);

    page.heading("Run manifests");
    ReportParts.manifest(page, "base", b);
    ReportParts.manifest(page, "scenario", s);
    page.write(out.resolve(HTML));
  }

  private static void topLinks(HtmlPage page, List<String> ids, double[] vb, double[] vs) {
    List<Integer> idx = new ArrayList<>();
    for (int i = 0; i < vb.length; i++) {
      if (vs[i] != vb[i]) {
        idx.add(i);
      }
    }
    idx.sort(Comparator.comparingDouble((Integer i) -> -Math.abs(vs[i] - vb[i])).thenComparing(i -> i));
    List<List<Cell>> rows = new ArrayList<>();
    for (int i : idx.subList(0, Math.min(TOP_LINKS, idx.size()))) {
      double d = vs[i] - vb[i];
      rows.add(List.of(Cell.text(ids.get(i)), value(vb[i]), value(vs[i]), new Cell(KpiTable.num(d), d > 0 ? "num up" : "num down")));
    }
    page.paragraph(idx.size() + " links changed their daily volume; the largest changes:");
    page.table("top-links", List.of("link", "volume base [veh]", "volume scenario [veh]", "change [veh]"), rows);
  }

  private static double[] kg(double[] g, int n) {
    double[] out = new double[n];
    for (int h = 0; h < Math.min(n, g.length); h++) {
      out[h] = g[h] / 1000;
    }
    return out;
  }

  private static Cell value(double v) {
    return Double.isNaN(v) ? absent() : new Cell(KpiTable.num(v), "num");
  }

  private static Cell absent() {
    return new Cell("absent", "absent");
  }

  private static String name(RunOutputs r) {
    return ReportParts.setting(r, "whatif_name", ReportParts.setting(r, "scenario", String.valueOf(r.dir.getFileName())));
  }
}
