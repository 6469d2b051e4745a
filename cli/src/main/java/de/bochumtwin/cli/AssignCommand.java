package de.bochumtwin.cli;

import de.bochumtwin.core.assignment.AssignmentNetwork;
import de.bochumtwin.core.assignment.AssignmentResult;
import de.bochumtwin.core.assignment.AssignmentSettings;
import de.bochumtwin.core.assignment.NetworkConversion;
import de.bochumtwin.core.assignment.OdMatrix;
import de.bochumtwin.core.assignment.StaticAssignment;
import de.bochumtwin.results.assignment.AssignmentCsvWriter;
import de.bochumtwin.results.charts.ConvergenceChart;
import de.bochumtwin.scenarios.matsim.NetworkReader;
import de.bochumtwin.scenarios.io.InputException;
import de.bochumtwin.results.tables.LinkFlowsParquet;
import de.bochumtwin.results.run.AtomicOutputDir;
import de.bochumtwin.scenarios.tntp.OdMatrixCsvReader;
import de.bochumtwin.scenarios.tntp.TntpFormatException;
import de.bochumtwin.scenarios.tntp.TntpNetworkReader;
import de.bochumtwin.scenarios.tntp.TntpTripsReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code twin assign}: static user-equilibrium assignment of a demand matrix on a TNTP or MATSim
 * network. Writes flows.csv, convergence.csv and convergence.png to {@code --out}. Exit codes: 0 ok
 * (also when the iteration limit stopped the run; a warning says so), 1 output could not be written,
 * 2 bad input or options.
 */
@Command(name = "assign", mixinStandardHelpOptions = true,
    description = {"Static user-equilibrium (Wardrop) traffic assignment with BPR link costs.",
        "Network: TNTP *_net.tntp or MATSim network .xml/.xml.gz; demand: TNTP *_trips.tntp or CSV origin,destination,volume.",
        "Relative gap = (TSTT - SPTT) / TSTT. See docs/assignment.md."})
public final class AssignCommand implements Callable<Integer> {

  @Option(names = "--network", required = true, paramLabel = "FILE",
      description = "TNTP network (*_net.tntp) or MATSim network (*.xml, *.xml.gz)")
  Path network;

  @Option(names = "--demand", required = true, paramLabel = "FILE",
      description = "TNTP trip table (*_trips.tntp) or OD matrix CSV with columns origin,destination,volume")
  Path demand;

  @Option(names = "--algorithm", defaultValue = "path-based", paramLabel = "NAME",
      description = "fw, cfw, bfw or path-based (default: ${DEFAULT-VALUE})")
  String algorithm;

  @Option(names = "--gap", defaultValue = "1e-6", paramLabel = "GAP",
      description = "target relative gap (default: ${DEFAULT-VALUE})")
  double gap;

  @Option(names = "--max-iterations", defaultValue = "5000", paramLabel = "N",
      description = "iteration limit (default: ${DEFAULT-VALUE})")
  int maxIterations;

  @Option(names = "--threads", paramLabel = "N", description = "shortest-path threads (default: all cores)")
  Integer threads;

  @Option(names = "--toll-factor", paramLabel = "W",
      description = "generalized-cost weight of tolls (default: the network's <TOLL FACTOR>, else 0)")
  Double tollFactor;

  @Option(names = "--distance-factor", paramLabel = "W",
      description = "generalized-cost weight of length (default: the network's <DISTANCE FACTOR>, else 0)")
  Double distanceFactor;

  @Option(names = "--bpr-alpha", defaultValue = "0.15", paramLabel = "A",
      description = "BPR alpha for MATSim networks (default: ${DEFAULT-VALUE}; TNTP files carry their own)")
  double bprAlpha;

  @Option(names = "--bpr-beta", defaultValue = "4", paramLabel = "B",
      description = "BPR power for MATSim networks (default: ${DEFAULT-VALUE})")
  double bprBeta;

  @Option(names = "--mode", defaultValue = "car", paramLabel = "MODE",
      description = "network mode whose links are used (MATSim networks; default: ${DEFAULT-VALUE})")
  String mode;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder (created if missing)")
  Path out;

  private final PrintStream err;

  public AssignCommand() {
    this(System.err);
  }

  AssignCommand(PrintStream err) {
    this.err = err;
  }

  @Override
  public Integer call() {
    AssignmentNetwork net;
    OdMatrix od;
    AssignmentSettings settings;
    try {
      int nThreads = threads != null ? threads : Runtime.getRuntime().availableProcessors();
      settings = new AssignmentSettings(AssignmentSettings.Algorithm.fromCliName(algorithm), gap, maxIterations, nThreads);
      net = readNetwork();
      if (tollFactor != null || distanceFactor != null) {
        net = net.withCostWeights(tollFactor != null ? tollFactor : net.tollFactor(),
            distanceFactor != null ? distanceFactor : net.distanceFactor());
      }
      od = readDemand(net);
    } catch (TntpFormatException | InputException | IllegalArgumentException | UncheckedIOException e) {
      err.println("error: " + e.getMessage());
      return 2;
    }
    err.printf(Locale.ROOT, "assign: %d nodes, %d links, %d zones, %d OD pairs, %.1f trips; %s, target gap %.3g, %d threads%n",
        net.nodeCount(), net.linkCount(), net.zoneCount(), od.pairCount(), od.total(),
        settings.algorithm().cliName(), settings.targetGap(), settings.threads());
    AssignmentResult r;
    try {
      r = StaticAssignment.run(net, od, settings, (it, g, obj) -> {
        if (it < 10 || it % 10 == 0) {
          err.printf(Locale.ROOT, "iteration %5d  relative gap %.6e  objective %.10g%n", it, g, obj);
        }
      });
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      return 2;
    }
    double seconds = r.history().wallTime_s(r.history().size() - 1);
    err.printf(Locale.ROOT, "%s after %d iterations: relative gap %.6e, %.3f s%n",
        r.converged() ? "converged" : "WARNING: iteration limit reached", r.iterations(), r.relativeGap(), seconds);
    try (AtomicOutputDir dir = AtomicOutputDir.create(out)) {
      AssignmentCsvWriter.writeFlows(dir.path().resolve("flows.csv"), r.linkFlowTable());
      LinkFlowsParquet.write(dir.path().resolve("flows.parquet"), r.linkFlowTable());
      AssignmentCsvWriter.writeConvergence(dir.path().resolve("convergence.csv"), r.history());
      ConvergenceChart.writePng(dir.path().resolve("convergence.png"), r.history(),
          "Relative gap, " + settings.algorithm().cliName() + " on " + network.getFileName(), 900, 560);
      dir.commit();
    } catch (IOException | UncheckedIOException e) {
      err.println("error: cannot write results to " + out + ": " + e.getMessage());
      return 1;
    }
    err.println("wrote " + out.resolve("flows.csv") + ", flows.parquet, convergence.csv, convergence.png");
    return 0;
  }

  private AssignmentNetwork readNetwork() {
    String name = network.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".tntp")) {
      return TntpNetworkReader.read(network);
    }
    if (name.endsWith(".xml") || name.endsWith(".xml.gz")) {
      return NetworkConversion.fromNetwork(NetworkReader.read(network), mode, bprAlpha, bprBeta);
    }
    throw new IllegalArgumentException(network + ": unknown network format; use a TNTP *_net.tntp or a MATSim *.xml / *.xml.gz file");
  }

  private OdMatrix readDemand(AssignmentNetwork net) {
    String name = demand.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".tntp")) {
      return TntpTripsReader.read(demand, net.zoneCount());
    }
    if (name.endsWith(".csv")) {
      return OdMatrixCsvReader.read(demand, net);
    }
    throw new IllegalArgumentException(demand + ": unknown demand format; use a TNTP *_trips.tntp or a CSV with columns origin,destination,volume");
  }
}
