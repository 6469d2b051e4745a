package de.bochumtwin.scenarios.matsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bochumtwin.core.events.EventIds;
import de.bochumtwin.core.events.EventTypeCounter;
import de.bochumtwin.core.events.SimEventSink;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventsXmlTest {
  @TempDir Path tmp;

  /** Ids of a tiny scenario: persons p0.., vehicles v0.., links from an array, two modes, two activity types. */
  static final class Ids implements EventIds {
    final String[] links = {"1", "6", "15", "20", "a&b"};

    @Override
    public String personId(int person) {
      return "p" + person;
    }

    @Override
    public String vehicleId(int vehicle) {
      return "v" + vehicle;
    }

    @Override
    public String linkId(int link) {
      return links[link];
    }

    @Override
    public String mode(int mode) {
      return mode == 0 ? "car" : "walk";
    }

    @Override
    public String activityType(int actType) {
      return actType == 0 ? "h" : "w";
    }

    @Override
    public int modeCount() {
      return 2;
    }

    @Override
    public int activityTypeCount() {
      return 2;
    }
  }

  /** One car trip over links 1-6-15-20 and a walk trip back, as the mobsim would emit them. */
  static void drive(SimEventSink s, int persons) {
    s.begin(new Ids());
    for (int p = 0; p < persons; p++) {
      int t = 21600 + p;
      s.activityEnd(t, p, 0, 0);
      s.departure(t, p, 0, 0);
      s.personEntersVehicle(t, p, p);
      s.vehicleEntersTraffic(t, p, 0, p, 0);
      for (int l = 1; l < 4; l++) {
        s.linkLeave(t + l, l - 1, p);
        s.linkEnter(t + l, l, p);
      }
      s.vehicleLeavesTraffic(t + 900, p, 3, p, 0);
      s.personLeavesVehicle(t + 900, p, p);
      s.arrival(t + 900, p, 3, 0);
      s.activityStart(t + 900, p, 3, 1);
      s.activityEnd(t + 1800, p, 3, 1);
      s.departure(t + 1800, p, 3, 1);
      s.teleported(t + 2500, p, 1234.5, 1);
      s.arrival(t + 2500, p, 4, 1);
      s.activityStart(t + 2500, p, 4, 0);
    }
    s.stuckAndAbort(30 * 3600, 0, -1, 0);
  }

  @Test
  void writtenEventsReadBackWithSameCountsAndValues() throws Exception {
    Path f = tmp.resolve("events.xml.gz");
    EventTypeCounter expected = new EventTypeCounter();
    try (EventsXmlWriter w = new EventsXmlWriter(f)) {
      drive(w, 50);
      drive(expected, 50);
      w.end(30 * 3600);
      assertEquals(50 * 19 + 1, w.eventCount());
    }
    assertEquals(new TreeMap<>(expected.countsByType()), EventsReader.countByType(f));

    List<String> firstPerson = new ArrayList<>();
    long n = EventsReader.read(f, (t, type, a) -> {
      if ("p0".equals(a.get("person")) || "v0".equals(a.get("vehicle"))) {
        firstPerson.add(t + "|" + type + "|" + new TreeMap<>(a));
      }
    });
    assertEquals(50 * 19 + 1, n);
    assertEquals(List.of(
        "21600.0|actend|{actType=h, link=1, person=p0}",
        "21600.0|departure|{legMode=car, link=1, person=p0}",
        "21600.0|PersonEntersVehicle|{person=p0, vehicle=v0}",
        "21600.0|vehicle enters traffic|{link=1, networkMode=car, person=p0, relativePosition=1.0, vehicle=v0}",
        "21601.0|left link|{link=1, vehicle=v0}",
        "21601.0|entered link|{link=6, vehicle=v0}"), firstPerson.subList(0, 6));
    assertTrue(firstPerson.contains("22500.0|vehicle leaves traffic|{link=20, networkMode=car, person=p0, relativePosition=1.0, vehicle=v0}"));
    assertTrue(firstPerson.contains("24100.0|travelled|{distance=1234.5, mode=walk, person=p0}"));
    assertTrue(firstPerson.contains("24100.0|arrival|{legMode=walk, link=a&b, person=p0}"));
    assertTrue(firstPerson.contains("24100.0|actstart|{actType=h, link=a&b, person=p0}"));
    assertTrue(firstPerson.contains("108000.0|stuckAndAbort|{legMode=car, person=p0}"));
  }

  @Test
  void plainFileHasMatsimLayout() throws Exception {
    Path f = tmp.resolve("events.xml");
    try (EventsXmlWriter w = new EventsXmlWriter(f)) {
      drive(w, 1);
      w.end(0);
    }
    List<String> lines = Files.readAllLines(f);
    assertEquals("<events version=\"1.0\">", lines.get(1));
    assertEquals("\t<event time=\"21600.0\" type=\"actend\" person=\"p0\" link=\"1\" actType=\"h\" />", lines.get(2));
    assertEquals("</events>", lines.get(lines.size() - 1));
  }

  @Test
  void abortedRunLeavesNoFile() throws Exception {
    Path f = tmp.resolve("events.xml.gz");
    try (EventsXmlWriter w = new EventsXmlWriter(f)) {
      drive(w, 10);
      // no end(): the run failed
    }
    assertFalse(Files.exists(f));
    try (Stream<Path> s = Files.list(tmp)) {
      assertEquals(0, s.count(), "temporary file removed");
    }
  }

  @Test
  void readsRealMatsimEventsFile() throws Exception {
    Path f = TestData.example("emissions-sampleScenario/5.events.xml.gz");
    String text = TestData.text(f);
    Map<String, Long> counts = EventsReader.countByType(f);
    long total = counts.values().stream().mapToLong(Long::longValue).sum();
    assertEquals(TestData.count(text, "<event "), total);
    assertEquals(TestData.count(text, "type=\"entered link\""), counts.get("entered link"));
    assertEquals(TestData.count(text, "type=\"actend\""), counts.get("actend"));
  }
}
