package de.bochumtwin.scenarios.hbefa;

import de.bochumtwin.core.emissions.EmissionEventListener;
import de.bochumtwin.core.emissions.EmissionFactorTables;
import de.bochumtwin.core.emissions.EmissionHandler;
import de.bochumtwin.core.emissions.EmissionModel;
import de.bochumtwin.core.emissions.EmissionSettings;
import de.bochumtwin.core.emissions.RoadTypes;
import de.bochumtwin.core.events.EventIds;
import de.bochumtwin.core.events.EventSinks;
import de.bochumtwin.core.events.SimEventSink;
import de.bochumtwin.core.network.Network;
import de.bochumtwin.scenarios.io.InputException;
import de.bochumtwin.scenarios.matsim.EventsReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Emissions from an events file (MATSim's offline emission tool): the events that matter
 * ({@code vehicle enters traffic}, {@code entered link}, {@code left link}, {@code vehicle leaves
 * traffic}) are fed, in file order, to the same {@link EmissionHandler} the mobsim uses online, through
 * {@link EventSinks#withTraversals} (which derives the link traversals the mobsim reports directly), so
 * both give identical totals. Vehicles get dense indices in order of first appearance.
 */
public final class OfflineEmissions {
  private OfflineEmissions() {}

  /** Resolves the model for the fleet and network (all missing factors reported at once). */
  public static EmissionModel model(EmissionFactorTables tables, EmissionSettings settings, FleetEmissionClasses fleet,
      Network network, String[] hbefaRoadTypeAttribute) {
    return EmissionModel.resolve(tables, settings, fleet.classes(), RoadTypes.resolve(network, hbefaRoadTypeAttribute));
  }

  /**
   * Streams {@code eventsFile} through a new handler.
   *
   * @param listenerFactory builds the per-emission listener (e.g. an {@link EmissionEventsWriter}) from
   *     the offline id tables; may return null
   */
  public static EmissionHandler run(Path eventsFile, Network network, EmissionModel model, FleetEmissionClasses fleet,
      Function<EventIds, EmissionEventListener> listenerFactory) {
    return run(eventsFile, network, model, fleet::classOf, listenerFactory);
  }

  /** As {@link #run(Path, Network, EmissionModel, FleetEmissionClasses, Function)} with any vehicle-id-to-class mapping. */
  public static EmissionHandler run(Path eventsFile, Network network, EmissionModel model, ToIntFunction<String> classOf,
      Function<EventIds, EmissionEventListener> listenerFactory) {
    Ids ids = new Ids(network);
    EmissionEventListener listener = listenerFactory == null ? null : listenerFactory.apply(ids);
    EmissionHandler handler = new EmissionHandler(model, network, classOf, listener);
    // derives the traversals the mobsim reports online, exactly as it does (same enter/leave pairing)
    SimEventSink h = EventSinks.withTraversals(handler);
    h.begin(ids);
    int[] lastTime = {0};
    EventsReader.read(eventsFile, (time, type, a) -> {
      int t = (int) Math.floor(time);
      lastTime[0] = t;
      switch (type) {
        case "vehicle enters traffic" -> h.vehicleEntersTraffic(t, 0, link(eventsFile, ids, a, time), ids.vehicle(a.get("vehicle")), 0);
        case "entered link" -> h.linkEnter(t, link(eventsFile, ids, a, time), ids.vehicle(a.get("vehicle")));
        case "left link" -> h.linkLeave(t, link(eventsFile, ids, a, time), ids.vehicle(a.get("vehicle")));
        case "vehicle leaves traffic" -> h.vehicleLeavesTraffic(t, 0, link(eventsFile, ids, a, time), ids.vehicle(a.get("vehicle")), 0);
        default -> { }
      }
    });
    h.end(lastTime[0]);
    return handler;
  }

  private static int link(Path file, Ids ids, Map<String, String> a, double time) {
    String id = a.get("link");
    int l = id == null ? -1 : ids.network.linkIndexOrMinusOne(id);
    if (l < 0) {
      throw new InputException(file, 0, "event at time " + time + " refers to link '" + id
          + "', which is not in the network; pass the network the events were simulated on");
    }
    if (a.get("vehicle") == null) {
      throw new InputException(file, 0, "event at time " + time + " on link '" + id + "' has no vehicle attribute");
    }
    return l;
  }

  /** Offline id tables: links from the network, vehicles in order of appearance. */
  static final class Ids implements EventIds {
    final Network network;
    final Map<String, Integer> vehicleIndex = new HashMap<>();
    final List<String> vehicleIds = new ArrayList<>();

    Ids(Network network) {
      this.network = network;
    }

    int vehicle(String id) {
      Integer v = vehicleIndex.get(id);
      if (v == null) {
        v = vehicleIds.size();
        vehicleIndex.put(id, v);
        vehicleIds.add(id);
      }
      return v;
    }

    @Override
    public String personId(int person) {
      return "";
    }

    @Override
    public String vehicleId(int vehicle) {
      return vehicleIds.get(vehicle);
    }

    @Override
    public String linkId(int link) {
      return network.linkId(link);
    }

    @Override
    public String mode(int mode) {
      return "";
    }

    @Override
    public String activityType(int actType) {
      return "";
    }

    @Override
    public int modeCount() {
      return 0;
    }

    @Override
    public int activityTypeCount() {
      return 0;
    }
  }
}
