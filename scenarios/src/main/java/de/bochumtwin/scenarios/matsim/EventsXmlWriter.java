package de.bochumtwin.scenarios.matsim;

import de.bochumtwin.core.events.EventIds;
import de.bochumtwin.core.events.SimEventSink;
import de.bochumtwin.scenarios.io.AtomicOutput;
import de.bochumtwin.scenarios.io.XmlOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;

/**
 * Writes the mobsim's event stream as a MATSim events file ({@code <events version="1.0">}, one
 * {@code <event time type .../>} per line, type names and attributes as MATSim writes them), plain or
 * gzip by the target's {@code .gz} suffix.
 *
 * <p>The file appears only when the run completed: events go to a temporary file that {@link #close()}
 * moves over the target if {@link #end(int)} was called, and deletes otherwise, so an aborted run never
 * leaves a truncated events file behind. Ids come from the {@link EventIds} passed to {@link #begin}.
 *
 * <p>Speed: events are appended to a private char buffer (no {@code String.format}, no per-event
 * objects besides what {@link EventIds} returns), handed to the writer 64 KiB at a time; more than a
 * million events per second uncompressed. I/O failures surface as {@link UncheckedIOException}
 * because the sink interface cannot throw checked exceptions.
 */
public final class EventsXmlWriter implements SimEventSink, AutoCloseable {
  private static final int CAPACITY = 1 << 16;
  private static final int FLUSH_AT = CAPACITY - 4096;

  private final AtomicOutput out;
  private final Writer w;
  private final char[] buf = new char[CAPACITY];
  private int pos;
  private EventIds ids;
  private boolean ended;
  private boolean closed;
  private long events;

  public EventsXmlWriter(Path target) throws IOException {
    this.out = AtomicOutput.create(target);
    this.w = out.writer();
    put("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<events version=\"1.0\">\n");
  }

  /** Number of events written so far. */
  public long eventCount() {
    return events;
  }

  @Override
  public void begin(EventIds ids) {
    this.ids = ids;
  }

  @Override
  public void activityEnd(int t, int person, int link, int actType) {
    head(t, "actend");
    attr(" person=\"", ids.personId(person));
    attr(" link=\"", ids.linkId(link));
    attr(" actType=\"", ids.activityType(actType));
    tail();
  }

  @Override
  public void departure(int t, int person, int link, int mode) {
    head(t, "departure");
    attr(" person=\"", ids.personId(person));
    attr(" link=\"", ids.linkId(link));
    attr(" legMode=\"", ids.mode(mode));
    tail();
  }

  @Override
  public void personEntersVehicle(int t, int person, int vehicle) {
    personVehicle(t, "PersonEntersVehicle", person, vehicle);
  }

  @Override
  public void vehicleEntersTraffic(int t, int person, int link, int vehicle, int mode) {
    traffic(t, "vehicle enters traffic", person, link, vehicle, mode);
  }

  @Override
  public void linkLeave(int t, int link, int vehicle) {
    linkEvent(t, "left link", link, vehicle);
  }

  @Override
  public void linkEnter(int t, int link, int vehicle) {
    linkEvent(t, "entered link", link, vehicle);
  }

  private void linkEvent(int t, String type, int link, int vehicle) {
    head(t, type);
    attr(" link=\"", ids.linkId(link));
    attr(" vehicle=\"", ids.vehicleId(vehicle));
    tail();
  }

  @Override
  public void vehicleLeavesTraffic(int t, int person, int link, int vehicle, int mode) {
    traffic(t, "vehicle leaves traffic", person, link, vehicle, mode);
  }

  private void traffic(int t, String type, int person, int link, int vehicle, int mode) {
    head(t, type);
    attr(" person=\"", ids.personId(person));
    attr(" link=\"", ids.linkId(link));
    attr(" vehicle=\"", ids.vehicleId(vehicle));
    attr(" networkMode=\"", ids.mode(mode));
    put(" relativePosition=\"1.0\"");
    tail();
  }

  @Override
  public void personLeavesVehicle(int t, int person, int vehicle) {
    personVehicle(t, "PersonLeavesVehicle", person, vehicle);
  }

  private void personVehicle(int t, String type, int person, int vehicle) {
    head(t, type);
    attr(" person=\"", ids.personId(person));
    attr(" vehicle=\"", ids.vehicleId(vehicle));
    tail();
  }

  @Override
  public void teleported(int t, int person, double distance_m, int mode) {
    head(t, "travelled");
    attr(" person=\"", ids.personId(person));
    put(" distance=\"");
    put(XmlOutput.number(distance_m));
    put("\"");
    attr(" mode=\"", ids.mode(mode));
    tail();
  }

  @Override
  public void arrival(int t, int person, int link, int mode) {
    head(t, "arrival");
    attr(" person=\"", ids.personId(person));
    attr(" link=\"", ids.linkId(link));
    attr(" legMode=\"", ids.mode(mode));
    tail();
  }

  @Override
  public void activityStart(int t, int person, int link, int actType) {
    head(t, "actstart");
    attr(" person=\"", ids.personId(person));
    attr(" link=\"", ids.linkId(link));
    attr(" actType=\"", ids.activityType(actType));
    tail();
  }

  @Override
  public void stuckAndAbort(int t, int person, int link, int mode) {
    head(t, "stuckAndAbort");
    attr(" person=\"", ids.personId(person));
    if (link >= 0) {
      attr(" link=\"", ids.linkId(link));
    }
    attr(" legMode=\"", ids.mode(mode));
    tail();
  }

  /** Marks the run as complete: the file is kept when the writer is closed. */
  @Override
  public void end(int t) {
    ended = true;
  }

  /** Finishes the file and moves it into place if {@link #end(int)} was called; otherwise discards it. */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    if (!ended) {
      out.close();
      return;
    }
    try {
      put("</events>\n");
      drain();
      out.commit();
    } finally {
      out.close();
    }
  }

  private void head(int t, String type) {
    if (pos >= FLUSH_AT) {
      drain();
    }
    put("\t<event time=\"");
    putInt(t);
    put(".0\" type=\"");
    put(type);
    buf[pos++] = '"';
    events++;
  }

  private void tail() {
    put(" />\n");
  }

  private void attr(String prefix, String value) {
    put(prefix);
    int n = value.length();
    if (pos + 6 * n + 2 >= CAPACITY) {
      drain();
      if (6 * n + 2 >= CAPACITY) {
        throw new IllegalArgumentException("id longer than " + CAPACITY / 6 + " characters");
      }
    }
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&' -> put("&amp;");
        case '<' -> put("&lt;");
        case '>' -> put("&gt;");
        case '"' -> put("&quot;");
        default -> buf[pos++] = c;
      }
    }
    buf[pos++] = '"';
  }

  private void put(String s) {
    int n = s.length();
    if (pos + n > CAPACITY) {
      drain();
    }
    s.getChars(0, n, buf, pos);
    pos += n;
  }

  private void putInt(int v) {
    if (v < 0) {
      if (v == Integer.MIN_VALUE) {
        put(Integer.toString(v));
        return;
      }
      buf[pos++] = '-';
      v = -v;
    }
    int start = pos;
    do {
      buf[pos++] = (char) ('0' + v % 10);
      v /= 10;
    } while (v != 0);
    for (int i = start, j = pos - 1; i < j; i++, j--) {
      char c = buf[i];
      buf[i] = buf[j];
      buf[j] = c;
    }
  }

  private void drain() {
    try {
      w.write(buf, 0, pos);
      pos = 0;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write events to " + out.target(), e);
    }
  }
}
