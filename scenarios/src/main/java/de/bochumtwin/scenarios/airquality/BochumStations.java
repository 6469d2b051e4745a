package de.bochumtwin.scenarios.airquality;

import de.bochumtwin.core.airquality.Receptors;
import java.util.ArrayList;
import java.util.List;

/**
 * Bochum's air-quality stations as named receptors. Positions from the UBA/EU station metadata export
 * ({@code Bericht_EU_Meta_Stationen}, columns station_latitude_d / station_longitude_d, WGS84), projected
 * to EPSG:25832 with {@link Utm}. Measured annual means are in /work/shared/data/air-quality.
 */
public final class BochumStations {
  /**
   * A station: code, name, type (traffic/industrial/background), WGS84 position and, for traffic
   * stations on a modelled road, the road's key in the Bochum network's link origIds (null otherwise).
   */
  public record Station(String code, String name, String type, double lat_deg, double lon_deg, String roadKey) {
    public double[] utm32() {
      return Utm.forward(lon_deg, lat_deg, 32);
    }
  }

  /** DENW204 Herner Straße: the LANUV traffic station (since 2007-01-09). */
  public static final Station HERNER_STRASSE = new Station("DENW204", "Bochum Herner Straße", "traffic", 51.51101, 7.210565, "HERNER");
  public static final Station FEUERBACHSTRASSE = new Station("DENW298", "Bochum Feuerbachstraße", "traffic", 51.461119, 7.203747, null);
  public static final Station STAHLHAUSEN = new Station("DENW117", "Bochum-Stahlhausen", "industrial", 51.482542, 7.186095, null);

  private BochumStations() {}

  public static List<Station> all() {
    return List.of(HERNER_STRASSE, FEUERBACHSTRASSE, STAHLHAUSEN);
  }

  /**
   * The stations as receptors named by their codes: at their metadata positions, except traffic
   * stations with a road key, which {@link StationPlacement#kerbside} moves to the kerb of their road.
   */
  public static List<Receptors.Point> receptors(List<StationPlacement.LinkShape> links) {
    List<Receptors.Point> out = new ArrayList<>();
    for (Station s : all()) {
      double[] p = s.utm32();
      if (s.roadKey() != null) {
        double[] k = StationPlacement.kerbside(p[0], p[1], s.roadKey(), links);
        if (k != null) {
          p = k;
        }
      }
      out.add(new Receptors.Point(s.code(), p[0], p[1]));
    }
    return out;
  }
}
