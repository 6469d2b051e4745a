package de.bochumtwin.core.airquality;

/**
 * Settings of the line-source model (all lengths in m, speeds in m/s).
 *
 * @param sourceHeight_m release height of vehicle exhaust (h in the plume formula)
 * @param sigmaZ0_m initial vertical spread from traffic-induced turbulence (added in quadrature)
 * @param sigmaY0_m initial horizontal spread (about half a carriageway; added in quadrature)
 * @param receptorHeight_m height of every receptor (inlet height of a station)
 * @param minWind_mps wind speeds below this are raised to it (Gaussian models break down in calm)
 * @param cutoff_m links farther than this from a receptor are skipped
 * @param elementFactor element length along a link = elementFactor x distance to the receptor (>= minElement_m)
 * @param minElement_m shortest element
 * @param canyonLambda share of the roof-level wind that ventilates a canyon (OSPM: 0.1)
 * @param canyonTrafficSigmaW_mps ventilation velocity from traffic-produced turbulence in a canyon
 * @param threads worker threads (results do not depend on it)
 */
public record DispersionSettings(double sourceHeight_m, double sigmaZ0_m, double sigmaY0_m, double receptorHeight_m,
    double minWind_mps, double cutoff_m, double elementFactor, double minElement_m, double canyonLambda,
    double canyonTrafficSigmaW_mps, int threads) {

  public DispersionSettings {
    check(sourceHeight_m >= 0, "sourceHeight_m must be >= 0");
    check(sigmaZ0_m > 0, "sigmaZ0_m must be > 0");
    check(sigmaY0_m > 0, "sigmaY0_m must be > 0");
    check(receptorHeight_m >= 0, "receptorHeight_m must be >= 0");
    check(minWind_mps > 0, "minWind_mps must be > 0");
    check(cutoff_m > 0, "cutoff_m must be > 0");
    check(elementFactor > 0 && elementFactor <= 1, "elementFactor must be in (0, 1]");
    check(minElement_m > 0, "minElement_m must be > 0");
    check(canyonLambda >= 0, "canyonLambda must be >= 0");
    check(canyonTrafficSigmaW_mps > 0, "canyonTrafficSigmaW_mps must be > 0");
    check(threads >= 1, "threads must be >= 1");
  }

  private static void check(boolean ok, String msg) {
    if (!ok) {
      throw new IllegalArgumentException("dispersion settings: " + msg);
    }
  }

  /**
   * Defaults: h = 1 m, sigma_z0 = 2 m, sigma_y0 = 3 m, receptors at 1.5 m, calm limit 1 m/s (CALINE3's
   * lower limit), cutoff 1000 m, elements of 0.2 x distance (>= 1 m), OSPM's lambda = 0.1, traffic
   * turbulence 0.3 m/s.
   */
  public static DispersionSettings defaults(int threads) {
    return new DispersionSettings(1.0, 2.0, 3.0, 1.5, 1.0, 1000, 0.2, 1.0, 0.1, 0.3, threads);
  }

  public DispersionSettings withCutoff_m(double m) {
    return new DispersionSettings(sourceHeight_m, sigmaZ0_m, sigmaY0_m, receptorHeight_m, minWind_mps, m, elementFactor,
        minElement_m, canyonLambda, canyonTrafficSigmaW_mps, threads);
  }

  public DispersionSettings withThreads(int n) {
    return new DispersionSettings(sourceHeight_m, sigmaZ0_m, sigmaY0_m, receptorHeight_m, minWind_mps, cutoff_m,
        elementFactor, minElement_m, canyonLambda, canyonTrafficSigmaW_mps, n);
  }

  public DispersionSettings withHeights(double source_m, double receptor_m) {
    return new DispersionSettings(source_m, sigmaZ0_m, sigmaY0_m, receptor_m, minWind_mps, cutoff_m, elementFactor,
        minElement_m, canyonLambda, canyonTrafficSigmaW_mps, threads);
  }

  public DispersionSettings withElementFactor(double f) {
    return new DispersionSettings(sourceHeight_m, sigmaZ0_m, sigmaY0_m, receptorHeight_m, minWind_mps, cutoff_m, f,
        minElement_m, canyonLambda, canyonTrafficSigmaW_mps, threads);
  }
}
