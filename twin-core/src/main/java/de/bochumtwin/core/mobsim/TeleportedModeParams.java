package de.bochumtwin.core.mobsim;

/**
 * How a mode that is not simulated on the network moves: travel time = beeline distance x
 * {@code beelineDistanceFactor} / {@code speed_mps}; the leg's distance is beeline x factor.
 * MATSim's defaults are walk 3 km/h and bike 15 km/h, each with factor 1.3.
 */
public record TeleportedModeParams(double speed_mps, double beelineDistanceFactor) {
  public TeleportedModeParams {
    if (!(speed_mps > 0) || Double.isInfinite(speed_mps)) {
      throw new IllegalArgumentException("teleported speed must be > 0 m/s, got " + speed_mps);
    }
    if (!(beelineDistanceFactor >= 1.0) || Double.isInfinite(beelineDistanceFactor)) {
      throw new IllegalArgumentException("beeline distance factor must be >= 1, got " + beelineDistanceFactor);
    }
  }
}
