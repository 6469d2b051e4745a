package de.bochumtwin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bochumtwin.core.network.Network;
import de.bochumtwin.core.population.Population;
import de.bochumtwin.scenarios.matsim.NetworkReader;
import de.bochumtwin.scenarios.matsim.PopulationReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 4: `twin run` without a scenario runs Bochum (1 %); among the road links (zone connectors
 * excluded) the ten busiest are motorway links with the A40 among them, the A40 and A43 are the two
 * busiest roads, and trips per mobile resident lie within 3.2-3.8. `twin prepare population` writes the same population as a file.
 */
class B01_BochumDefaultTest {
  @TempDir
  Path tmp;

  @Test
  void defaultRunLoadsMotorwaysMost() {
    Path out = tmp.resolve("bochum");
    assertEquals(0, TestData.run("run", "--iterations", "3", "--out", out.toString()));
    List<List<String>> top = TestData.duck("SELECT v.link_id, l.type, sum(v.volume) AS vol FROM read_parquet('"
        + out.resolve("link_volumes.parquet") + "') v JOIN read_parquet('" + out.resolve("links.parquet")
        + "') l USING (link_id) WHERE l.type <> 'connector' GROUP BY ALL ORDER BY vol DESC LIMIT 10");
    assertTrue(top.stream().allMatch(r -> r.get(1).equals("motorway")), "the ten busiest road links are motorway links: " + top);
    assertTrue(top.stream().anyMatch(r -> r.get(0).startsWith("A40")), "A40 among the busiest: " + top);
    // roads ranked by their busiest link (daily volume): the A40 and A43 lead, as in the BASt counts
    // (95,600 and 87,800 vehicles/day at the Kreuz Bochum); needs the through traffic across the city
    List<List<String>> roads = TestData.duck("SELECT split_part(v.link_id, '_', 1) AS road, max(v.vol) AS max_vol FROM ("
        + "SELECT link_id, sum(volume) AS vol FROM read_parquet('" + out.resolve("link_volumes.parquet")
        + "') GROUP BY link_id) v JOIN read_parquet('" + out.resolve("links.parquet")
        + "') l USING (link_id) WHERE l.type <> 'connector' GROUP BY road ORDER BY max_vol DESC LIMIT 3");
    assertEquals(Set.of("A40", "A43"), Set.of(roads.get(0).get(0), roads.get(1).get(0)),
        "the A40 and A43 are the two busiest roads: " + roads);
    String residentTrips = TestData.one("SELECT count(*) * 1.0 / count(DISTINCT person_id) FROM read_parquet('"
        + out.resolve("legs.parquet") + "') WHERE person_id LIKE 'r%'");
    double tpp = Double.parseDouble(residentTrips);
    assertTrue(tpp > 3.2 && tpp < 3.8, "trips per mobile resident " + tpp);
  }

  @Test
  void preparePopulationWritesTheGeneratedPopulation() {
    Path plans = tmp.resolve("plans.xml.gz");
    Path net = tmp.resolve("network.xml.gz");
    assertEquals(0, TestData.run("prepare", "population", "--sample", "0.005", "--seed", "3", "--out", plans.toString(),
        "--network-out", net.toString()));
    Network n = NetworkReader.read(net);
    Population p = PopulationReader.read(plans, n);
    var expected = de.bochumtwin.scenarios.bochum.BochumPopulationGenerator.generate(
        de.bochumtwin.scenarios.bochum.BochumScenario.load(), 0.005, 3);
    assertEquals(expected.size(), p.size());
    assertEquals(expected.get(0).id(), p.get(0).id());
    assertEquals(2, TestData.run("prepare", "population", "--sample", "2", "--out", tmp.resolve("x.xml").toString()));
  }
}
