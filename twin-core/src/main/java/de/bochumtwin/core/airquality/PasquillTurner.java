package de.bochumtwin.core.airquality;

/**
 * Pasquill stability class from surface wind speed, sun elevation and cloud cover (Pasquill 1961, as
 * tabulated by Turner 1970, "Workbook of Atmospheric Dispersion Estimates", table 1). Where the table
 * gives two classes (e.g. A-B) the more stable one is used. Daytime insolation comes from the sun
 * elevation (strong above 60°, moderate 35-60°, slight 15-35°, below 15° neutral), reduced by one
 * step for 5-7 octas of cloud; overcast (8 octas) gives D by day and night. When a measured global
 * radiation is available it replaces the elevation rule: strong >= 600 W/m², moderate >= 300, slight
 * >= 50, below that neutral (our thresholds, in line with the solar-radiation variants of the scheme).
 *
 * <pre>
 * wind m/s   strong  moderate  slight   night cloud>=4/8  night cloud<=3/8
 *  < 2         A        B        B            E                 F
 *  2-3         B        B        C            E                 F
 *  3-5         B        C        C            D                 E
 *  5-6         C        D        D            D                 D
 *  >= 6        C        D        D            D                 D
 * </pre>
 */
public final class PasquillTurner {
  private PasquillTurner() {}

  /** Insolation steps: 0 strong, 1 moderate, 2 slight, 3 none (neutral). */
  private static final StabilityClass[][] DAY = {
      {StabilityClass.A, StabilityClass.B, StabilityClass.B},
      {StabilityClass.B, StabilityClass.B, StabilityClass.C},
      {StabilityClass.B, StabilityClass.C, StabilityClass.C},
      {StabilityClass.C, StabilityClass.D, StabilityClass.D},
      {StabilityClass.C, StabilityClass.D, StabilityClass.D}};

  /**
   * The class for one hour.
   *
   * @param wind_mps wind speed at 10 m
   * @param sunElevation_deg sun elevation above the horizon (negative at night)
   * @param cloud_octas cloud cover 0-8, or NaN when unknown (treated as 4 octas at night, 0 by day)
   * @param globalRadiation_wpm2 measured global radiation, or NaN when unknown (then the elevation rule)
   */
  public static StabilityClass classify(double wind_mps, double sunElevation_deg, double cloud_octas,
      double globalRadiation_wpm2) {
    int band = wind_mps < 2 ? 0 : wind_mps < 3 ? 1 : wind_mps < 5 ? 2 : wind_mps < 6 ? 3 : 4;
    if (!Double.isNaN(cloud_octas) && cloud_octas >= 8) {
      return StabilityClass.D;
    }
    if (sunElevation_deg > 0) {
      int step;
      if (!Double.isNaN(globalRadiation_wpm2)) {
        step = globalRadiation_wpm2 >= 600 ? 0 : globalRadiation_wpm2 >= 300 ? 1 : globalRadiation_wpm2 >= 50 ? 2 : 3;
      } else {
        step = sunElevation_deg > 60 ? 0 : sunElevation_deg > 35 ? 1 : sunElevation_deg > 15 ? 2 : 3;
        if (!Double.isNaN(cloud_octas) && cloud_octas >= 5) {
          step++;
        }
      }
      return step >= 3 ? StabilityClass.D : DAY[band][step];
    }
    boolean cloudy = Double.isNaN(cloud_octas) || cloud_octas >= 4;
    if (cloudy) {
      return band <= 1 ? StabilityClass.E : StabilityClass.D;
    }
    return band <= 1 ? StabilityClass.F : band == 2 ? StabilityClass.E : StabilityClass.D;
  }

  /**
   * Sun elevation (degrees) from a simple solar-position formula (declination by Cooper 1969,
   * equation of time ignored: error below 4°, enough for the insolation steps).
   *
   * @param dayOfYear 1..366
   * @param solarHour local mean solar time in hours (clock time in UTC + longitude/15)
   */
  public static double sunElevation_deg(int dayOfYear, double solarHour, double latitude_deg) {
    double decl = Math.toRadians(23.45 * Math.sin(Math.toRadians(360.0 * (284 + dayOfYear) / 365.0)));
    double hourAngle = Math.toRadians(15.0 * (solarHour - 12.0));
    double lat = Math.toRadians(latitude_deg);
    double s = Math.sin(lat) * Math.sin(decl) + Math.cos(lat) * Math.cos(decl) * Math.cos(hourAngle);
    return Math.toDegrees(Math.asin(Math.max(-1, Math.min(1, s))));
  }
}
