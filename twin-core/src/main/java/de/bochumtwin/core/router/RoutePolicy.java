package de.bochumtwin.core.router;

import de.bochumtwin.core.network.Network;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Road pricing and per-vehicle link bans for the router (what-if measures such as a toll or a
 * low-emission zone), without changing the network.
 *
 * <p><b>Tolls.</b> Each {@link Toll} is a money amount per link (charged when a vehicle of one of its
 * modes enters the link during {@code [from_s, to_s)}). The router minimises the generalized cost
 * {@code travel time + toll / valueOfTime}, in seconds: {@code secondsPerMoney} converts money into
 * travel time (e.g. {@code beta_money x 3600 / (beta_performing - beta_traveling)} of the scoring).
 * Tolls are {@code >= 0}, so the travel-time lower bound stays a valid lower bound of the cost and the
 * landmarks need no change.
 *
 * <p><b>Bans.</b> Persons in {@link #restrictedPersons()} may not use the links in the ban mask with a
 * vehicle of the banned modes: their queries skip those links (see
 * {@link AltPathCalculator#factory(Network, Landmarks, TravelTimes, TravelDisutility, int, boolean[])}).
 *
 * <p>Immutable and thread-safe; {@link #toll} allocates nothing.
 */
public final class RoutePolicy {
  /** No tolls, no bans: the router's default travel-time cost. */
  public static final RoutePolicy NONE = new RoutePolicy(List.of(), 0, null, Set.of(), Set.of());

  /**
   * One toll scheme: {@code amount[link]} money units for entering {@code link} with one of
   * {@code modes} at a time in {@code [from_s, to_s)}.
   */
  public record Toll(Set<String> modes, double[] amount, int from_s, int to_s) {
    public Toll {
      modes = Set.copyOf(modes);
      amount = amount.clone();
      if (from_s >= to_s) {
        throw new IllegalArgumentException("toll window must have from < to, got " + from_s + ".." + to_s + " s");
      }
      for (double a : amount) {
        if (!(a >= 0) || Double.isInfinite(a)) {
          throw new IllegalArgumentException("toll amounts must be finite and >= 0, got " + a);
        }
      }
    }

    /** The toll for entering {@code link} at {@code enter_s} (0 outside the window). */
    public double at(int link, double enter_s) {
      return enter_s >= from_s && enter_s < to_s ? amount[link] : 0.0;
    }
  }

  private final List<Toll> tolls;
  private final double secondsPerMoney;
  private final boolean[] bannedLinks;
  private final Set<String> restrictedPersons;
  private final Set<String> bannedModes;

  private RoutePolicy(List<Toll> tolls, double secondsPerMoney, boolean[] bannedLinks, Set<String> restrictedPersons,
      Set<String> bannedModes) {
    this.tolls = List.copyOf(tolls);
    this.secondsPerMoney = secondsPerMoney;
    this.bannedLinks = bannedLinks == null ? null : bannedLinks.clone();
    this.restrictedPersons = Set.copyOf(restrictedPersons);
    this.bannedModes = Set.copyOf(bannedModes);
  }

  /**
   * A policy.
   *
   * @param secondsPerMoney routing seconds one money unit is worth ({@code > 0} when there are tolls)
   * @param bannedLinks links banned for the restricted persons (index = link), or null for no ban
   * @param restrictedPersons ids of the persons whose vehicles are banned
   * @param bannedModes the modes the ban applies to (e.g. car)
   */
  public static RoutePolicy of(List<Toll> tolls, double secondsPerMoney, boolean[] bannedLinks,
      Set<String> restrictedPersons, Set<String> bannedModes) {
    if (!tolls.isEmpty() && !(secondsPerMoney > 0 && secondsPerMoney < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("seconds per money unit must be finite and > 0 with tolls, got " + secondsPerMoney
          + "; check that the scoring's marginal utility of money is > 0 and travelling is worse than performing");
    }
    return new RoutePolicy(tolls, secondsPerMoney, bannedLinks, restrictedPersons, bannedModes);
  }

  public List<Toll> tolls() {
    return tolls;
  }

  public double secondsPerMoney() {
    return secondsPerMoney;
  }

  public Set<String> restrictedPersons() {
    return restrictedPersons;
  }

  public Set<String> bannedModes() {
    return bannedModes;
  }

  /** True when some persons have banned links. */
  public boolean hasBans() {
    return bannedLinks != null && !restrictedPersons.isEmpty() && !bannedModes.isEmpty();
  }

  /** A copy of the ban mask (index = link), or null without bans. */
  public boolean[] bannedLinks() {
    return bannedLinks == null ? null : bannedLinks.clone();
  }

  /** Whether {@code link} is banned for the restricted persons' vehicles. */
  public boolean isBanned(int link) {
    return bannedLinks != null && bannedLinks[link];
  }

  /** Sum of the tolls of {@code mode} for entering {@code link} at {@code enter_s}, in money units. */
  public double toll(String mode, int link, double enter_s) {
    double sum = 0;
    for (int k = 0; k < tolls.size(); k++) {
      Toll t = tolls.get(k);
      if (t.modes().contains(mode)) {
        sum += t.at(link, enter_s);
      }
    }
    return sum;
  }

  /**
   * The router cost of {@code mode}: travel time in seconds plus the mode's tolls converted to seconds;
   * {@link TravelDisutility#ofTravelTime} when no toll applies to the mode.
   */
  public TravelDisutility disutility(String mode, TravelTimes travelTimes) {
    List<Toll> mine = new ArrayList<>();
    for (Toll t : tolls) {
      if (t.modes().contains(mode)) {
        mine.add(t);
      }
    }
    if (mine.isEmpty()) {
      return TravelDisutility.ofTravelTime(travelTimes);
    }
    Toll[] ts = mine.toArray(new Toll[0]);
    double spm = secondsPerMoney;
    return new TravelDisutility() {
      @Override
      public double linkDisutility(int link, double enterTime_s, double travelTime_s) {
        double money = 0;
        for (Toll t : ts) {
          money += t.at(link, enterTime_s);
        }
        return travelTime_s + spm * money;
      }

      @Override
      public double minLinkDisutility(int link) {
        return travelTimes.minTravelTime_s(link);
      }
    };
  }
}
