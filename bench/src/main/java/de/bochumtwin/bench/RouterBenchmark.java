package de.bochumtwin.bench;

import de.bochumtwin.core.network.Network;
import de.bochumtwin.core.router.AltPathCalculator;
import de.bochumtwin.core.router.FreespeedTravelTimes;
import de.bochumtwin.core.router.Landmarks;
import de.bochumtwin.core.router.LeastCostPathCalculator;
import de.bochumtwin.scenarios.synthetic.SyntheticCity;
import de.bochumtwin.scenarios.synthetic.SyntheticCitySpec;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** 1,000 seeded random car queries with A* and landmarks on the synthetic city (free-flow times). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
public class RouterBenchmark {
  LeastCostPathCalculator calc;
  int[] from;
  int[] to;

  @Setup
  public void setup() {
    Network net = SyntheticCity.generate(SyntheticCitySpec.defaults().toBuilder().withAgents(1).build(), 1).network();
    Landmarks lm = Landmarks.compute(net, net.modes().bit("car"), FreespeedTravelTimes.mobsim(net));
    calc = AltPathCalculator.factory(net, lm, FreespeedTravelTimes.mobsim(net)).create();
    SplittableRandom rnd = new SplittableRandom(7);
    from = new int[1000];
    to = new int[1000];
    for (int i = 0; i < 1000; i++) {
      from[i] = rnd.nextInt(net.nodeCount());
      to[i] = rnd.nextInt(net.nodeCount());
    }
  }

  @Benchmark
  public double thousandQueries() {
    double sum = 0;
    for (int i = 0; i < from.length; i++) {
      var p = calc.calcPath(from[i], to[i], 8 * 3600);
      sum += p == null ? 0 : p.travelTime_s();
    }
    return sum;
  }
}
