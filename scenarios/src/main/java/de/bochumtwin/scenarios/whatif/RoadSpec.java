package de.bochumtwin.scenarios.whatif;

import java.util.List;

/**
 * The roads a measure applies to: link ids, OSM way ids (matched against the network's original ids)
 * link-id prefixes or street names ({@link StreetNames}). Each value must match at least one link, checked when resolving.
 */
public record RoadSpec(Where where, Kind kind, List<String> values) {
  /** How {@link #values()} select links. */
  public enum Kind {
    LINKS("links"), OSM_WAYS("osm_ways"), LINK_PREFIXES("link_prefixes"), NAMES("names");

    final String key;

    Kind(String key) {
      this.key = key;
    }

    public String key() {
      return key;
    }
  }

  public RoadSpec {
    values = List.copyOf(values);
  }

  @Override
  public String toString() {
    return kind.key + " " + String.join(",", values);
  }
}
