package de.bochumtwin.calibration.matching;

import de.bochumtwin.calibration.feeds.HourlyCounts;
import de.bochumtwin.core.counts.CountStation;
import de.bochumtwin.core.counts.Counts;
import java.util.ArrayList;
import java.util.List;

/** All station matches of a feed, with the unmatched and ambiguous ones listed for the report. */
public final class MatchReport {
  private final List<StationMatch> matches;

  MatchReport(List<StationMatch> matches) {
    this.matches = List.copyOf(matches);
  }

  public List<StationMatch> matches() {
    return matches;
  }

  public List<StationMatch> matched() {
    return matches.stream().filter(StationMatch::isMatched).toList();
  }

  /** Unmatched and ambiguous sensors with their reasons. */
  public List<StationMatch> problems() {
    return matches.stream().filter(m -> !m.isMatched()).toList();
  }

  /**
   * Core counts for the matched stations that have at least one hourly value in {@code hourly}
   * (station order kept).
   */
  public Counts toCounts(HourlyCounts hourly, String name) {
    List<CountStation> out = new ArrayList<>();
    for (StationMatch m : matched()) {
      double[] v = hourly.station(m.station().id());
      if (v != null) {
        out.add(CountStation.of(m.station().id(), m.link(), v, m.station().x_m(), m.station().y_m()));
      }
    }
    return Counts.of(name, 0, "matched sensor feed", out);
  }

  /** One line per problem, e.g. {@code AMBIGUOUS s17: links a and b ...}. */
  public String describeProblems() {
    StringBuilder sb = new StringBuilder();
    for (StationMatch m : problems()) {
      sb.append(m.status()).append(' ').append(m.station().id()).append(": ").append(m.reason()).append('\n');
    }
    return sb.toString();
  }
}
