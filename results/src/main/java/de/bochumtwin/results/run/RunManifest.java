package de.bochumtwin.results.run;

import de.bochumtwin.core.mobsim.MobsimResult;
import de.bochumtwin.results.json.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run needs to be reproduced and audited, written as {@code run.json}: twin version, seed,
 * every input file with SHA-256 and size, the effective settings, wall time per phase, result counters,
 * start/end timestamps (ISO-8601 UTC), Java version and thread count.
 *
 * <p>Maps keep insertion order so two runs with the same settings produce the same text apart from the
 * times. Setting values are strings, finite numbers or booleans; a duplicate key is a programming error
 * and throws. Immutable; build with {@link #builder()}.
 */
public final class RunManifest {
  /** Version of the {@code run.json} layout; bump when a field changes meaning. */
  public static final int FORMAT_VERSION = 1;

  private final String twinVersion;
  private final long seed;
  private final Instant startedAt;
  private final Instant finishedAt;
  private final String javaVersion;
  private final int threads;
  private final List<InputFile> inputs;
  private final Map<String, Object> settings;
  private final Map<String, Double> phaseWallTimes_s;
  private final Map<String, Long> counters;

  private RunManifest(Builder b) {
    this.twinVersion = b.twinVersion;
    this.seed = b.seed;
    this.startedAt = b.startedAt;
    this.finishedAt = b.finishedAt;
    this.javaVersion = b.javaVersion;
    this.threads = b.threads;
    this.inputs = Collections.unmodifiableList(new ArrayList<>(b.inputs));
    this.settings = Collections.unmodifiableMap(new LinkedHashMap<>(b.settings));
    this.phaseWallTimes_s = Collections.unmodifiableMap(new LinkedHashMap<>(b.phases));
    this.counters = Collections.unmodifiableMap(new LinkedHashMap<>(b.counters));
  }

  public static Builder builder() {
    return new Builder();
  }

  public String twinVersion() {
    return twinVersion;
  }

  public long seed() {
    return seed;
  }

  public List<InputFile> inputs() {
    return inputs;
  }

  public Map<String, Object> settings() {
    return settings;
  }

  public Map<String, Double> phaseWallTimes_s() {
    return phaseWallTimes_s;
  }

  public Map<String, Long> counters() {
    return counters;
  }

  /** The manifest as indented JSON (2 spaces), ending without newline. */
  public String toJson() {
    StringBuilder sb = new StringBuilder(1024);
    JsonWriter w = JsonWriter.pretty(sb, 2);
    w.beginObject()
        .name("format_version").value(FORMAT_VERSION)
        .name("twin_version").value(twinVersion)
        .name("seed").value(seed)
        .name("started_at").value(startedAt.toString())
        .name("finished_at").value(finishedAt.toString())
        .name("wall_time_s").value((finishedAt.toEpochMilli() - startedAt.toEpochMilli()) / 1000.0)
        .name("java_version").value(javaVersion)
        .name("threads").value(threads)
        .name("inputs").beginArray();
    for (InputFile f : inputs) {
      w.beginObject().name("path").value(f.path()).name("sha256").value(f.sha256())
          .name("size_bytes").value(f.size_bytes()).endObject();
    }
    w.endArray();
    w.name("settings").scalarObject(settings);
    w.name("phase_wall_times_s").scalarObject(phaseWallTimes_s);
    w.name("counters").scalarObject(counters);
    w.endObject();
    return sb.toString();
  }

  /** Writes {@link #toJson()} plus a final newline as UTF-8 to {@code file} (e.g. {@code <out>/run.json}). */
  public void writeTo(Path file) {
    try {
      Files.writeString(file, toJson() + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write run manifest " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * One input file: the path as the user gave it (relative paths stay relative, so manifests of the same
   * scenario on two machines compare equal), its SHA-256 and size.
   */
  public record InputFile(String path, String sha256, long size_bytes) {
    /** Hashes {@code file} now, recording it under {@code displayPath}. */
    public static InputFile of(String displayPath, Path file) {
      try {
        return new InputFile(displayPath, Sha256.ofFile(file), Files.size(file));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read input file " + file + ": " + e.getMessage(), e);
      }
    }
  }

  /** Collects the manifest while a run progresses; {@link #build} checks that the required fields are set. */
  public static final class Builder {
    private String twinVersion;
    private Long seed;
    private Instant startedAt;
    private Instant finishedAt;
    private String javaVersion = Runtime.version().toString();
    private int threads;
    private final List<InputFile> inputs = new ArrayList<>();
    private final Map<String, Object> settings = new LinkedHashMap<>();
    private final Map<String, Double> phases = new LinkedHashMap<>();
    private final Map<String, Long> counters = new LinkedHashMap<>();

    private Builder() {}

    public Builder twinVersion(String v) {
      this.twinVersion = v;
      return this;
    }

    public Builder seed(long s) {
      this.seed = s;
      return this;
    }

    public Builder startedAt(Instant t) {
      this.startedAt = t;
      return this;
    }

    public Builder finishedAt(Instant t) {
      this.finishedAt = t;
      return this;
    }

    /** Defaults to the running JVM ({@link Runtime#version()}). */
    public Builder javaVersion(String v) {
      this.javaVersion = v;
      return this;
    }

    /** Worker threads the run used (at least 1). */
    public Builder threads(int n) {
      this.threads = n;
      return this;
    }

    /** Hashes {@code file} and records it under the path string the user gave. */
    public Builder input(String displayPath, Path file) {
      return input(InputFile.of(displayPath, file));
    }

    /** Hashes {@code file} and records it under its own path string. */
    public Builder input(Path file) {
      return input(file.toString(), file);
    }

    public Builder input(InputFile f) {
      inputs.add(f);
      return this;
    }

    /** One effective setting; {@code value} must be a String, a finite Number or a Boolean. */
    public Builder setting(String key, Object value) {
      if (!(value instanceof String || value instanceof Boolean || value instanceof Number)) {
        throw new IllegalArgumentException("setting '" + key + "': value must be a string, number or boolean, got "
            + (value == null ? "null" : value.getClass().getName()));
      }
      if (value instanceof Double || value instanceof Float) {
        double d = ((Number) value).doubleValue();
        if (!Double.isFinite(d)) {
          throw new IllegalArgumentException("setting '" + key + "': number must be finite, got " + d);
        }
      }
      putOnce(settings, "setting", key, value);
      return this;
    }

    /** Wall time of one phase in seconds (e.g. {@code read_network}, {@code mobsim}, {@code write_outputs}). */
    public Builder phase(String name, double wallTime_s) {
      if (!(wallTime_s >= 0) || Double.isInfinite(wallTime_s)) {
        throw new IllegalArgumentException("phase '" + name + "': wall time must be a finite number >= 0 s, got " + wallTime_s);
      }
      putOnce(phases, "phase", name, wallTime_s);
      return this;
    }

    public Builder counter(String name, long value) {
      putOnce(counters, "counter", name, value);
      return this;
    }

    /** Adds the mobsim's counters under snake-case names ({@code agents}, {@code departures}, ...). */
    public Builder counters(MobsimResult r) {
      return counter("agents", r.agents())
          .counter("departures", r.departures())
          .counter("arrivals", r.arrivals())
          .counter("stuck_aborted", r.stuckAborted())
          .counter("stuck_forced_moves", r.stuckForcedMoves())
          .counter("link_events", r.linkEvents())
          .counter("sim_start_time_s", r.simStartTime_s())
          .counter("sim_end_time_s", r.simEndTime_s())
          .counter("steps", r.steps());
    }

    public RunManifest build() {
      List<String> missing = new ArrayList<>();
      if (twinVersion == null || twinVersion.isBlank()) {
        missing.add("twinVersion");
      }
      if (seed == null) {
        missing.add("seed");
      }
      if (startedAt == null) {
        missing.add("startedAt");
      }
      if (finishedAt == null) {
        missing.add("finishedAt");
      }
      if (threads < 1) {
        missing.add("threads (>= 1)");
      }
      if (javaVersion == null) {
        missing.add("javaVersion");
      }
      if (!missing.isEmpty()) {
        throw new IllegalStateException("run manifest incomplete, set: " + String.join(", ", missing));
      }
      if (finishedAt.isBefore(startedAt)) {
        throw new IllegalStateException("run manifest: finishedAt " + finishedAt + " is before startedAt " + startedAt);
      }
      return new RunManifest(this);
    }

    private static <V> void putOnce(Map<String, V> m, String what, String key, V value) {
      if (key == null || key.isBlank()) {
        throw new IllegalArgumentException(what + " name must not be blank");
      }
      if (m.putIfAbsent(key, value) != null) {
        throw new IllegalArgumentException("duplicate " + what + " '" + key + "'");
      }
    }
  }
}
