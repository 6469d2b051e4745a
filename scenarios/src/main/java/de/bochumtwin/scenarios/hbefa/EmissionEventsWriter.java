package de.bochumtwin.scenarios.hbefa;

import de.bochumtwin.core.emissions.EmissionEventListener;
import de.bochumtwin.core.emissions.EmissionModel;
import de.bochumtwin.core.emissions.Pollutant;
import de.bochumtwin.scenarios.io.AtomicOutput;
import de.bochumtwin.scenarios.io.XmlOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Writes emission events in MATSim's format, e.g.
 * {@code <event time="11021.0" type="warmEmissionEvent" linkId="link65" vehicleId="v1" CO2_TOTAL="..." NOx="..."/>}:
 * one attribute per pollutant named like MATSim's {@code Pollutant} enum, warm events with the
 * pollutants of the warm tables, cold events ({@code coldEmissionEvent}) with those of the cold
 * tables, values in grams. {@link #commit()} finishes the file and moves it into place; closing
 * without a commit discards it.
 */
public final class EmissionEventsWriter implements EmissionEventListener, AutoCloseable {
  private final AtomicOutput out;
  private final Writer w;
  private final List<Pollutant> pollutants;
  private final EmissionModel model;
  private final IntFunction<String> linkId;
  private final IntFunction<String> vehicleId;
  private long events;

  public EmissionEventsWriter(Path file, EmissionModel model, IntFunction<String> linkId, IntFunction<String> vehicleId) {
    try {
      this.out = AtomicOutput.create(file);
      this.w = out.writer();
      w.write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<events version=\"1.0\">\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
    this.model = model;
    this.pollutants = model.pollutants();
    this.linkId = linkId;
    this.vehicleId = vehicleId;
  }

  @Override
  public void warmEmission(int time_s, int link, int vehicle, double[] grams) {
    write("warmEmissionEvent", time_s, link, vehicle, grams, true);
  }

  @Override
  public void coldEmission(int time_s, int link, int vehicle, double[] grams) {
    write("coldEmissionEvent", time_s, link, vehicle, grams, false);
  }

  private void write(String type, int t, int link, int vehicle, double[] g, boolean warm) {
    try {
      w.write("\t<event time=\"");
      w.write(XmlOutput.number(t));
      w.write("\" type=\"" + type + "\"");
      XmlOutput.attr(w, "linkId", linkId.apply(link));
      XmlOutput.attr(w, "vehicleId", vehicleId.apply(vehicle));
      for (int p = 0; p < g.length; p++) {
        if (warm ? model.isWarm(p) : model.isCold(p)) {
          XmlOutput.attr(w, pollutants.get(p).name(), g[p]);
        }
      }
      w.write(" />\n");
      events++;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public long events() {
    return events;
  }

  /** Finishes the document and moves the file into place. */
  public void commit() {
    try {
      w.write("</events>\n");
      out.commit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
