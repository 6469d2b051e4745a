package de.bochumtwin.core.scoring;

/**
 * The executed-day scores of one mobsim run, one row per person index, split into parts for analysis:
 * activities (performing, waiting, late arrival, early departure), legs (constants, travel time,
 * distance), money (distance cost and daily monetary constants, times the marginal utility of money)
 * and the aborted-plan penalty. {@code score = activity + leg + money + stuck}. Immutable.
 */
public final class PersonScores {
  private final String[] personIds;
  private final double[] activity;
  private final double[] leg;
  private final double[] money;
  private final double[] stuck;
  private final int[] stuckCount;

  PersonScores(String[] personIds, double[] activity, double[] leg, double[] money, double[] stuck, int[] stuckCount) {
    this.personIds = personIds;
    this.activity = activity;
    this.leg = leg;
    this.money = money;
    this.stuck = stuck;
    this.stuckCount = stuckCount;
  }

  public int size() {
    return personIds.length;
  }

  public String personId(int p) {
    return personIds[p];
  }

  /** The total score of person {@code p} in utils. */
  public double score(int p) {
    return activity[p] + leg[p] + money[p] + stuck[p];
  }

  public double activity_utils(int p) {
    return activity[p];
  }

  public double leg_utils(int p) {
    return leg[p];
  }

  public double money_utils(int p) {
    return money[p];
  }

  public double stuck_utils(int p) {
    return stuck[p];
  }

  /** Whether the person was aborted as stuck during the run. */
  public boolean wasStuck(int p) {
    return stuckCount[p] > 0;
  }

  /** Total scores of all persons, a fresh array indexed by person. */
  public double[] scores() {
    double[] s = new double[personIds.length];
    for (int p = 0; p < s.length; p++) {
      s[p] = score(p);
    }
    return s;
  }

  public double[] activityScores() {
    return activity.clone();
  }

  public double[] legScores() {
    return leg.clone();
  }

  public double[] moneyScores() {
    return money.clone();
  }

  public double[] stuckScores() {
    return stuck.clone();
  }

  /** Mean score over all persons (0 for an empty population). */
  public double averageScore() {
    if (personIds.length == 0) {
      return 0.0;
    }
    double sum = 0;
    for (int p = 0; p < personIds.length; p++) {
      sum += score(p);
    }
    return sum / personIds.length;
  }
}
