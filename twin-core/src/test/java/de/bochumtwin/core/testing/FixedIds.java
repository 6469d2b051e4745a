package de.bochumtwin.core.testing;

import de.bochumtwin.core.events.EventIds;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Hand-made event ids for tests that feed events by hand: persons, vehicles and links named by
 * functions of their index, activity types and modes given as lists (index = position).
 */
public record FixedIds(IntFunction<String> person, IntFunction<String> vehicle, IntFunction<String> link,
    List<String> types, List<String> modes) implements EventIds {

  /** Persons from a list, vehicle i = person i's car, links {@code linkPrefix + index}. */
  public static FixedIds of(List<String> persons, String linkPrefix, List<String> types, List<String> modes) {
    return new FixedIds(persons::get, persons::get, l -> linkPrefix + l, types, modes);
  }

  /** Index of activity type {@code t}; unknown types are a test bug. */
  public int type(String t) {
    return indexOf(types, t);
  }

  /** Index of mode {@code m}; unknown modes are a test bug. */
  public int mode(String m) {
    return indexOf(modes, m);
  }

  private static int indexOf(List<String> list, String s) {
    int i = list.indexOf(s);
    if (i < 0) {
      throw new IllegalArgumentException(s + " is not in " + list);
    }
    return i;
  }

  @Override
  public String personId(int p) {
    return person.apply(p);
  }

  @Override
  public String vehicleId(int v) {
    return vehicle.apply(v);
  }

  @Override
  public String linkId(int l) {
    return link.apply(l);
  }

  @Override
  public String mode(int m) {
    return modes.get(m);
  }

  @Override
  public String activityType(int t) {
    return types.get(t);
  }

  @Override
  public int modeCount() {
    return modes.size();
  }

  @Override
  public int activityTypeCount() {
    return types.size();
  }
}
