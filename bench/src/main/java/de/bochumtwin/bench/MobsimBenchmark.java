package de.bochumtwin.bench;

import de.bochumtwin.core.events.EventTypeCounter;
import de.bochumtwin.core.mobsim.MobsimProgress;
import de.bochumtwin.core.mobsim.MobsimSettings;
import de.bochumtwin.core.mobsim.QueueSimulation;
import de.bochumtwin.core.population.Population;
import de.bochumtwin.scenarios.synthetic.SyntheticCity;
import de.bochumtwin.scenarios.synthetic.SyntheticCitySpec;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** One mobsim day of the seeded synthetic city; the score is seconds per run (divide link events by it). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class MobsimBenchmark {
  @Param({"100000"})
  int agents;

  QueueSimulation sim;
  Population population;

  @Setup
  public void setup() {
    SyntheticCity city = SyntheticCity.generate(SyntheticCitySpec.defaults().toBuilder().withAgents(agents).build(), 4711);
    sim = new QueueSimulation(city.network(), MobsimSettings.builder().withSeed(4711).build());
    population = city.population();
  }

  @Benchmark
  public long mobsimDay() {
    EventTypeCounter c = new EventTypeCounter();
    sim.run(population, c, MobsimProgress.NONE);
    return c.linkEvents();
  }
}
