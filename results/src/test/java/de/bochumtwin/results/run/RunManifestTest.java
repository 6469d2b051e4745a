package de.bochumtwin.results.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bochumtwin.core.mobsim.MobsimResult;
import de.bochumtwin.results.testing.Duck;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunManifestTest {
  /** {@code printf 'hello twin\n' | sha256sum}, computed on the command line when the test was written. */
  private static final String HELLO_TWIN_SHA256 = "ffe50471a1b7b119b8583a3179373b86bd08ab0b5b3e449f1bbb3a735506c91a";

  @TempDir Path tmp;

  @Test
  void sha256MatchesSha256sumAndTheJdkDigest() throws Exception {
    Path f = tmp.resolve("known.txt");
    byte[] content = "hello twin\n".getBytes(StandardCharsets.US_ASCII);
    Files.write(f, content);
    String jdk = Sha256.hex(MessageDigest.getInstance("SHA-256").digest(content));
    assertEquals(HELLO_TWIN_SHA256, jdk);
    assertEquals(HELLO_TWIN_SHA256, Sha256.ofFile(f));
    // larger than the 64 KiB read buffer, so the streaming loop runs several times
    byte[] big = new byte[200_000];
    for (int i = 0; i < big.length; i++) {
      big[i] = (byte) (i * 31);
    }
    Path g = tmp.resolve("big.bin");
    Files.write(g, big);
    assertEquals(Sha256.ofBytes(big), Sha256.ofFile(g));
  }

  @Test
  void runJsonReadsBackWithAnIndependentParser() throws Exception {
    Path input = tmp.resolve("network.xml");
    Files.writeString(input, "hello twin\n");
    RunManifest m = RunManifest.builder()
        .twinVersion("0.1.0-SNAPSHOT")
        .seed(4711)
        .threads(2)
        .javaVersion("17.0.15+6")
        .startedAt(Instant.parse("2026-11-26T10:00:00Z"))
        .finishedAt(Instant.parse("2026-11-26T10:01:30.500Z"))
        .input("scenario/network.xml", input)
        .setting("mobsim.flowCapacityFactor", 0.1)
        .setting("mobsim.endTime_s", 108000)
        .setting("mobsim.removeStuckVehicles", false)
        .setting("scenario.name", "equil \"test\"")
        .phase("read_inputs", 0.25)
        .phase("mobsim", 80.0)
        .counters(new MobsimResult(100, 200, 198, 2, 5, 4000, 21600, 90000, 12345))
        .build();
    Path json = tmp.resolve("run.json");
    m.writeTo(json);
    try (Duck d = new Duck()) {
      List<Object> r = d.row("SELECT format_version, twin_version, seed, threads, java_version, started_at::VARCHAR,"
          + " wall_time_s, inputs[1].path, inputs[1].sha256, inputs[1].size_bytes,"
          + " settings.\"mobsim.flowCapacityFactor\", settings.\"mobsim.endTime_s\", settings.\"mobsim.removeStuckVehicles\","
          + " settings.\"scenario.name\", phase_wall_times_s.mobsim, counters.departures, counters.stuck_aborted,"
          + " counters.link_events FROM read_json_auto(" + Duck.lit(json) + ")");
      assertEquals(List.of(1L, "0.1.0-SNAPSHOT", 4711L, 2L, "17.0.15+6"), List.of(
          ((Number) r.get(0)).longValue(), r.get(1), ((Number) r.get(2)).longValue(), ((Number) r.get(3)).longValue(), r.get(4)));
      assertEquals("2026-11-26 10:00:00", r.get(5).toString().substring(0, 19));
      assertEquals(90.5, ((Number) r.get(6)).doubleValue(), 0);
      assertEquals("scenario/network.xml", r.get(7));
      assertEquals(HELLO_TWIN_SHA256, r.get(8));
      assertEquals(11L, ((Number) r.get(9)).longValue());
      assertEquals(0.1, ((Number) r.get(10)).doubleValue(), 0);
      assertEquals(108000L, ((Number) r.get(11)).longValue());
      assertEquals(false, r.get(12));
      assertEquals("equil \"test\"", r.get(13));
      assertEquals(80.0, ((Number) r.get(14)).doubleValue(), 0);
      assertEquals(List.of(200L, 2L, 4000L), List.of(((Number) r.get(15)).longValue(), ((Number) r.get(16)).longValue(),
          ((Number) r.get(17)).longValue()));
    }
    String text = Files.readString(json);
    assertTrue(text.startsWith("{\n  \"format_version\": 1,\n  \"twin_version\": \"0.1.0-SNAPSHOT\",\n  \"seed\": 4711,\n"), text);
    assertTrue(text.endsWith("\n}\n"), "ends with a newline");
  }

  @Test
  void incompleteOrInvalidManifestsAreRefused() {
    assertEquals("run manifest incomplete, set: twinVersion, seed, startedAt, finishedAt, threads (>= 1)",
        assertThrows(IllegalStateException.class, () -> RunManifest.builder().build()).getMessage());
    assertThrows(IllegalArgumentException.class, () -> RunManifest.builder().setting("a", 1).setting("a", 2));
    assertThrows(IllegalArgumentException.class, () -> RunManifest.builder().setting("x", Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> RunManifest.builder().setting("x", List.of()));
    assertThrows(IllegalArgumentException.class, () -> RunManifest.builder().phase("mobsim", -1));
  }
}
