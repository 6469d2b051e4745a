package de.bochumtwin.scenarios.whatif;

import de.bochumtwin.core.events.EventIds;
import de.bochumtwin.core.events.SimEventSink;
import de.bochumtwin.core.network.Network;
import java.util.Arrays;
import java.util.List;

/**
 * Charges tolls and parking fees from the events of one mobsim run, per person, in EUR.
 *
 * <p>Toll: a vehicle of a toll mode entering a tolled link at a time in the toll's window pays the
 * link's amount to the person driving it (the one whose {@code vehicle enters traffic} started the
 * trip; the departure link is not entered and not charged). Parking: a leg of a parking mode arriving
 * on a link inside a parking area pays {@code eur_per_arrival}, and {@code eur_per_hour} for the time
 * from the start to the end of the activity that follows (until the end of the simulation for the last
 * activity of the day). {@link #adjustScores} adds {@code -beta_money x EUR} to the executed scores.
 *
 * <p>Per-event work is a few array reads; nothing is allocated after {@link #begin} except when a
 * vehicle index beyond the current table appears (the table doubles).
 */
public final class PolicyCharges implements SimEventSink {
  private final List<PolicyMeasure.Toll> tolls;
  private final double[][] tollAmount;
  private final List<PolicyMeasure.ParkingCost> parking;
  private final boolean[][] parkingLinks;
  private final double[] toll_eur;
  private final double[] parking_eur;
  private final double[] openRate_eurPerH;
  private final int[] openStart_s;
  private boolean[][] tollMode;
  private boolean[][] parkingMode;
  private int[] personOfVehicle = new int[1024];
  private int[] modeOfVehicle = new int[1024];
  private long tollPassages;
  private long parkedArrivals;

  PolicyCharges(Network net, List<PolicyMeasure.Toll> tolls, List<double[]> amounts, List<PolicyMeasure.ParkingCost> parking,
      List<boolean[]> parkingLinks, int persons) {
    this.tolls = List.copyOf(tolls);
    this.tollAmount = amounts.toArray(new double[0][]);
    this.parking = List.copyOf(parking);
    this.parkingLinks = parkingLinks.toArray(new boolean[0][]);
    this.toll_eur = new double[persons];
    this.parking_eur = new double[persons];
    this.openRate_eurPerH = new double[persons];
    this.openStart_s = new int[persons];
  }

  @Override
  public void begin(EventIds ids) {
    tollMode = new boolean[tolls.size()][ids.modeCount()];
    parkingMode = new boolean[parking.size()][ids.modeCount()];
    for (int m = 0; m < ids.modeCount(); m++) {
      for (int k = 0; k < tolls.size(); k++) {
        tollMode[k][m] = tolls.get(k).modes().contains(ids.mode(m));
      }
      for (int k = 0; k < parking.size(); k++) {
        parkingMode[k][m] = parking.get(k).modes().contains(ids.mode(m));
      }
    }
    Arrays.fill(openStart_s, -1);
  }

  @Override
  public void vehicleEntersTraffic(int time_s, int person, int link, int vehicle, int mode) {
    if (vehicle >= personOfVehicle.length) {
      int n = Math.max(vehicle + 1, 2 * personOfVehicle.length);
      personOfVehicle = Arrays.copyOf(personOfVehicle, n);
      modeOfVehicle = Arrays.copyOf(modeOfVehicle, n);
    }
    personOfVehicle[vehicle] = person;
    modeOfVehicle[vehicle] = mode;
  }

  @Override
  public void linkEnter(int time_s, int link, int vehicle) {
    int mode = modeOfVehicle[vehicle];
    for (int k = 0; k < tollAmount.length; k++) {
      double a = tollAmount[k][link];
      if (a > 0 && tollMode[k][mode] && time_s >= tolls.get(k).from_s() && time_s < tolls.get(k).to_s()) {
        toll_eur[personOfVehicle[vehicle]] += a;
        tollPassages++;
      }
    }
  }

  @Override
  public void arrival(int time_s, int person, int link, int mode) {
    double rate = 0;
    boolean parked = false;
    for (int k = 0; k < parkingLinks.length; k++) {
      if (link >= 0 && parkingLinks[k][link] && parkingMode[k][mode]) {
        parking_eur[person] += parking.get(k).eurPerArrival();
        rate += parking.get(k).eurPerHour();
        parked = true;
      }
    }
    parkedArrivals += parked ? 1 : 0;
    openRate_eurPerH[person] = rate;
  }

  @Override
  public void activityStart(int time_s, int person, int link, int actType) {
    openStart_s[person] = openRate_eurPerH[person] > 0 ? time_s : -1;
  }

  @Override
  public void activityEnd(int time_s, int person, int link, int actType) {
    close(person, time_s);
  }

  @Override
  public void end(int time_s) {
    for (int p = 0; p < openStart_s.length; p++) {
      close(p, time_s);
    }
  }

  private void close(int person, int time_s) {
    if (openStart_s[person] >= 0) {
      parking_eur[person] += openRate_eurPerH[person] * Math.max(0, time_s - openStart_s[person]) / 3600.0;
    }
    openStart_s[person] = -1;
    openRate_eurPerH[person] = 0;
  }

  /** {@code scores[p] -= marginalUtilityOfMoney x (toll + parking of p)}. */
  public void adjustScores(double[] scores, double marginalUtilityOfMoney) {
    for (int p = 0; p < scores.length && p < toll_eur.length; p++) {
      scores[p] -= marginalUtilityOfMoney * (toll_eur[p] + parking_eur[p]);
    }
  }

  public double toll_eur(int person) {
    return toll_eur[person];
  }

  public double parking_eur(int person) {
    return parking_eur[person];
  }

  public double totalToll_eur() {
    return Arrays.stream(toll_eur).sum();
  }

  public double totalParking_eur() {
    return Arrays.stream(parking_eur).sum();
  }

  /** Toll charges made (vehicle entries into tolled links in the window). */
  public long tollPassages() {
    return tollPassages;
  }

  /** Arrivals that paid parking. */
  public long parkedArrivals() {
    return parkedArrivals;
  }
}
