package de.bochumtwin.cli;

import de.bochumtwin.cli.configure.EmissionSetup;
import de.bochumtwin.core.emissions.EmissionFactorTables;
import de.bochumtwin.core.emissions.EmissionHandler;
import de.bochumtwin.core.emissions.EmissionModel;
import de.bochumtwin.core.emissions.EmissionSettings;
import de.bochumtwin.core.emissions.LookupBehavior;
import de.bochumtwin.core.emissions.Pollutant;
import de.bochumtwin.core.network.Network;
import de.bochumtwin.results.emissions.EmissionOutputs;
import de.bochumtwin.results.emissions.EmissionTotals;
import de.bochumtwin.results.run.AtomicOutputDir;
import de.bochumtwin.scenarios.hbefa.EmissionEventsWriter;
import de.bochumtwin.scenarios.hbefa.OfflineEmissions;
import de.bochumtwin.scenarios.matsim.NetworkReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code twin emissions}: MATSim's offline emission tool. Reads an events file, the network, the
 * vehicles (with HBEFA engine attributes) and HBEFA factor tables (or the bundled open default set)
 * and writes {@code emissions_link_hour.parquet}, {@code emissions_vehicle.parquet} and
 * {@code emissions_totals.parquet}, {@code emissions_raster.parquet}, {@code emissions_by_hour.png} and
 * {@code emission_events.xml.gz} into a new output folder (atomically). Exit 0 ok, 2 bad input.
 */
@Command(name = "emissions", mixinStandardHelpOptions = true,
    description = "Warm and cold-start emissions from a MATSim events file (HBEFA tables, MATSim semantics).")
final class EmissionsCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--events", required = true, description = "MATSim events file (.xml or .xml.gz).")
  Path events;

  @Option(names = "--network", required = true, description = "MATSim network; links may carry hbefa_road_type.")
  Path network;

  @Option(names = "--vehicles", description = "MATSim vehicles v2 file with HbefaVehicleCategory etc.; without it every"
      + " vehicle is a car whose technology is drawn from Bochum's register shares (see --fleet-year).")
  Path vehicles;

  @Option(names = "--fleet-year", description = "Year of Bochum's fleet shares for runs without --vehicles (default: the latest).")
  Integer fleetYear;

  @Option(names = "--districts", defaultValue = "none", description = "Stadtbezirk totals: bochum or none (default ${DEFAULT-VALUE}).")
  String districts;

  @Option(names = "--raster-cell-m", defaultValue = "100", description = "Side of the emission raster cells in metres (default ${DEFAULT-VALUE}).")
  double rasterCell_m;

  @Option(names = "--warm-table", description = "Average warm HBEFA table; without any table the bundled open default set is used.")
  Path warmTable;

  @Option(names = "--cold-table", description = "Average cold-start HBEFA table (optional: no cold starts without cold tables).")
  Path coldTable;

  @Option(names = "--detailed-warm-table", description = "Detailed warm HBEFA table.")
  Path detailedWarmTable;

  @Option(names = "--detailed-cold-table", description = "Detailed cold-start HBEFA table.")
  Path detailedColdTable;

  @Option(names = "--out", required = true, description = "Output folder (must not exist or be empty).")
  Path out;

  @Option(names = "--lookup", description = "detailedVsAverageLookupBehavior: ${COMPLETION-CANDIDATES}. Default:"
      + " tryDetailedThenTechnologyAverageThenAverageTable with detailed tables, else directlyTryAverageTable.")
  LookupBehavior lookup;

  @Option(names = "--high-speeds", defaultValue = "cap", description = "Average speed above free speed + 1 km/h: cap or abort (default ${DEFAULT-VALUE}).")
  String highSpeeds;

  @Option(names = "--negative-cold", defaultValue = "reject", description = "Negative cold-start factors: reject or clamp (to 0, counted; default ${DEFAULT-VALUE}).")
  String negativeCold;

  @Option(names = "--unknown-vehicles", defaultValue = "abort", description = "Vehicles missing from --vehicles: abort or ignore (default ${DEFAULT-VALUE}).")
  String unknownVehicles;

  @Option(names = "--pollutants", split = ",", description = "Pollutants to compute (MATSim names, e.g. CO2_TOTAL,NOx,PM); default all in the tables.")
  List<Pollutant> pollutants;

  @Override
  public Integer call() {
    EmissionSettings settings = settings();
    boolean bochum = choice("--districts", districts, "bochum", "none");
    EmissionFactorTables tables = EmissionSetup.tables(warmTable, detailedWarmTable, coldTable, detailedColdTable);
    Network net = NetworkReader.read(network);
    EmissionSetup.Fleet fleet = EmissionSetup.fleet(vehicles, fleetYear);
    EmissionModel model = EmissionSetup.model(tables, settings, fleet, net, network);
    PrintWriter o = spec.commandLine().getOut();
    try (AtomicOutputDir dir = AtomicOutputDir.create(out)) {
      EmissionEventsWriter[] writer = new EmissionEventsWriter[1];
      EmissionHandler h;
      try {
        h = OfflineEmissions.run(events, net, model, fleet.classOf(), ids -> {
          writer[0] = new EmissionEventsWriter(dir.path().resolve("emission_events.xml.gz"), model, ids::linkId, ids::vehicleId);
          return writer[0];
        });
        writer[0].commit();
      } finally {
        if (writer[0] != null) {
          writer[0].close();
        }
      }
      EmissionTotals totals = EmissionOutputs.write(dir.path(), h, net,
          bochum ? EmissionSetup.bochumDistricts() : List.of(), rasterCell_m);
      dir.commit();
      summary(o, h, model, writer[0].events(), totals, fleet);
    }
    return ExitCodes.OK;
  }

  private EmissionSettings settings() {
    boolean detailed = detailedWarmTable != null || detailedColdTable != null;
    LookupBehavior b = lookup != null ? lookup
        : detailed ? LookupBehavior.tryDetailedThenTechnologyAverageThenAverageTable : LookupBehavior.directlyTryAverageTable;
    if (warmTable == null && detailedWarmTable == null) {
      b = lookup != null ? lookup : LookupBehavior.tryDetailedThenTechnologyAverageThenAverageTable;
    }
    return new EmissionSettings(b, choice("--high-speeds", highSpeeds, "cap", "abort"),
        choice("--negative-cold", negativeCold, "clamp", "reject")
            ? EmissionSettings.NegativeColdPolicy.CLAMP_TO_ZERO : EmissionSettings.NegativeColdPolicy.REJECT,
        choice("--unknown-vehicles", unknownVehicles, "ignore", "abort"),
        pollutants == null ? EnumSet.noneOf(Pollutant.class) : EnumSet.copyOf(pollutants));
  }

  private static boolean choice(String option, String value, String yes, String no) {
    if (value.equals(yes) || value.equals(no)) {
      return value.equals(yes);
    }
    throw new UsageException(option + " must be " + yes + " or " + no + ", got '" + value + "'");
  }

  private void summary(PrintWriter o, EmissionHandler h, EmissionModel m, long events, EmissionTotals totals,
      EmissionSetup.Fleet fleet) {
    o.printf("emissions: %d warm link traversals, %d cold-start events, %d emission events written to %s%n",
        h.warmTraversals(), h.coldStarts(), events, out);
    o.printf("  fleet: %s%n", fleet.description());
    if (h.cappedSpeeds() > 0) {
      o.printf("  %d traversals faster than free speed + 1 km/h were capped to the free speed%n", h.cappedSpeeds());
    }
    if (m.clampedColdFactors() > 0) {
      o.printf("  %d negative cold-start factors were set to 0 (--negative-cold clamp)%n", m.clampedColdFactors());
    }
    if (h.ignoredEvents() > 0) {
      o.printf("  %d events of vehicles missing from the vehicles file were ignored%n", h.ignoredEvents());
    }
    for (int p = 0; p < m.pollutants().size(); p++) {
      o.printf("  %-18s %16.3f g (warm %.3f, cold %.3f)%n", m.pollutants().get(p).name(),
          totals.total_g(p), h.warmTotal_g(p), h.coldTotal_g(p));
    }
    o.flush();
  }
}
