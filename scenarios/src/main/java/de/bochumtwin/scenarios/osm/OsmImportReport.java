package de.bochumtwin.scenarios.osm;

import java.util.Locale;

/**
 * Counts from one import, for the log and for tests that check the work done (not just the result).
 * Immutable.
 */
public final class OsmImportReport {
  final long waysRead;
  final int networkWays;
  final long nodesRead;
  final int referencedNodes;
  final int nodesMissing;
  final int nodesOutsidePolygon;
  final int linksBeforeCleaning;
  final int carLinksRemoved;
  final int bikeLinksRemoved;
  final int shortLinksRaised;
  final double seconds;

  OsmImportReport(long waysRead, int networkWays, long nodesRead, int referencedNodes, int nodesMissing,
      int nodesOutsidePolygon, int linksBeforeCleaning, int carLinksRemoved, int bikeLinksRemoved,
      int shortLinksRaised, double seconds) {
    this.waysRead = waysRead;
    this.networkWays = networkWays;
    this.nodesRead = nodesRead;
    this.referencedNodes = referencedNodes;
    this.nodesMissing = nodesMissing;
    this.nodesOutsidePolygon = nodesOutsidePolygon;
    this.linksBeforeCleaning = linksBeforeCleaning;
    this.carLinksRemoved = carLinksRemoved;
    this.bikeLinksRemoved = bikeLinksRemoved;
    this.shortLinksRaised = shortLinksRaised;
    this.seconds = seconds;
  }

  /** All ways in the file. */
  public long waysRead() {
    return waysRead;
  }

  /** Ways that passed the tag rules (before the polygon cut and cleaning). */
  public int networkWays() {
    return networkWays;
  }

  public long nodesRead() {
    return nodesRead;
  }

  /** Distinct nodes referenced by network ways. */
  public int referencedNodes() {
    return referencedNodes;
  }

  /** Referenced nodes absent from the file (normal at the border of an extract). */
  public int nodesMissing() {
    return nodesMissing;
  }

  public int nodesOutsidePolygon() {
    return nodesOutsidePolygon;
  }

  /** Directed links after simplification, before the strongly-connected-component cleaning. */
  public int linksBeforeCleaning() {
    return linksBeforeCleaning;
  }

  /** Links that lost the car mode because they are outside the largest car SCC. */
  public int carLinksRemoved() {
    return carLinksRemoved;
  }

  public int bikeLinksRemoved() {
    return bikeLinksRemoved;
  }

  /** Links whose geometric length was below {@link OsmNetworkImporter#MIN_LENGTH_M} and was raised to it. */
  public int shortLinksRaised() {
    return shortLinksRaised;
  }

  public double seconds() {
    return seconds;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "read %d ways and %d nodes; %d network ways, %d referenced nodes (%d missing, "
        + "%d outside the polygon); %d links before cleaning, car removed from %d and bike from %d outside the "
        + "largest strongly connected components; %.1f s", waysRead, nodesRead, networkWays, referencedNodes,
        nodesMissing, nodesOutsidePolygon, linksBeforeCleaning, carLinksRemoved, bikeLinksRemoved, seconds);
  }
}
