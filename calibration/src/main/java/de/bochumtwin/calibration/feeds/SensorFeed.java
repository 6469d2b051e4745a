package de.bochumtwin.calibration.feeds;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The stations, observations and issues of one sensor feed (CSV, SensorThings). Immutable; build
 * with {@link #builder}, which detects duplicates. Every observation the source contained is either
 * in {@link #observations()} or explained by an entry of {@link #issues()}.
 */
public final class SensorFeed {
  private final String source;
  private final Map<String, SensorStation> stations;
  private final List<SensorObservation> observations;
  private final List<FeedIssue> issues;

  private SensorFeed(String source, Map<String, SensorStation> stations, List<SensorObservation> observations,
      List<FeedIssue> issues) {
    this.source = source;
    this.stations = Collections.unmodifiableMap(new LinkedHashMap<>(stations));
    this.observations = List.copyOf(observations);
    this.issues = List.copyOf(issues);
  }

  public static Builder builder(String source) {
    return new Builder(source);
  }

  public String source() {
    return source;
  }

  /** Stations by id, in the order the feed introduced them. */
  public Map<String, SensorStation> stations() {
    return stations;
  }

  public List<SensorObservation> observations() {
    return observations;
  }

  public List<FeedIssue> issues() {
    return issues;
  }

  /** Issues of one kind. */
  public List<FeedIssue> issues(FeedIssue.Kind kind) {
    return issues.stream().filter(i -> i.kind() == kind).toList();
  }

  /**
   * Hourly volumes per station for the vehicle classes in {@code classes} (empty = all classes):
   * each observation adds its value to the local hour (in {@code zone}) of the day its interval
   * starts in; observations must lie within one local hour. The result per station is the mean over
   * the days with at least one value in that hour; hours without any value are NaN.
   */
  public HourlyCounts hourly(ZoneId zone, Set<String> classes) {
    Map<String, TreeMap<LocalDate, double[]>> sum = new LinkedHashMap<>();
    Map<String, TreeMap<LocalDate, boolean[]>> seen = new HashMap<>();
    List<FeedIssue> notHourly = new ArrayList<>();
    for (SensorObservation o : observations) {
      if (!classes.isEmpty() && !classes.contains(o.vehicleClass())) {
        continue;
      }
      ZonedDateTime s = o.start().atZone(zone);
      ZonedDateTime hourStart = s.withMinute(0).withSecond(0).withNano(0);
      if (o.end().isAfter(hourStart.plus(Duration.ofHours(1)).toInstant())) {
        notHourly.add(new FeedIssue(FeedIssue.Kind.NOT_HOURLY, source, o.observationId(),
            "interval " + o.start() + " - " + o.end() + " spans more than one local hour; aggregate it before or give hourly values"));
        continue;
      }
      LocalDate day = s.toLocalDate();
      int h = s.getHour();
      sum.computeIfAbsent(o.stationId(), k -> new TreeMap<>()).computeIfAbsent(day, d -> new double[24])[h] += o.value();
      seen.computeIfAbsent(o.stationId(), k -> new TreeMap<>()).computeIfAbsent(day, d -> new boolean[24])[h] = true;
    }
    Map<String, double[]> mean = new LinkedHashMap<>();
    Map<String, Integer> days = new LinkedHashMap<>();
    for (Map.Entry<String, TreeMap<LocalDate, double[]>> e : sum.entrySet()) {
      double[] m = new double[24];
      int[] n = new int[24];
      for (Map.Entry<LocalDate, double[]> d : e.getValue().entrySet()) {
        boolean[] has = seen.get(e.getKey()).get(d.getKey());
        for (int h = 0; h < 24; h++) {
          if (has[h]) {
            m[h] += d.getValue()[h];
            n[h]++;
          }
        }
      }
      for (int h = 0; h < 24; h++) {
        m[h] = n[h] == 0 ? Double.NaN : m[h] / n[h];
      }
      mean.put(e.getKey(), m);
      days.put(e.getKey(), e.getValue().size());
    }
    return new HourlyCounts(mean, days, notHourly);
  }

  /** Collects stations and observations and reports duplicates and missing values. */
  public static final class Builder {
    private final String source;
    private final Map<String, SensorStation> stations = new LinkedHashMap<>();
    private final List<SensorObservation> observations = new ArrayList<>();
    private final Map<String, SensorObservation> byKey = new HashMap<>();
    private final List<FeedIssue> issues = new ArrayList<>();
    private final Set<String> unknownReported = new TreeSet<>();

    private Builder(String source) {
      this.source = source;
    }

    /** Adds a station; a second station with the same id keeps the first. */
    public Builder station(SensorStation s) {
      stations.putIfAbsent(s.id(), s);
      return this;
    }

    public boolean hasStation(String id) {
      return stations.containsKey(id);
    }

    /** Adds an observation, or reports it as a duplicate or an observation of an unknown station. */
    public Builder observation(SensorObservation o) {
      if (!stations.containsKey(o.stationId())) {
        issues.add(new FeedIssue(FeedIssue.Kind.UNKNOWN_STATION, source, o.observationId(),
            "station '" + o.stationId() + "' is not described by the feed"));
        return this;
      }
      String key = o.stationId() + '\u0000' + o.vehicleClass() + '\u0000' + o.start() + '\u0000' + o.end();
      SensorObservation first = byKey.putIfAbsent(key, o);
      if (first == null) {
        observations.add(o);
      } else if (first.value() == o.value()) {
        issues.add(new FeedIssue(FeedIssue.Kind.DUPLICATE, source, o.observationId(),
            "repeats observation " + first.observationId() + " (same station, class, interval and value); ignored"));
      } else {
        issues.add(new FeedIssue(FeedIssue.Kind.CONFLICTING_DUPLICATE, source, o.observationId(),
            "same station, class and interval as observation " + first.observationId() + " but value " + o.value()
                + " instead of " + first.value() + "; the first is kept"));
      }
      return this;
    }

    public Builder issue(FeedIssue.Kind kind, String id, String message) {
      issues.add(new FeedIssue(kind, source, id, message));
      return this;
    }

    public SensorFeed build() {
      return new SensorFeed(source, stations, observations, issues);
    }
  }
}
