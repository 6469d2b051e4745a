package de.bochumtwin.scenarios.osm;

import crosby.binary.osmosis.OsmosisReader;
import de.bochumtwin.scenarios.io.InputException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openstreetmap.osmosis.core.container.v0_6.EntityContainer;
import org.openstreetmap.osmosis.core.domain.v0_6.Entity;
import org.openstreetmap.osmosis.core.domain.v0_6.Node;
import org.openstreetmap.osmosis.core.domain.v0_6.Tag;
import org.openstreetmap.osmosis.core.domain.v0_6.Way;
import org.openstreetmap.osmosis.core.domain.v0_6.WayNode;
import org.openstreetmap.osmosis.core.task.v0_6.Sink;

/**
 * Reads an OSM PBF file with osmosis-pbf ({@code crosby.binary.osmosis.OsmosisReader}, public domain)
 * and forwards nodes and ways to an {@link OsmHandler}, in file order.
 */
final class OsmPbfReader {
  private OsmPbfReader() {}

  static void read(Path file, OsmHandler handler) {
    OsmosisReader reader = new OsmosisReader(file.toFile());
    reader.setSink(new Forwarder(handler));
    try {
      reader.run();
    } catch (InputException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new InputException(file, 0, "not a readable OSM PBF file (" + e.getMessage()
          + "); re-download it, or check it with `osmium fileinfo`", e);
    }
  }

  /** Adapts osmosis' entity stream to {@link OsmHandler}. */
  private static final class Forwarder implements Sink {
    private final OsmHandler h;
    private final Map<String, String> tags = new HashMap<>();
    private long[] refs = new long[256];

    Forwarder(OsmHandler h) {
      this.h = h;
    }

    @Override
    public void initialize(Map<String, Object> metaData) {
      // no metadata needed
    }

    @Override
    public void process(EntityContainer container) {
      Entity e = container.getEntity();
      if (e instanceof Node) {
        if (h.wantsNodes()) {
          Node n = (Node) e;
          h.node(n.getId(), n.getLatitude(), n.getLongitude());
        }
      } else if (e instanceof Way && h.wantsWays()) {
        Way w = (Way) e;
        List<WayNode> nodes = w.getWayNodes();
        int n = nodes.size();
        if (n > refs.length) {
          refs = Arrays.copyOf(refs, Math.max(n, refs.length * 2));
        }
        for (int i = 0; i < n; i++) {
          refs[i] = nodes.get(i).getNodeId();
        }
        tags.clear();
        for (Tag t : w.getTags()) {
          tags.put(t.getKey(), t.getValue());
        }
        h.way(w.getId(), refs, n, tags);
      }
    }

    @Override
    public void complete() {
      // nothing buffered
    }

    @Override
    public void close() {
      // nothing to release
    }
  }
}
