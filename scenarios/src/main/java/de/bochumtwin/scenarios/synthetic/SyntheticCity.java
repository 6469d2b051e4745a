package de.bochumtwin.scenarios.synthetic;

import de.bochumtwin.core.network.Network;
import de.bochumtwin.core.population.Population;
import java.util.Objects;
import java.util.random.RandomGenerator.SplittableGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * A reproducible, in-memory test city: a square street grid with arterials and a ring road, and a
 * home-work-home population whose car legs are already routed. It exists so benchmarks and tests can
 * run at realistic size (Bochum-sized by default: 14,160 links, 100,000 agents) without files and
 * without a router.
 *
 * <p>Contract: the same spec and seed give an identical network and population on every JVM (all
 * randomness comes from one seeded {@code L64X128MixRandom}, normal draws use {@link StrictMath}).
 * Agent {@code i} depends only on the spec's network part, the seed and {@code i}, so a smaller
 * population is a prefix of a larger one with the same seed. The population is freshly built and
 * owned by the caller (persons are mutable); the network is immutable.
 *
 * <p>See docs/synthetic-city.md for the layout, the id scheme and the reasons for the defaults.
 */
public final class SyntheticCity {
  /** The coordinate reference system of all coordinates: ETRS89 / UTM zone 32N. */
  public static final String CRS = "EPSG:25832";
  /** The generator algorithm; part of the reproducibility contract, never change it silently. */
  public static final String RANDOM_ALGORITHM = "L64X128MixRandom";

  private final SyntheticCitySpec spec;
  private final long seed;
  private final SyntheticGrid grid;
  private final Population population;

  private SyntheticCity(SyntheticCitySpec spec, long seed, SyntheticGrid grid, Population population) {
    this.spec = spec;
    this.seed = seed;
    this.grid = grid;
    this.population = population;
  }

  /** Builds the city described by {@code spec}, drawing the population from {@code seed}. */
  public static SyntheticCity generate(SyntheticCitySpec spec, long seed) {
    Objects.requireNonNull(spec, "spec");
    SyntheticGrid grid = SyntheticGrid.build(spec);
    SplittableGenerator master = RandomGeneratorFactory.<SplittableGenerator>of(RANDOM_ALGORITHM).create(seed);
    Population population = new PopulationSynthesizer(spec, grid).synthesize(master);
    return new SyntheticCity(spec, seed, grid, population);
  }

  public SyntheticCitySpec spec() {
    return spec;
  }

  public long seed() {
    return seed;
  }

  public Network network() {
    return grid.network();
  }

  /** The population; its persons are mutable (plan memory), so a run that replans changes it. */
  public Population population() {
    return population;
  }

  /** The index of node {@code n<row>_<col>} in {@link #network()}: {@code row * gridSize + col}. */
  public int nodeIndex(int row, int col) {
    Objects.checkIndex(row, spec.gridSize());
    Objects.checkIndex(col, spec.gridSize());
    return grid.node(row, col);
  }

  SyntheticGrid grid() {
    return grid;
  }
}
