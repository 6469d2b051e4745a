package de.bochumtwin.core.replanning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.bochumtwin.core.population.Activity;
import de.bochumtwin.core.population.Person;
import de.bochumtwin.core.population.Plan;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** ChangeExpBeta switch rates against MATSim's formula 0.01 x exp(beta/2 x (S_other - S_current)). */
class A01_PlanSelectorsTest {
  static Person withScores(double... scores) {
    Person p = Person.of("p", Map.of());
    for (int i = 0; i < scores.length; i++) {
      p.addPlan(Plan.of(List.of(Activity.atLink("h" + i, 0))).withScore(scores[i]), i == 0);
    }
    return p;
  }

  static double switchShare(Person p, double beta, int draws, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int switched = 0;
    for (int i = 0; i < draws; i++) {
      if (PlanSelectors.changeExpBeta(p, beta, rnd) != p.selectedIndex()) {
        switched++;
      }
    }
    return (double) switched / draws;
  }

  @Test
  void equalScoresSwitchWithOnePercentWhateverTheNumberOfPlans() {
    // MATSim compares with one of the OTHER plans: 0.01 x exp(0) = 1 %, not (n-1)/n x 1 %
    int draws = 400_000; // standard error of a 1 % share: 0.016 percentage points
    assertEquals(0.01, switchShare(withScores(10, 10), 2.0, draws, 1), 0.0008);
    assertEquals(0.01, switchShare(withScores(10, 10, 10, 10, 10), 2.0, draws, 2), 0.0008);
  }

  @Test
  void betterOtherPlanSwitchesMoreOften() {
    // two plans, the other one better by 1 util, beta 2: 0.01 x e^1 = 2.718 %
    assertEquals(0.01 * Math.E, switchShare(withScores(10, 11), 2.0, 400_000, 3), 0.0012);
    // three plans, others +1 and -1: half the time each, (e^1 + e^-1) / 2 x 1 % = 1.543 %
    assertEquals(0.01 * Math.cosh(1.0), switchShare(withScores(10, 11, 9), 2.0, 400_000, 4), 0.001);
  }

  @Test
  void neverComparesWithTheSelectedPlanItself() {
    // a very much better other plan: the switch probability is capped at 1, so every draw switches
    Person p = withScores(0, 1000);
    assertEquals(1.0, switchShare(p, 1.0, 1000, 5), 0);
    // with five plans the four others are drawn uniformly: the selected plan 2 never "switches" to itself
    Person r = withScores(0, 1000, 0, 1000, 1000);
    r.select(2);
    SplittableRandom rnd = new SplittableRandom(6);
    int[] chosen = new int[5];
    for (int i = 0; i < 40_000; i++) {
      chosen[PlanSelectors.changeExpBeta(r, 1.0, rnd)]++;
    }
    // plans 1, 3, 4 always win (1/4 each); plan 0 (equal score) wins 1 % of its quarter
    assertEquals(0.25, chosen[1] / 40_000.0, 0.01);
    assertEquals(0.25, chosen[3] / 40_000.0, 0.01);
    assertEquals(0.25, chosen[4] / 40_000.0, 0.01);
    assertEquals(0.25 * 0.99, chosen[2] / 40_000.0, 0.01);
  }

  @Test
  void singlePlanStays() {
    assertEquals(0.0, switchShare(withScores(5), 2.0, 1000, 7), 0);
  }
}
