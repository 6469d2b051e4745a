package de.bochumtwin.cli.configure;

import de.bochumtwin.core.controller.IterationStats;
import de.bochumtwin.core.controller.ModeStats;
import de.bochumtwin.core.network.Network;
import de.bochumtwin.core.population.Population;
import de.bochumtwin.core.router.BinnedTravelTimes;
import de.bochumtwin.results.loop.TravelTimesFile;
import de.bochumtwin.scenarios.matsim.PopulationReader;
import de.bochumtwin.scenarios.matsim.PopulationWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The state an interrupted run resumes from, kept in a hidden sibling of the output folder
 * ({@code .<name>.checkpoint/}) so that it survives a killed process: the command line of the run, the
 * population with every plan and score (MATSim population v6, scores in full precision), the router's
 * travel times, the statistics of the finished iterations and the state of stateful {@link RunExtension}s
 * (the EVs' state of charge, {@code ev_fleet.tsv}). A checkpoint is complete once its
 * {@code iteration} file is written (last, atomically); it is deleted when the run commits.
 */
public final class CheckpointStore {
  private final Path dir;

  public CheckpointStore(Path outputDir) {
    Path abs = outputDir.toAbsolutePath().normalize();
    this.dir = abs.resolveSibling("." + abs.getFileName() + ".checkpoint");
  }

  public Path dir() {
    return dir;
  }

  public boolean exists() {
    return Files.isRegularFile(dir.resolve("iteration"));
  }

  /** Writes the state after {@code iteration}; {@code args} is the original command line. */
  public void save(int iteration, List<String> args, Population pop, Network net, BinnedTravelTimes tt,
      List<IterationStats> history) {
    save(iteration, args, pop, net, tt, history, List.of());
  }

  /** As {@link #save(int, List, Population, Network, BinnedTravelTimes, List)}, plus the extensions' state. */
  public void save(int iteration, List<String> args, Population pop, Network net, BinnedTravelTimes tt,
      List<IterationStats> history, List<RunExtension> extensions) {
    try {
      Files.createDirectories(dir);
      Files.deleteIfExists(dir.resolve("iteration"));
      Files.write(dir.resolve("args"), args, StandardCharsets.UTF_8);
      Files.deleteIfExists(dir.resolve("plans.xml.gz"));
      PopulationWriter.write(pop, net, dir.resolve("plans.xml.gz"));
      TravelTimesFile.write(dir.resolve("traveltimes.bin"), tt, net);
      Files.write(dir.resolve("stats.tsv"), encode(history), StandardCharsets.UTF_8);
      for (RunExtension x : extensions) {
        x.saveCheckpoint(dir);
      }
      Path tmp = dir.resolve("iteration.tmp");
      Files.writeString(tmp, Integer.toString(iteration));
      Files.move(tmp, dir.resolve("iteration"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write checkpoint to " + dir + ": " + e.getMessage(), e);
    }
  }

  public int iteration() throws IOException {
    return Integer.parseInt(Files.readString(dir.resolve("iteration")).trim());
  }

  public List<String> args() throws IOException {
    return Files.readAllLines(dir.resolve("args"), StandardCharsets.UTF_8);
  }

  public Population population(Network net) {
    return PopulationReader.read(dir.resolve("plans.xml.gz"), net);
  }

  public BinnedTravelTimes travelTimes(Network net) throws IOException {
    return TravelTimesFile.read(dir.resolve("traveltimes.bin"), net);
  }

  public List<IterationStats> history() throws IOException {
    return decode(Files.readAllLines(dir.resolve("stats.tsv"), StandardCharsets.UTF_8));
  }

  /** Gives every extension its state back (before the resumed run starts). */
  public void restore(List<RunExtension> extensions) throws IOException {
    for (RunExtension x : extensions) {
      x.restoreCheckpoint(dir);
    }
  }

  public void delete() {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (var files = Files.list(dir)) {
      for (Path p : files.toList()) {
        Files.deleteIfExists(p);
      }
      Files.deleteIfExists(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete checkpoint " + dir + ": " + e.getMessage(), e);
    }
  }

  // one line per iteration: fields tab-separated, modes as mode|trips|share|tt|dist groups; doubles as
  // Double.toString, which reads back to the same bits
  static List<String> encode(List<IterationStats> history) {
    List<String> lines = new ArrayList<>();
    for (IterationStats s : history) {
      StringBuilder b = new StringBuilder();
      b.append(s.iteration()).append('\t').append(s.avgExecutedScore()).append('\t').append(s.avgBestScore())
          .append('\t').append(s.avgWorstScore()).append('\t').append(s.avgAverageScore()).append('\t')
          .append(s.stuckAgents()).append('\t').append(s.departures()).append('\t').append(s.arrivals()).append('\t')
          .append(s.linkEvents()).append('\t').append(s.replanning_s()).append('\t').append(s.routing_s()).append('\t')
          .append(s.mobsim_s()).append('\t').append(s.scoring_s());
      for (ModeStats m : s.modes()) {
        b.append('\t').append(m.mode()).append('|').append(m.trips()).append('|').append(m.share()).append('|')
            .append(m.meanTravelTime_s()).append('|').append(m.meanDistance_m());
      }
      lines.add(b.toString());
    }
    return lines;
  }

  static List<IterationStats> decode(List<String> lines) {
    List<IterationStats> out = new ArrayList<>();
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t");
      List<ModeStats> modes = new ArrayList<>();
      for (int i = 13; i < f.length; i++) {
        String[] m = f[i].split("\\|");
        modes.add(new ModeStats(m[0], Integer.parseInt(m[1]), Double.parseDouble(m[2]), Double.parseDouble(m[3]),
            Double.parseDouble(m[4])));
      }
      out.add(new IterationStats(Integer.parseInt(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2]),
          Double.parseDouble(f[3]), Double.parseDouble(f[4]), Long.parseLong(f[5]), Long.parseLong(f[6]),
          Long.parseLong(f[7]), Long.parseLong(f[8]), modes, Double.parseDouble(f[9]), Double.parseDouble(f[10]),
          Double.parseDouble(f[11]), Double.parseDouble(f[12])));
    }
    return out;
  }
}
