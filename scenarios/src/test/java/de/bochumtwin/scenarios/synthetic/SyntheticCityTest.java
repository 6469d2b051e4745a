package de.bochumtwin.scenarios.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bochumtwin.core.network.Network;
import de.bochumtwin.core.population.Activity;
import de.bochumtwin.core.population.GenericRoute;
import de.bochumtwin.core.population.Leg;
import de.bochumtwin.core.population.NetworkRoute;
import de.bochumtwin.core.population.Person;
import de.bochumtwin.core.population.Plan;
import de.bochumtwin.core.population.Population;
import de.bochumtwin.core.population.Time;
import org.junit.jupiter.api.Test;

/** The population of a small city (10 x 10 nodes, 1000 agents): plan structure, routes, distributions. */
class SyntheticCityTest {
  private static final SyntheticCitySpec SMALL =
      SyntheticCitySpec.builder().withGridSize(10).withArterialEvery(3).withAgents(1000).build();
  private static final long SEED = 42;

  private final SyntheticCity city = SyntheticCity.generate(SMALL, SEED);
  private final Network net = city.network();
  private final Population pop = city.population();

  @Test
  void everyPlanIsHomeLegWorkLegHome() {
    assertEquals(1000, pop.size());
    assertEquals("EPSG:25832", pop.attributes().get("coordinateReferenceSystem"));
    for (int i = 0; i < pop.size(); i++) {
      Person p = pop.get(i);
      assertEquals("p" + i, p.id());
      assertEquals(1, p.plans().size());
      Plan plan = p.selectedPlan();
      assertEquals(5, plan.elements().size(), p.id());
      Activity h1 = plan.activity(0);
      Activity w = plan.activity(1);
      Activity h2 = plan.activity(2);
      assertEquals("h", h1.type());
      assertEquals("w", w.type());
      assertEquals("h", h2.type());
      assertEquals(h1.linkIndex(), h2.linkIndex(), p.id() + " returns home");
      assertNotEquals(h1.linkIndex(), w.linkIndex(), p.id() + " works away from home");
      assertTrue(Time.isDefined(h1.endTime_s()) && !Time.isDefined(h1.maxDuration_s()));
      assertTrue(!Time.isDefined(w.endTime_s()) && Time.isDefined(w.maxDuration_s()));
      assertFalse(Time.isDefined(h2.endTime_s()) || Time.isDefined(h2.maxDuration_s()), "last activity stays open");
      for (Activity a : new Activity[] {h1, w, h2}) {
        int l = a.linkIndex();
        double midX = (net.nodeX_m(net.fromNode(l)) + net.nodeX_m(net.toNode(l))) / 2;
        double midY = (net.nodeY_m(net.fromNode(l)) + net.nodeY_m(net.toNode(l))) / 2;
        assertEquals(midX, a.x_m(), p.id() + " activity at its link's midpoint");
        assertEquals(midY, a.y_m(), p.id() + " activity at its link's midpoint");
      }
      assertEquals(plan.leg(0).mode(), plan.leg(1).mode(), p.id() + " uses one mode all day");
    }
  }

  @Test
  void carRoutesConnectHomeAndWorkAndOtherModesAreTeleported() {
    int carLegs = 0;
    for (Person p : pop.persons()) {
      Plan plan = p.selectedPlan();
      int home = plan.activity(0).linkIndex();
      int work = plan.activity(1).linkIndex();
      for (int k = 0; k < 2; k++) {
        Leg leg = plan.leg(k);
        int from = k == 0 ? home : work;
        int to = k == 0 ? work : home;
        assertEquals(leg.mode(), leg.routingMode());
        if (leg.mode().equals("car")) {
          carLegs++;
          NetworkRoute r = assertInstanceOf(NetworkRoute.class, leg.route(), p.id());
          assertEquals(from, r.startLink(), p.id() + " leg " + k + " starts at its activity link");
          assertEquals(to, r.endLink(), p.id() + " leg " + k + " ends at its activity link");
          double sum = 0;
          for (int i = 1; i < r.size(); i++) {
            assertEquals(net.toNode(r.linkAt(i - 1)), net.fromNode(r.linkAt(i)), p.id() + " route broken at " + i);
            sum += net.length_m(r.linkAt(i));
          }
          assertEquals(sum, r.distance_m(), 0.0, p.id() + " route distance excludes the start link");
        } else {
          assertTrue(leg.mode().equals("walk") || leg.mode().equals("bike") || leg.mode().equals("pt"), leg.mode());
          GenericRoute g = assertInstanceOf(GenericRoute.class, leg.route(), p.id());
          assertEquals(from, g.startLink());
          assertEquals(to, g.endLink());
          assertTrue(Double.isNaN(g.distance_m()) && !Time.isDefined(g.travelTime_s()), "teleport left to the mobsim");
        }
      }
    }
    assertTrue(carLegs > 0);
  }

  @Test
  void modeSharesMatchTheSpecWithinFourBinomialSd() {
    // car: n = 1000, p = 0.7, sd = sqrt(1000 * 0.7 * 0.3) = 14.5 agents
    for (long seed : new long[] {1, 2, 3}) {
      int[] counts = modeCounts(SyntheticCity.generate(SMALL, seed).population());
      double sd = Math.sqrt(1000 * 0.7 * 0.3);
      assertEquals(700, counts[0], 4 * sd, "car agents, seed " + seed);
      // walk among non-car agents: 29.8 / (29.8 + 7.7 + 13.3) = 0.587
      int nonCar = 1000 - counts[0];
      double pWalk = 29.8 / 50.8;
      assertEquals(nonCar * pWalk, counts[1], 4 * Math.sqrt(nonCar * pWalk * (1 - pWalk)), "walk agents, seed " + seed);
    }
    SyntheticCitySpec allCar = SMALL.toBuilder().withCarShare(1.0).build();
    assertEquals(1000, modeCounts(SyntheticCity.generate(allCar, 5).population())[0]);
    SyntheticCitySpec onlyBike = SMALL.toBuilder().withCarShare(0).withNonCarWeights(0, 1, 0).build();
    assertEquals(1000, modeCounts(SyntheticCity.generate(onlyBike, 5).population())[2]);
  }

  private static int[] modeCounts(Population pop) {
    int[] c = new int[4];
    for (Person p : pop.persons()) {
      switch (p.selectedPlan().leg(0).mode()) {
        case "car" -> c[0]++;
        case "walk" -> c[1]++;
        case "bike" -> c[2]++;
        default -> c[3]++;
      }
    }
    return c;
  }

  @Test
  void homeEndTimesAndWorkDurationsFollowTheTruncatedNormals() {
    // home end ~ N(27000 s, 3600 s) truncated at +-2.5 sd: mean 27000 s, sd 3600 * sqrt(1 - 2 * 2.5 *
    // phi(2.5) / (2 Phi(2.5) - 1)) = 3600 * sqrt(1 - 5 * 0.017528 / 0.987581) = 3436.6 s.
    // work duration ~ N(28800 s, 3600 s) truncated at +-2 sd: sd 3600 * sqrt(1 - 4 * 0.053991 / 0.954500) = 3166.6 s.
    double[] end = new double[pop.size()];
    double[] dur = new double[pop.size()];
    for (int i = 0; i < pop.size(); i++) {
      Plan plan = pop.get(i).selectedPlan();
      end[i] = plan.activity(0).endTime_s();
      dur[i] = plan.activity(1).maxDuration_s();
      assertTrue(end[i] >= 5 * 3600 && end[i] <= 10 * 3600, "home end time " + Time.format((int) end[i]));
      assertTrue(dur[i] >= 6 * 3600 && dur[i] <= 10 * 3600, "work duration " + Time.format((int) dur[i]));
    }
    assertMeanAndSd(end, 27_000, 3436.6, "home end time");
    assertMeanAndSd(dur, 28_800, 3166.6, "work duration");
  }

  private static void assertMeanAndSd(double[] x, double mean, double sd, String what) {
    double m = 0;
    for (double v : x) {
      m += v;
    }
    m /= x.length;
    double ss = 0;
    for (double v : x) {
      ss += (v - m) * (v - m);
    }
    double s = Math.sqrt(ss / (x.length - 1));
    assertEquals(mean, m, 4 * sd / Math.sqrt(x.length), what + " mean");
    // the sample sd of 1000 near-normal values has a relative standard error of about 1 / sqrt(2 n) = 2.2 %
    assertEquals(sd, s, 4 * sd / Math.sqrt(2.0 * x.length), what + " sd");
  }

  @Test
  void workplacesFollowTheDistanceDecayAndHomesAreUniform() {
    // expected distance to the centre under each weighting, from the link midpoints and exp(-d / 2000 m)
    int links = net.linkCount();
    double[] d = new double[links];
    double wSum = 0;
    double wMean = 0;
    double uMean = 0;
    for (int l = 0; l < links; l++) {
      double x = (net.nodeX_m(net.fromNode(l)) + net.nodeX_m(net.toNode(l))) / 2 - SMALL.centreX_m();
      double y = (net.nodeY_m(net.fromNode(l)) + net.nodeY_m(net.toNode(l))) / 2 - SMALL.centreY_m();
      d[l] = Math.hypot(x, y);
      double w = Math.exp(-d[l] / 2000.0);
      wSum += w;
      wMean += w * d[l];
      uMean += d[l];
    }
    wMean /= wSum;
    uMean /= links;
    double wVar = 0;
    double uVar = 0;
    for (int l = 0; l < links; l++) {
      wVar += Math.exp(-d[l] / 2000.0) / wSum * (d[l] - wMean) * (d[l] - wMean);
      uVar += (d[l] - uMean) * (d[l] - uMean) / links;
    }
    double home = 0;
    double work = 0;
    for (Person p : pop.persons()) {
      home += d[p.selectedPlan().activity(0).linkIndex()];
      work += d[p.selectedPlan().activity(1).linkIndex()];
    }
    int n = pop.size();
    assertEquals(uMean, home / n, 4 * Math.sqrt(uVar / n), "mean home distance to centre");
    assertEquals(wMean, work / n, 4 * Math.sqrt(wVar / n), "mean work distance to centre");
    assertTrue(wMean < uMean - 4 * Math.sqrt(uVar / n), "the decay must make workplaces measurably more central");
  }

  @Test
  void sameSeedGivesIdenticalCityAndOtherSeedsDiffer() {
    long a = CityFingerprint.of(net, pop);
    SyntheticCity again = SyntheticCity.generate(SMALL, SEED);
    assertEquals(a, CityFingerprint.of(again.network(), again.population()));
    SyntheticCity other = SyntheticCity.generate(SMALL, SEED + 1);
    assertNotEquals(a, CityFingerprint.of(other.network(), other.population()));
    // the network does not depend on the seed
    assertEquals(CityFingerprint.of(net, new Population()), CityFingerprint.of(other.network(), new Population()));
  }

  @Test
  void fingerprintIsPinnedSoAnyChangeToTheGeneratorIsDeliberate() {
    // If you changed the generator on purpose, update this value and say so in docs/synthetic-city.md.
    assertEquals(-769507921760611630L, CityFingerprint.of(net, pop), "fingerprint of the 10 x 10, 1000-agent city, seed 42");
  }

  @Test
  void aSmallerPopulationIsAPrefixOfALargerOne() {
    SyntheticCity small = SyntheticCity.generate(SMALL.toBuilder().withAgents(100).build(), SEED);
    Population first100 = new Population();
    first100.attributes().putAll(pop.attributes());
    for (int i = 0; i < 100; i++) {
      first100.add(pop.get(i));
    }
    assertEquals(CityFingerprint.of(net, first100), CityFingerprint.of(small.network(), small.population()));
  }

  @Test
  void nodeIndexFollowsRowMajorOrder() {
    assertEquals(23, city.nodeIndex(2, 3));
    assertEquals("n2_3", net.nodeId(city.nodeIndex(2, 3)));
    assertEquals(SEED, city.seed());
    assertEquals(SMALL, city.spec());
  }
}
