package de.bochumtwin.scenarios.bochum;

import de.bochumtwin.core.ev.Chargers;
import de.bochumtwin.core.network.Network;
import de.bochumtwin.scenarios.ev.ChargersCsv;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The public chargers of the bundled Bochum scenario: {@code scenarios/bochum/chargers.csv}, derived
 * from the Bundesnetzagentur Ladesäulenregister of 9 June 2019 (CC BY 4.0, © Bundesnetzagentur; see
 * docs/data-sources.md). One row per register entry: coordinates projected to EPSG:25832, the
 * nearest car link of the Bochum network, the highest charge point's power and the charge point count
 * (the mapping of {@link de.bochumtwin.scenarios.ev.RegisterImport}). The file is regenerated and
 * checked against the register by {@code BochumChargersTest}.
 */
public final class BochumChargers {
  /** Where the file lives in the repository (for messages). */
  public static final String FILE = "scenarios/bochum/chargers.csv";
  /** The register snapshot the file was derived from. */
  public static final String SOURCE = "Bundesnetzagentur, Ladesäulenregister (Stand 09.06.2019), CC BY 4.0";

  private BochumChargers() {}

  /** Reads the bundled chargers onto {@code network} (the network of {@link BochumScenario#load()}). */
  public static Chargers load(Network network) {
    String path = "/de/bochumtwin/scenarios/bochum/chargers.csv";
    try (InputStream in = BochumChargers.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("bundled file '" + path + "' is not on the classpath;"
            + " build the scenarios module so scenarios/bochum/ is packaged as resources");
      }
      return ChargersCsv.parse(Path.of(FILE), new String(in.readAllBytes(), StandardCharsets.UTF_8), network);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + FILE + ": " + e.getMessage(), e);
    }
  }
}
