package de.bochumtwin.core.population;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The persons of a scenario in a fixed order (the order of the input file). A person's position is
 * its dense index used by the mobsim and all per-person arrays; ids live only here.
 */
public final class Population {
  private final List<Person> persons = new ArrayList<>();
  private final Map<String, Integer> indexById = new HashMap<>();
  private final Map<String, String> attributes = new HashMap<>();

  public int add(Person p) {
    if (indexById.containsKey(p.id())) {
      throw new IllegalArgumentException("duplicate person id '" + p.id() + "'");
    }
    int i = persons.size();
    persons.add(p);
    indexById.put(p.id(), i);
    return i;
  }

  public int size() {
    return persons.size();
  }

  public Person get(int index) {
    return persons.get(index);
  }

  public List<Person> persons() {
    return Collections.unmodifiableList(persons);
  }

  public Optional<Person> findPerson(String id) {
    Integer i = indexById.get(id);
    return i == null ? Optional.empty() : Optional.of(persons.get(i));
  }

  public int indexOf(String id) {
    Integer i = indexById.get(id);
    return i == null ? -1 : i;
  }

  /** Population-level attributes, e.g. {@code coordinateReferenceSystem}. Mutable. */
  public Map<String, String> attributes() {
    return attributes;
  }
}
