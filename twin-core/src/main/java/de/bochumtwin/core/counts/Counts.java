package de.bochumtwin.core.counts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A set of traffic counts, e.g. from a MATSim counts file: a name, a year, a description and the
 * stations in source order. Immutable. Several stations may count the same link (e.g. two
 * data sources); {@link #stationsOnLink} returns all of them.
 */
public final class Counts {
  private final String name;
  private final int year;
  private final String description;
  private final List<CountStation> stations;

  private Counts(String name, int year, String description, List<CountStation> stations) {
    this.name = name;
    this.year = year;
    this.description = description;
    this.stations = List.copyOf(stations);
  }

  /**
   * @param name the data set name, may be null
   * @param year the year of the counts, 0 when unknown
   * @param description free text, may be null
   */
  public static Counts of(String name, int year, String description, List<CountStation> stations) {
    return new Counts(name, year, description, Objects.requireNonNull(stations));
  }

  public String name() {
    return name;
  }

  public int year() {
    return year;
  }

  public String description() {
    return description;
  }

  public List<CountStation> stations() {
    return stations;
  }

  public int size() {
    return stations.size();
  }

  public Optional<CountStation> findStation(String stationId) {
    for (CountStation s : stations) {
      if (s.stationId().equals(stationId)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** All stations on {@code linkIndex}, in source order. */
  public List<CountStation> stationsOnLink(int linkIndex) {
    List<CountStation> out = new ArrayList<>();
    for (CountStation s : stations) {
      if (s.linkIndex() == linkIndex) {
        out.add(s);
      }
    }
    return Collections.unmodifiableList(out);
  }
}
