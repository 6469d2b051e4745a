package de.bochumtwin.core.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.bochumtwin.core.population.Activity;
import de.bochumtwin.core.population.Person;
import de.bochumtwin.core.population.Plan;
import de.bochumtwin.core.population.Population;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Score assignment: learning rate before the MSA start, MATSim's 1/n averaging from it on (hand-computed). */
class ScoreUpdaterTest {
  static Population onePerson(int plans) {
    Population pop = new Population();
    Person p = Person.of("p", Map.of());
    for (int i = 0; i < plans; i++) {
      p.addPlan(Plan.of(List.of(Activity.atLink("h" + i, 0))), i == 0);
    }
    pop.add(p);
    return pop;
  }

  static double[] score(double s) {
    return new double[] {s};
  }

  @Test
  void learningRateBeforeMsaThenRunningMeanOfTheExecutedScores() {
    Population pop = onePerson(1);
    ScoreUpdater u = new ScoreUpdater(0.5, 3);
    u.apply(pop, score(10), 0); // no score yet: takes it
    assertEquals(10, pop.get(0).selectedPlan().score(), 1e-12);
    u.apply(pop, score(20), 1); // 0.5 x 10 + 0.5 x 20
    assertEquals(15, pop.get(0).selectedPlan().score(), 1e-12);
    u.apply(pop, score(30), 2); // 0.5 x 15 + 0.5 x 30
    assertEquals(22.5, pop.get(0).selectedPlan().score(), 1e-12);
    u.apply(pop, score(40), 3); // first MSA contribution, weight 1: replaces
    assertEquals(40, pop.get(0).selectedPlan().score(), 1e-12);
    u.apply(pop, score(50), 4); // weight 1/2
    assertEquals(45, pop.get(0).selectedPlan().score(), 1e-12);
    u.apply(pop, score(60), 5); // weight 1/3: mean of 40, 50, 60
    assertEquals(50, pop.get(0).selectedPlan().score(), 1e-12);
    assertEquals(3, u.msaCount(pop.get(0).selectedPlan()));
  }

  @Test
  void countsBelongToPlansAndSurviveWhileAPlanIsNotExecuted() {
    Population pop = onePerson(2);
    Person p = pop.get(0);
    ScoreUpdater u = new ScoreUpdater(1.0, 0);
    u.apply(pop, score(10), 0); // plan 0 unscored: takes 10, not counted (as MATSim)
    u.apply(pop, score(20), 1); // first contribution: replaces
    u.apply(pop, score(30), 2); // mean of 20 and 30
    assertEquals(25, p.plans().get(0).score(), 1e-12);
    p.select(1);
    u.apply(pop, score(100), 3);
    u.apply(pop, score(200), 4);
    assertEquals(200, p.plans().get(1).score(), 1e-12);
    p.select(0);
    u.apply(pop, score(40), 5); // plan 0's third contribution: (20 + 30 + 40) / 3
    assertEquals(30, p.plans().get(0).score(), 1e-12);
    assertEquals(200, p.plans().get(1).score(), 1e-12);
  }

  @Test
  void aReroutedCopyContinuesTheCount() {
    Population pop = onePerson(1);
    Person p = pop.get(0);
    ScoreUpdater u = new ScoreUpdater(1.0, 0);
    u.apply(pop, score(10), 0);
    u.apply(pop, score(20), 1);
    Plan old = p.selectedPlan();
    Plan copy = old.withType("rerouted").withScore(old.score());
    p.replacePlan(0, copy);
    u.carryOver(old, copy);
    u.apply(pop, score(30), 2); // second contribution: (20 + 30) / 2
    assertEquals(25, p.selectedPlan().score(), 1e-12);
  }

  @Test
  void msaStartIterationFollowsMatsim() {
    ControllerSettings s = C01_TwoRouteEquilibriumTest.settings(101, 1, 1);
    assertEquals(Integer.MAX_VALUE, s.scoreMsaStartIteration());
    ControllerSettings msa = new ControllerSettings(0, 100, 1, 1, s.mobsim(), s.scoring(),
        s.replanning().withFractionOfIterationsToStartScoreMSA(0.9), 900);
    assertEquals(90, msa.scoreMsaStartIteration()); // (int) (0.9 x (100 - 0)) + 0
  }
}
