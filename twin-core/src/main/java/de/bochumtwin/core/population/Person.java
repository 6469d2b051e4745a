package de.bochumtwin.core.population;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An agent: an id, attributes (e.g. {@code subpopulation}, {@code carAvail}) and its memory of plans,
 * one of them selected. The plans change as the agent learns over iterations, so a person is the one
 * mutable object of the population; its plans themselves are immutable values.
 */
public final class Person {
  private final String id;
  private final Map<String, String> attributes;
  private final List<Plan> plans = new ArrayList<>();
  private int selected = -1;

  private Person(String id, Map<String, String> attributes) {
    this.id = Objects.requireNonNull(id, "person id");
    if (id.isEmpty()) {
      throw new IllegalArgumentException("person id must not be empty");
    }
    this.attributes = Map.copyOf(attributes);
  }

  public static Person of(String id, Map<String, String> attributes) {
    return new Person(id, attributes);
  }

  public String id() {
    return id;
  }

  public Map<String, String> attributes() {
    return attributes;
  }

  public List<Plan> plans() {
    return Collections.unmodifiableList(plans);
  }

  /** Adds a plan; the first plan added (or one added with {@code select}) becomes the selected plan. */
  public int addPlan(Plan plan, boolean select) {
    plans.add(Objects.requireNonNull(plan));
    int i = plans.size() - 1;
    if (select || selected < 0) {
      selected = i;
    }
    return i;
  }

  public int selectedIndex() {
    return selected;
  }

  public Plan selectedPlan() {
    if (selected < 0) {
      throw new IllegalStateException("person '" + id + "' has no plan");
    }
    return plans.get(selected);
  }

  public void select(int index) {
    Objects.checkIndex(index, plans.size());
    selected = index;
  }

  public void replacePlan(int index, Plan plan) {
    plans.set(index, Objects.requireNonNull(plan));
  }

  /** Removes plan {@code index}; the selection follows its plan or falls back to plan 0. */
  public void removePlan(int index) {
    plans.remove(index);
    if (selected == index) {
      selected = plans.isEmpty() ? -1 : 0;
    } else if (selected > index) {
      selected--;
    }
  }
}
