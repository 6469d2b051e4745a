package de.bochumtwin.cli;

import de.bochumtwin.core.emissions.EmissionFactorTables;
import de.bochumtwin.core.emissions.EmissionHandler;
import de.bochumtwin.core.emissions.EmissionModel;
import de.bochumtwin.core.emissions.EmissionSettings;
import de.bochumtwin.core.emissions.LookupBehavior;
import de.bochumtwin.core.emissions.Pollutant;
import de.bochumtwin.core.network.Network;
import de.bochumtwin.results.parquet.ColumnBindings;
import de.bochumtwin.results.parquet.ColumnType;
import de.bochumtwin.results.parquet.ParquetTableWriter;
import de.bochumtwin.results.parquet.TableSchema;
import de.bochumtwin.results.run.AtomicOutputDir;
import de.bochumtwin.scenarios.hbefa.DefaultEmissionFactors;
import de.bochumtwin.scenarios.hbefa.EmissionEventsWriter;
import de.bochumtwin.scenarios.hbefa.FleetEmissionClasses;
import de.bochumtwin.scenarios.hbefa.HbefaTableReader;
import de.bochumtwin.scenarios.hbefa.LinkRoadTypes;
import de.bochumtwin.scenarios.hbefa.OfflineEmissions;
import de.bochumtwin.scenarios.matsim.NetworkReader;
import de.bochumtwin.scenarios.matsim.VehiclesReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code twin emissions}: MATSim's offline emission tool. Reads an events file, the network, the
 * vehicles (with HBEFA engine attributes) and HBEFA factor tables (or the bundled open default set)
 * and writes {@code emissions_link_hour.parquet}, {@code emissions_vehicle.parquet} and
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

  @Option(names = "--vehicles", required = true, description = "MATSim vehicles v2 file with HbefaVehicleCategory etc.")
  Path vehicles;

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
    EmissionFactorTables tables = tables();
    Network net = NetworkReader.read(network);
    FleetEmissionClasses fleet = FleetEmissionClasses.of(VehiclesReader.read(vehicles), vehicles);
    EmissionModel model = OfflineEmissions.model(tables, settings, fleet, net, LinkRoadTypes.read(network, net));
    PrintWriter o = spec.commandLine().getOut();
    try (AtomicOutputDir dir = AtomicOutputDir.create(out)) {
      EmissionEventsWriter[] writer = new EmissionEventsWriter[1];
      EmissionHandler h;
      try {
        h = OfflineEmissions.run(events, net, model, fleet, ids -> {
          writer[0] = new EmissionEventsWriter(dir.path().resolve("emission_events.xml.gz"), model, ids::linkId, ids::vehicleId);
          return writer[0];
        });
        writer[0].commit();
      } finally {
        if (writer[0] != null) {
          writer[0].close();
        }
      }
      writeLinkHours(dir.path().resolve("emissions_link_hour.parquet"), h, net);
      writeVehicles(dir.path().resolve("emissions_vehicle.parquet"), h);
      dir.commit();
      summary(o, h, model, writer[0].events());
    }
    return ExitCodes.OK;
  }

  private EmissionSettings settings() {
    boolean detailed = detailedWarmTable != null || detailedColdTable != null;
    LookupBehavior b = lookup != null ? lookup
        : detailed ? LookupBehavior.tryDetailedThenTechnologyAverageThenAverageTable : LookupBehavior.directlyTryAverageTable;
    if (warmTable == null && detailedWarmTable == null) {
      if (coldTable != null || detailedColdTable != null) {
        throw new UsageException("cold tables need a warm table too: add --warm-table or --detailed-warm-table,"
            + " or give no table to use the bundled default set");
      }
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

  private EmissionFactorTables tables() {
    if (warmTable == null && detailedWarmTable == null) {
      return DefaultEmissionFactors.load();
    }
    return EmissionFactorTables.of(
        warmTable == null ? null : HbefaTableReader.readWarm(warmTable).table(),
        detailedWarmTable == null ? null : HbefaTableReader.readWarm(detailedWarmTable).table(),
        coldTable == null ? null : HbefaTableReader.readCold(coldTable).table(),
        detailedColdTable == null ? null : HbefaTableReader.readCold(detailedColdTable).table());
  }

  static TableSchema linkHourSchema(List<Pollutant> pollutants) {
    TableSchema.Builder b = TableSchema.builder("emissions_link_hour",
            "Warm + cold-start emissions per link and hour (of the emission time), one row per link-hour with emissions,"
                + " sorted by link index and hour.")
        .required("link_id", ColumnType.STRING, "", "Link id from the network file")
        .required("hour", ColumnType.INT32, "h", "Hour bin since scenario start: 0 = 00:00-01:00");
    for (Pollutant p : pollutants) {
      b.required(column(p), ColumnType.DOUBLE, unit(p), "Emitted " + p.hbefaComponent() + " (MATSim pollutant " + p.name() + ")");
    }
    return b.build();
  }

  static TableSchema vehicleSchema(List<Pollutant> pollutants) {
    TableSchema.Builder b = TableSchema.builder("emissions_vehicle",
            "Warm + cold-start emissions per vehicle over the whole events file, in order of first appearance.")
        .required("vehicle_id", ColumnType.STRING, "", "Vehicle id from the events file")
        .required("emission_class", ColumnType.STRING, "", "HBEFA category;technology;size class;emission concept");
    for (Pollutant p : pollutants) {
      b.required(column(p), ColumnType.DOUBLE, unit(p), "Emitted " + p.hbefaComponent() + " (MATSim pollutant " + p.name() + ")");
    }
    return b.build();
  }

  /** Column name: the MATSim pollutant name in lower case with its unit, e.g. {@code co2_total_g}, {@code nox_g}. */
  static String column(Pollutant p) {
    String n = p.name().toLowerCase(java.util.Locale.ROOT);
    return p == Pollutant.PN ? "pn_count" : p == Pollutant.FC_MJ ? n : n + "_g";
  }

  private static String unit(Pollutant p) {
    return p == Pollutant.PN ? "1" : p == Pollutant.FC_MJ ? "MJ" : "g";
  }

  private static void writeLinkHours(Path file, EmissionHandler h, Network net) {
    List<Pollutant> pol = h.model().pollutants();
    List<int[]> rows = new ArrayList<>();
    for (int l = 0; l < net.linkCount(); l++) {
      for (int hr = 0; hr < h.hourCount(); hr++) {
        for (int p = 0; p < pol.size(); p++) {
          if (h.linkHour_g(l, hr, p) != 0) {
            rows.add(new int[] {l, hr});
            break;
          }
        }
      }
    }
    ColumnBindings.Builder b = ColumnBindings.of(linkHourSchema(pol))
        .stringColumn("link_id", r -> net.linkId(rows.get(r)[0]))
        .int32Column("hour", r -> rows.get(r)[1]);
    for (int p = 0; p < pol.size(); p++) {
      int pp = p;
      b.doubleColumn(column(pol.get(p)), r -> h.linkHour_g(rows.get(r)[0], rows.get(r)[1], pp));
    }
    ParquetTableWriter.write(file, b.build(), rows.size(), Map.of());
  }

  private static void writeVehicles(Path file, EmissionHandler h) {
    List<Pollutant> pol = h.model().pollutants();
    List<Integer> vs = new ArrayList<>();
    for (int v = 0; v < h.vehicleCount(); v++) {
      if (h.hasVehicle(v)) {
        vs.add(v);
      }
    }
    ColumnBindings.Builder b = ColumnBindings.of(vehicleSchema(pol))
        .stringColumn("vehicle_id", r -> h.vehicleIdOf(vs.get(r)))
        .stringColumn("emission_class", r -> h.model().types().get(h.vehicleType(vs.get(r))).toString());
    for (int p = 0; p < pol.size(); p++) {
      int pp = p;
      b.doubleColumn(column(pol.get(p)), r -> h.vehicle_g(vs.get(r), pp));
    }
    ParquetTableWriter.write(file, b.build(), vs.size(), Map.of());
  }

  private void summary(PrintWriter o, EmissionHandler h, EmissionModel m, long events) {
    o.printf("emissions: %d warm link traversals, %d cold-start events, %d emission events written to %s%n",
        h.warmTraversals(), h.coldStarts(), events, out);
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
          h.warmTotal_g(p) + h.coldTotal_g(p), h.warmTotal_g(p), h.coldTotal_g(p));
    }
    o.flush();
  }
}
