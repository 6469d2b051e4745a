package de.bochumtwin.scenarios.osm;

import de.bochumtwin.scenarios.io.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Chooses the reader for an OSM file: PBF by name ({@code .pbf}) or content, XML otherwise. */
final class OsmFiles {
  private OsmFiles() {}

  static void read(Path file, OsmHandler handler) {
    if (!Files.isRegularFile(file)) {
      throw new InputException(file, 0, "OSM file not found; give an existing .osm.pbf, .osm or .osm.gz file");
    }
    if (isPbf(file)) {
      OsmPbfReader.read(file, handler);
    } else {
      OsmXmlReader.read(file, handler);
    }
  }

  /** PBF files start with a 4-byte header length followed by the string "OSMHeader" inside the first blob header. */
  static boolean isPbf(Path file) {
    if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pbf")) {
      return true;
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(16);
      return head.length >= 15 && new String(head, 6, 9, java.nio.charset.StandardCharsets.US_ASCII).equals("OSMHeader");
    } catch (IOException e) {
      throw new InputException(file, 0, "cannot read the file (" + e + ")", e);
    }
  }
}
