package de.bochumtwin.results.compare;

import de.bochumtwin.results.report.HtmlPage;
import de.bochumtwin.results.report.HtmlPage.Cell;
import de.bochumtwin.results.report.NetworkMap;
import de.bochumtwin.results.report.ReportCharts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The report of one run: {@code report.html} (self-contained: KPIs, a volume map, hourly volume and
 * speed, the run's own charts such as scorestats.png and modestats.png, emissions and EV charts when
 * present, and the run manifest) plus {@code volume_map.png}, both written into the run folder.
 * Reads the folder like {@code twin compare} does, so it must run after run.json is written.
 */
public final class RunReport {
  public static final String HTML = "report.html";
  public static final String VOLUME_MAP = "volume_map.png";

  /** PNGs a run may have written, with their captions, in report order. */
  private static final String[][] RUN_CHARTS = {
      {"scorestats.png", "Score statistics over the iterations"},
      {"modestats.png", "Mode shares over the iterations"},
      {"emissions_by_hour.png", "Emissions per hour of day (last iteration)"},
      {"charger_load_curves.png", "EV charging load"},
      {"district_load_curves.png", "EV charging load per district"}};

  private RunReport() {}

  /** Writes the report into {@code runDir} and returns the KPIs shown. */
  public static RunKpis write(Path runDir) {
    RunOutputs r = RunOutputs.read(runDir);
    RunKpis kpis = RunKpis.of(r);
    String name = ReportParts.setting(r, "whatif_name", ReportParts.setting(r, "scenario", runDir.getFileName().toString()));
    HtmlPage page = new HtmlPage("Run report: " + name);
    page.note("Figures of the simulated sample (sample = " + ReportParts.setting(r, "sample", "1")
        + "), last iteration. Folder: " + runDir.toAbsolutePath().normalize());
    page.heading("Key figures");
    List<List<Cell>> rows = new ArrayList<>();
    for (RunKpis.Value v : kpis.values()) {
      rows.add(List.of(Cell.text(v.name()), Cell.text(v.unit()), new Cell(KpiTable.num(v.value()), "num")));
    }
    page.table("kpis", List.of("KPI", "unit", "value"), rows);
    page.note("KPIs the run does not report (no emissions or EV model) are not listed.");

    page.heading("Volume map");
    double[] vol = new double[r.linkIds.size()];
    for (int i = 0; i < vol.length; i++) {
      vol[i] = r.volume(r.linkIds.get(i));
    }
    byte[] map = NetworkMap.volumePng(ReportParts.geometries(r.linkIds, r.geometry, runDir.resolve("links.parquet")), vol,
        "Vehicles per day: " + name, r.crsLabel());
    page.image("volume-map", ReportParts.write(runDir, VOLUME_MAP, map), "map of the network coloured by daily volume",
        "Simulated vehicles entering each link over the day (all network modes).");

    page.heading("Hourly profile");
    page.image("hourly-volume", ReportCharts.hourly("Vehicles entering links per hour", "vehicles [veh/h]",
        r.hourlyVolume(24), null), "hourly volume chart", "Sum over all links of the vehicles entering per hour.");
    page.image("hourly-speed", ReportCharts.hourly("Mean link speed per hour", "speed [km/h]", r.hourlySpeed_kmh(24), null),
        "hourly speed chart", "Volume-weighted mean of the links' hourly mean speeds.");

    page.heading("Run charts");
    for (String[] c : RUN_CHARTS) {
      byte[] png = ReportParts.readIfPresent(runDir.resolve(c[0]));
      if (png != null) {
        page.image(c[0].replace(".png", ""), png, c[1], c[1] + " (" + c[0] + ")");
      }
    }
    page.heading("Run manifest");
    ReportParts.manifest(page, "run", r);
    page.write(runDir.resolve(HTML));
    return kpis;
  }
}
