package de.bochumtwin.core.emissions;

/**
 * Receives each computed emission as it happens (e.g. to write MATSim emission events). The
 * {@code grams} array is indexed like {@link EmissionModel#pollutants()}, is reused by the handler and
 * is valid only during the call.
 */
public interface EmissionEventListener {
  /** A warm emission for one link traversal, at the link-leave (or vehicle-leaves-traffic) time. */
  void warmEmission(int time_s, int link, int vehicle, double[] grams);

  /** A cold-start emission, on the link where the vehicle started. */
  void coldEmission(int time_s, int link, int vehicle, double[] grams);
}
