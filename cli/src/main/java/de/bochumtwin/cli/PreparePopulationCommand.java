package de.bochumtwin.cli;

import de.bochumtwin.core.population.Population;
import de.bochumtwin.scenarios.bochum.BochumPopulationGenerator;
import de.bochumtwin.scenarios.bochum.BochumScenario;
import de.bochumtwin.scenarios.matsim.NetworkWriter;
import de.bochumtwin.scenarios.matsim.PopulationWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code twin prepare population}: writes the synthetic Bochum population (MATSim population v6)
 * for any sample, seeded and reproducible, and optionally the bundled Bochum network, so that the
 * scenario can be run with {@code twin run --network --plans} or in MATSim.
 */
@Command(name = "population", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Generate Bochum's synthetic population (residents by district, in/out-commuters, activity chains).")
final class PreparePopulationCommand implements Callable<Integer> {
  @Option(names = "--sample", paramLabel = "F", defaultValue = "0.01",
      description = "Share of the population, 0 < F <= 1 (default ${DEFAULT-VALUE} = 1 %%).")
  double sample;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "4711", description = "Seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--out", paramLabel = "FILE", required = true, description = "Population file to write (.xml or .xml.gz).")
  Path out;

  @Option(names = "--network-out", paramLabel = "FILE", description = "Also write the Bochum network (MATSim network v2).")
  Path networkOut;

  @Override
  public Integer call() throws IOException {
    if (!(sample > 0 && sample <= 1)) {
      throw new UsageException("--sample must be in (0, 1], e.g. 0.1 for 10 %; got " + sample);
    }
    for (Path p : new Path[] {out, networkOut}) {
      if (p != null && Files.exists(p)) {
        throw new UsageException(p + " exists; choose another file or delete it first");
      }
    }
    long t0 = System.nanoTime();
    BochumScenario scenario = BochumScenario.load();
    Population pop = BochumPopulationGenerator.generate(scenario, sample, seed);
    double gen_s = (System.nanoTime() - t0) / 1e9;
    PopulationWriter.write(pop, scenario.network(), out);
    if (networkOut != null) {
      NetworkWriter.write(scenario.network(), networkOut);
    }
    System.err.printf("%d persons (sample %.3f, seed %d) generated in %.2f s, written to %s%n", pop.size(), sample, seed,
        gen_s, out);
    return ExitCodes.OK;
  }
}
