package de.bochumtwin.results.testing;

import de.bochumtwin.core.events.EventIds;

/** A hand-made {@link EventIds} for feeding events to recorders in tests. */
public final class TestIds implements EventIds {
  private final String[] persons;
  private final String[] vehicles;
  private final String[] links;
  private final String[] modes;

  public TestIds(String[] persons, String[] vehicles, String[] links, String[] modes) {
    this.persons = persons.clone();
    this.vehicles = vehicles.clone();
    this.links = links.clone();
    this.modes = modes.clone();
  }

  @Override
  public String personId(int person) {
    return persons[person];
  }

  @Override
  public String vehicleId(int vehicle) {
    return vehicles[vehicle];
  }

  @Override
  public String linkId(int link) {
    return links[link];
  }

  @Override
  public String mode(int mode) {
    return modes[mode];
  }

  @Override
  public String activityType(int actType) {
    return "h";
  }

  @Override
  public int modeCount() {
    return modes.length;
  }

  @Override
  public int activityTypeCount() {
    return 1;
  }
}
