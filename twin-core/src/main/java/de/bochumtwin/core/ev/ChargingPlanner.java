package de.bochumtwin.core.ev;

import de.bochumtwin.core.network.Network;
import de.bochumtwin.core.population.Activity;
import de.bochumtwin.core.population.Leg;
import de.bochumtwin.core.population.NetworkRoute;
import de.bochumtwin.core.population.Plan;
import de.bochumtwin.core.population.Population;
import de.bochumtwin.core.population.Time;
import java.util.Arrays;

/**
 * Plans public charging before the mobsim, in the spirit of MATSim's UrbanEV: every electric vehicle's
 * SoC is estimated along its selected plan (route distances at free speed, Ohde-Slaski drive energy plus
 * auxiliary power, home charging at home activities for vehicles with a home charger). At the first
 * leg after which the estimate drops below {@code criticalSoc x capacity} (0 for a leg ending at a home
 * with a charger), a charging stop is inserted at the latest earlier activity that
 *
 * <ol>
 *   <li>the vehicle drove to, of a type allowing charging, lasting at least
 *       {@code minChargingActivityDuration_s}, with a compatible public charger within {@code walkRadius_m}; or
 *   <li>failing that, the activity just before the critical leg, at a compatible public fast charger
 *       (plug power at least {@code fastChargerMinPower_kW}) within {@code enrouteRadius_m} (the
 *       en-route case; the stop is made during that activity, the departure is not delayed).
 * </ol>
 *
 * <p>The estimate is repeated with the new stop (charging for the activity's planned duration at the
 * nearest candidate's power, up to the target SoC) until the day is not critical, at most
 * {@code maxChargingProcedures} stops, or no stop can help (counted as unresolved). Deterministic: no
 * randomness, ties between chargers broken by index.
 */
public final class ChargingPlanner {
  private final Network network;
  private final Chargers chargers;
  private final EvSettings settings;
  private final ChargerIndex index;

  public ChargingPlanner(Network network, Chargers chargers, EvSettings settings) {
    this.network = network;
    this.chargers = chargers;
    this.settings = settings;
    this.index = new ChargerIndex(chargers, settings.walkRadius_m());
  }

  /** One plan for the selected plans of {@code population}; vehicle index = person index. */
  public ChargingPlan plan(Population population, EvFleet fleet) {
    ChargingPlan.Builder b = ChargingPlan.builder(population.size());
    double aux_kW = OhdeSlaski.auxPower_kW(settings.temperature_C());
    for (int v = 0; v < population.size(); v++) {
      if (!fleet.isEv(v)) {
        continue;
      }
      planVehicle(b, v, population.get(v).selectedPlan(), fleet, aux_kW);
    }
    return b.build();
  }

  private void planVehicle(ChargingPlan.Builder b, int v, Plan plan, EvFleet fleet, double aux_kW) {
    EvType type = fleet.type(v);
    int acts = plan.activityCount();
    double[] legEnergy = new double[acts];
    boolean[] evLeg = new boolean[acts];
    boolean[] withVehicle = new boolean[acts];
    double[] duration = new double[acts];
    int t = 0;
    for (int j = 0; j < acts; j++) {
      Activity a = plan.activity(j);
      int dep = a.departureTime_s(t);
      duration[j] = Time.isDefined(dep) ? Math.max(0, dep - t) : Double.POSITIVE_INFINITY;
      if (j == acts - 1 || !Time.isDefined(dep)) {
        duration[j] = Double.POSITIVE_INFINITY;
        break;
      }
      t = Math.max(t, dep);
      Leg leg = plan.leg(j);
      if (settings.evModes().contains(leg.mode()) && leg.route() instanceof NetworkRoute r) {
        evLeg[j] = true;
        withVehicle[j + 1] = true;
        double tt = 0;
        for (int k = 1; k < r.size(); k++) {
          int l = r.linkAt(k);
          double fft = network.freespeedTravelTime_s(l);
          legEnergy[j] += OhdeSlaski.driveEnergy_kWh(network.length_m(l), fft, network.freespeed_mps(l), type) + aux_kW * fft / 3600.0;
          tt += fft;
        }
        t += (int) Math.round(tt);
      } else {
        t += Time.isDefined(leg.travelTime_s()) ? leg.travelTime_s() : 0;
      }
    }
    int[] stopCharger = new int[acts];
    int[][] stopCands = new int[acts][];
    int[] stopKind = new int[acts];
    Arrays.fill(stopCharger, -1);
    int procedures = 0;
    double[] endSoc = new double[1];
    while (true) {
      int critical = firstCriticalLeg(plan, fleet, v, type, legEnergy, evLeg, withVehicle, duration, stopCharger, stopKind,
          endSoc);
      if (critical < 0) {
        if (procedures < settings.maxChargingProcedures() && endSoc[0] < settings.criticalSoc() * type.capacity_kWh()) {
          addOvernightStop(plan, type, withVehicle, stopCharger, stopCands, stopKind, fleet.hasHomeCharging(v));
        }
        break;
      }
      if (procedures >= settings.maxChargingProcedures() || !addStop(plan, type, critical, withVehicle, duration, stopCharger, stopCands, stopKind,
          fleet.hasHomeCharging(v))) {
        b.countUnresolved();
        // the day cannot be rescued, but the vehicle may still charge overnight for tomorrow
        addOvernightStop(plan, type, withVehicle, stopCharger, stopCands, stopKind, fleet.hasHomeCharging(v));
        break;
      }
      procedures++;
    }
    for (int j = 0; j < acts; j++) {
      if (stopCands[j] != null) {
        b.add(v, j, stopKind[j], stopCands[j]);
      }
    }
  }

  /** Index of the first leg after which the estimated SoC is below its threshold, or -1. */
  private int firstCriticalLeg(Plan plan, EvFleet fleet, int v, EvType type, double[] legEnergy, boolean[] evLeg,
      boolean[] withVehicle, double[] duration, int[] stopCharger, int[] stopKind, double[] endSoc) {
    double cap = type.capacity_kWh();
    double soc = fleet.initialSoc_kWh(v);
    boolean home = fleet.hasHomeCharging(v);
    for (int j = 1; j < plan.activityCount(); j++) {
      if (evLeg[j - 1]) {
        soc -= legEnergy[j - 1];
        boolean homeHere = home && settings.isHome(plan.activity(j).type());
        if (soc < (homeHere ? 0 : settings.criticalSoc() * cap)) {
          return j - 1;
        }
      }
      if (!withVehicle[j]) {
        continue;
      }
      if (home && settings.isHome(plan.activity(j).type())) {
        soc += charge(soc, settings.homeTargetSoc() * cap, duration[j], cap, Math.min(settings.homePower_kW(), type.maxChargingPower_kW()));
      } else if (stopCharger[j] >= 0) {
        double target = (stopKind[j] == ChargingPlan.ENROUTE ? settings.enrouteTargetSoc() : settings.activityTargetSoc()) * cap;
        soc += charge(soc, target, duration[j], cap, Math.min(chargers.plugPower_kW(stopCharger[j]), type.maxChargingPower_kW()));
      }
    }
    endSoc[0] = soc;
    return -1;
  }

  /**
   * The day is not critical but ends below the critical SoC: charge overnight at the last activity if the
   * vehicle drove there, its type allows charging and a public charger is within the walking radius (street
   * charging near home for vehicles without a wallbox, when home is among the charging activity types).
   */
  private void addOvernightStop(Plan plan, EvType type, boolean[] withVehicle, int[] stopCharger, int[][] stopCands,
      int[] stopKind, boolean homeCharging) {
    int j = plan.activityCount() - 1;
    Activity a = plan.activity(j);
    if (j < 1 || !withVehicle[j] || stopCharger[j] >= 0 || (homeCharging && settings.isHome(a.type()))
        || !settings.allowsCharging(a.type())) {
      return;
    }
    int[] c = index.near(x(a), y(a), settings.walkRadius_m(), 1 + settings.maxAlternatives(),
        k -> chargers.isPublic(k) && type.canUse(chargers.type(k)));
    if (c.length > 0) {
      stopCharger[j] = c[0];
      stopCands[j] = c;
      stopKind[j] = ChargingPlan.ACTIVITY;
    }
  }

  private static double charge(double soc, double target, double duration_s, double cap, double power_kW) {
    if (soc >= target) {
      return 0;
    }
    if (Double.isInfinite(duration_s)) {
      return target - soc;
    }
    return FastThenSlowCurve.energyCharged_kWh(Math.max(0, soc), target, duration_s, cap, power_kW);
  }

  private boolean addStop(Plan plan, EvType type, int criticalLeg, boolean[] withVehicle, double[] duration,
      int[] stopCharger, int[][] stopCands, int[] stopKind, boolean homeCharging) {
    int limit = 1 + settings.maxAlternatives();
    for (int j = criticalLeg; j >= 1; j--) {
      Activity a = plan.activity(j);
      if (!withVehicle[j] || stopCharger[j] >= 0 || (homeCharging && settings.isHome(a.type()))
          || !settings.allowsCharging(a.type()) || duration[j] < settings.minChargingActivityDuration_s()) {
        continue;
      }
      int[] c = index.near(x(a), y(a), settings.walkRadius_m(), limit,
          k -> chargers.isPublic(k) && type.canUse(chargers.type(k)));
      if (c.length > 0) {
        stopCharger[j] = c[0];
        stopCands[j] = c;
        stopKind[j] = ChargingPlan.ACTIVITY;
        return true;
      }
    }
    for (int j = criticalLeg; j >= 1; j--) {
      if (!withVehicle[j]) {
        continue;
      }
      if (stopCharger[j] >= 0 || (homeCharging && settings.isHome(plan.activity(j).type()))) {
        return false;
      }
      Activity a = plan.activity(j);
      int[] c = index.near(x(a), y(a), settings.enrouteRadius_m(), limit,
          k -> chargers.isPublic(k) && type.canUse(chargers.type(k)) && isFast(k, type));
      if (c.length == 0) {
        return false;
      }
      stopCharger[j] = c[0];
      stopCands[j] = c;
      stopKind[j] = ChargingPlan.ENROUTE;
      return true;
    }
    return false;
  }

  private boolean isFast(int c, EvType type) {
    return Math.min(chargers.plugPower_kW(c), type.maxChargingPower_kW()) >= settings.fastChargerMinPower_kW();
  }

  private double x(Activity a) {
    if (a.hasCoord()) {
      return a.x_m();
    }
    int l = a.linkIndex();
    return 0.5 * (network.nodeX_m(network.fromNode(l)) + network.nodeX_m(network.toNode(l)));
  }

  private double y(Activity a) {
    if (a.hasCoord()) {
      return a.y_m();
    }
    int l = a.linkIndex();
    return 0.5 * (network.nodeY_m(network.fromNode(l)) + network.nodeY_m(network.toNode(l)));
  }
}
