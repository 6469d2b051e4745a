package de.bochumtwin.cli;

import de.bochumtwin.core.network.Network;
import de.bochumtwin.scenarios.matsim.NetworkWriter;
import de.bochumtwin.scenarios.osm.BochumArea;
import de.bochumtwin.scenarios.osm.BoundingPolygon;
import de.bochumtwin.scenarios.osm.DownloadException;
import de.bochumtwin.scenarios.osm.OsmDownloader;
import de.bochumtwin.scenarios.osm.OsmImportSettings;
import de.bochumtwin.scenarios.osm.OsmNetworkImporter;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code twin prepare}: builds scenario inputs from open data. {@code network} imports an OSM file
 * the user already has; {@code bochum} fetches the current extract (resumable, MD5-checked), cuts it
 * to Bochum's boundary plus a buffer and imports it. See docs/osm-import.md.
 */
@Command(name = "prepare", mixinStandardHelpOptions = true,
    description = "Prepare scenario inputs from open data (OpenStreetMap road network).",
    subcommands = {PrepareCommand.NetworkCommand.class, PrepareCommand.BochumCommand.class, PreparePopulationCommand.class})
final class PrepareCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** Options shared by both subcommands. */
  static class ImportOptions {
    @Option(names = "--out", required = true, description = "MATSim network file to write (.xml or .xml.gz).")
    Path out;

    @Option(names = "--crs", defaultValue = OsmImportSettings.DEFAULT_CRS,
        description = "Target CRS: EPSG:25828..25838 or EPSG:32601..32660 (default ${DEFAULT-VALUE}).")
    String crs;

    @Option(names = "--buffer-m", defaultValue = "2000",
        description = "Buffer around the polygon in metres (default ${DEFAULT-VALUE}).")
    double buffer_m;

    @Option(names = "--keep-all-components", description = "Skip the per-mode largest strongly connected component cleaning (diagnostics only).")
    boolean keepAllComponents;
  }

  /** {@code twin prepare network --osm FILE --out network.xml.gz}. */
  @Command(name = "network", mixinStandardHelpOptions = true,
      description = "Import an OpenStreetMap file (.osm.pbf, .osm, .osm.gz) into a MATSim network.")
  static final class NetworkCommand implements Callable<Integer> {
    @Option(names = "--osm", required = true, description = "OpenStreetMap file: .osm.pbf, .osm or .osm.gz.")
    Path osm;

    @Option(names = "--polygon", description = "Cut to this Osmosis .poly area (plus --buffer-m).")
    Path polygon;

    @Option(names = "--bochum-boundary", description = "Cut to Bochum's city boundary (plus --buffer-m).")
    boolean bochum;

    @picocli.CommandLine.Mixin
    ImportOptions options = new ImportOptions();

    @Override
    public Integer call() throws IOException {
      if (polygon != null && bochum) {
        throw new UsageException("give either --polygon or --bochum-boundary, not both");
      }
      BoundingPolygon area = polygon != null ? BoundingPolygon.readPoly(polygon, options.buffer_m)
          : bochum ? BochumArea.boundary(options.buffer_m) : null;
      return importAndWrite(osm, area, options, System.out);
    }
  }

  /** {@code twin prepare bochum --download --out network.xml.gz}. */
  @Command(name = "bochum", mixinStandardHelpOptions = true,
      description = "Fetch the current OSM extract containing Bochum, cut it to the city plus a buffer and build the network.")
  static final class BochumCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--download", description = "Download (or resume) the extract if it is not in --cache-dir yet.")
    boolean download;

    @Option(names = "--url", description = "Extract URL (default: Geofabrik's Regierungsbezirk Arnsberg, "
        + "https://download.geofabrik.de/europe/germany/nordrhein-westfalen/arnsberg-regbez-latest.osm.pbf).")
    URI url = BochumArea.DEFAULT_EXTRACT;

    @Option(names = "--cache-dir", defaultValue = "data/osm",
        description = "Where the extract is kept between runs (default ${DEFAULT-VALUE}).")
    Path cacheDir;

    @Option(names = "--no-checksum", description = "Do not check the .md5 file published next to the extract.")
    boolean noChecksum;

    @Option(names = "--polygon", description = "Cut to this .poly area instead of Bochum's boundary (e.g. for tests).")
    Path polygon;

    @picocli.CommandLine.Mixin
    ImportOptions options = new ImportOptions();

    @Override
    public Integer call() throws IOException {
      String name = url.getPath().substring(url.getPath().lastIndexOf('/') + 1);
      if (name.isEmpty()) {
        throw new UsageException("--url must end in a file name, e.g. .../arnsberg-regbez-latest.osm.pbf");
      }
      Path file = cacheDir.resolve(name);
      if (download) {
        Files.createDirectories(cacheDir);
        System.out.println("downloading " + url + " to " + file);
        DownloadBar bar = new DownloadBar(System.err, System.console() != null);
        try {
          new OsmDownloader(Duration.ofSeconds(20)).download(url, file, !noChecksum, bar);
        } catch (DownloadException e) {
          bar.finish();
          spec.commandLine().getErr().println("error: " + e.getMessage());
          spec.commandLine().getErr().flush();
          return ExitCodes.BAD_INPUT;
        }
        bar.finish();
      } else if (!Files.isRegularFile(file)) {
        throw new UsageException("no extract at " + file + "; add --download to fetch it from " + url
            + ", or download it yourself and use `twin prepare network --osm FILE --bochum-boundary --out ...`");
      }
      BoundingPolygon area = polygon != null ? BoundingPolygon.readPoly(polygon, options.buffer_m)
          : BochumArea.boundary(options.buffer_m);
      return importAndWrite(file, area, options, System.out);
    }
  }

  static int importAndWrite(Path osm, BoundingPolygon area, ImportOptions o, PrintStream out) throws IOException {
    OsmImportSettings settings = OsmImportSettings.defaults().withCrs(o.crs).withPolygon(area)
        .withLargestComponentsOnly(!o.keepAllComponents);
    OsmNetworkImporter.Result r = OsmNetworkImporter.read(osm, settings);
    Network net = r.network();
    NetworkWriter.write(net, o.out);
    double total_m = 0;
    for (int l = 0; l < net.linkCount(); l++) {
      total_m += net.length_m(l);
    }
    out.println(r.report());
    out.printf(Locale.ROOT, "network %s: %d nodes, %d links, %.1f km of links, CRS %s -> %s%n", net.name(),
        net.nodeCount(), net.linkCount(), total_m / 1000, net.crs(), o.out);
    return ExitCodes.OK;
  }

  /** Download progress: a redrawn bar on a terminal, a line per 10 % otherwise. */
  static final class DownloadBar implements OsmDownloader.Progress {
    private final PrintStream out;
    private final boolean terminal;
    private final long startNanos = System.nanoTime();
    private int lastTenth = -1;
    private long lastDraw;
    private boolean drawn;

    DownloadBar(PrintStream out, boolean terminal) {
      this.out = out;
      this.terminal = terminal;
    }

    @Override
    public void update(long bytes, long total) {
      double s = Math.max(1e-3, (System.nanoTime() - startNanos) / 1e9);
      double fraction = total > 0 ? (double) bytes / total : 0;
      if (terminal) {
        long now = System.nanoTime();
        if (now - lastDraw < 100_000_000L && bytes != total) {
          return;
        }
        lastDraw = now;
        int filled = (int) Math.round(fraction * 30);
        out.printf(Locale.ROOT, "\rdownload [%s%s] %3.0f%% %.1f/%s MB %.1f MB/s   ", "#".repeat(filled),
            " ".repeat(30 - filled), fraction * 100, bytes / 1e6, total > 0 ? String.format(Locale.ROOT, "%.1f", total / 1e6)
                : "?", bytes / 1e6 / s);
        out.flush();
        drawn = true;
      } else {
        int tenth = total > 0 ? (int) (fraction * 10) : (int) (bytes / 50_000_000L);
        if (tenth != lastTenth) {
          lastTenth = tenth;
          out.printf(Locale.ROOT, "download %.1f of %s MB (%.1f MB/s)%n", bytes / 1e6,
              total > 0 ? String.format(Locale.ROOT, "%.1f", total / 1e6) : "?", bytes / 1e6 / s);
        }
      }
    }

    void finish() {
      if (terminal && drawn) {
        out.println();
      }
    }
  }
}
