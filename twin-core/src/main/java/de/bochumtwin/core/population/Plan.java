package de.bochumtwin.core.population;

import java.util.ArrayList;
import java.util.List;

/**
 * A day plan: activities and legs alternating, starting and ending with an activity, and its score
 * ({@code NaN} until scored). Immutable: replanning creates changed copies with {@code with...}.
 */
public final class Plan {
  private final List<PlanElement> elements;
  private final double score;
  private final String type;

  private Plan(List<PlanElement> elements, double score, String type) {
    this.elements = List.copyOf(elements);
    this.score = score;
    this.type = type;
    validate();
  }

  public static Plan of(List<PlanElement> elements) {
    return new Plan(elements, Double.NaN, null);
  }

  private void validate() {
    if (elements.isEmpty()) {
      throw new IllegalArgumentException("a plan needs at least one activity");
    }
    for (int i = 0; i < elements.size(); i++) {
      PlanElement e = elements.get(i);
      boolean shouldBeActivity = i % 2 == 0;
      if (shouldBeActivity && !(e instanceof Activity)) {
        throw new IllegalArgumentException("plan element " + (i + 1) + " must be an activity: plans alternate activity, leg, activity");
      }
      if (!shouldBeActivity && !(e instanceof Leg)) {
        throw new IllegalArgumentException("plan element " + (i + 1) + " must be a leg: plans alternate activity, leg, activity");
      }
    }
    if (elements.size() % 2 == 0) {
      throw new IllegalArgumentException("a plan must end with an activity");
    }
  }

  public List<PlanElement> elements() {
    return elements;
  }

  public int activityCount() {
    return (elements.size() + 1) / 2;
  }

  public int legCount() {
    return elements.size() / 2;
  }

  public Activity activity(int i) {
    return (Activity) elements.get(2 * i);
  }

  public Leg leg(int i) {
    return (Leg) elements.get(2 * i + 1);
  }

  public double score() {
    return score;
  }

  public boolean hasScore() {
    return !Double.isNaN(score);
  }

  public String type() {
    return type;
  }

  public Plan withScore(double score) {
    return new Plan(elements, score, type);
  }

  public Plan withType(String type) {
    return new Plan(elements, score, type);
  }

  /** A copy with leg {@code i} replaced (score reset to NaN: a changed plan must be executed again). */
  public Plan withLeg(int i, Leg leg) {
    List<PlanElement> copy = new ArrayList<>(elements);
    copy.set(2 * i + 1, leg);
    return new Plan(copy, Double.NaN, type);
  }

  /** A copy with activity {@code i} replaced (score reset to NaN). */
  public Plan withActivity(int i, Activity act) {
    List<PlanElement> copy = new ArrayList<>(elements);
    copy.set(2 * i, act);
    return new Plan(copy, Double.NaN, type);
  }

  /** A copy with new elements and no score. */
  public Plan withElements(List<PlanElement> newElements) {
    return new Plan(newElements, Double.NaN, type);
  }

  @Override
  public String toString() {
    return "Plan[score=" + score + " " + elements + "]";
  }
}
