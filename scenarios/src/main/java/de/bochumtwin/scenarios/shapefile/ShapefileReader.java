package de.bochumtwin.scenarios.shapefile;

import de.bochumtwin.scenarios.io.InputException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads the polygons of an ESRI Shapefile (format: ESRI Shapefile Technical Description, 1998) with
 * their dBase attributes and CRS. Only what areas need: polygon shapes (5 Polygon, 15 PolygonZ,
 * 25 PolygonM; 0 null shapes are skipped), character/number/date/logical fields as text, and the
 * EPSG code of the {@code .prj} for ETRS89/WGS84 UTM north and geographic WGS84/ETRS89.
 * The {@code .dbf} is decoded with the charset named in a {@code .cpg} file, else windows-1252
 * (ArcGIS' default for German files).
 */
public final class ShapefileReader {
  private static final int FILE_CODE = 9994;
  private static final Pattern AUTHORITY = Pattern.compile("AUTHORITY\\[\"EPSG\",\\s*\"?(\\d+)\"?\\]\\s*\\]\\s*$");
  private static final Pattern UTM = Pattern.compile("UTM[_ ]ZONE[_ ](\\d{1,2})N");

  private ShapefileReader() {}

  /** Reads {@code shp} and its {@code .dbf}, {@code .prj} and {@code .cpg} siblings (same base name). */
  public static Shapefile read(Path shp) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(shp);
    } catch (IOException e) {
      throw new InputException(shp, 0, "cannot read the shapefile (" + e.getMessage() + "); check the path", e);
    }
    List<Geometry> shapes = new ArrayList<>();
    List<Integer> numbers = new ArrayList<>();
    readShapes(shp, bytes, shapes, numbers);
    List<Map<String, String>> rows = readDbf(shp, sibling(shp, ".dbf"));
    if (rows != null && rows.size() != shapes.size() + countNulls(bytes)) {
      // record counts must agree; null shapes still have a dbf row
      throw new InputException(sibling(shp, ".dbf"), 0, "the .dbf has " + rows.size() + " records but the .shp "
          + (shapes.size() + countNulls(bytes)) + "; the files belong to different layers");
    }
    List<Shapefile.Feature> features = new ArrayList<>();
    for (int i = 0; i < shapes.size(); i++) {
      int rec = numbers.get(i);
      features.add(new Shapefile.Feature(rec, shapes.get(i), rows == null ? Map.of() : rows.get(rec - 1)));
    }
    return new Shapefile(shp, epsg(sibling(shp, ".prj")), features);
  }

  static Path sibling(Path shp, String ext) {
    String n = shp.getFileName().toString();
    int dot = n.lastIndexOf('.');
    String base = dot > 0 ? n.substring(0, dot) : n;
    Path lower = shp.resolveSibling(base + ext);
    Path upper = shp.resolveSibling(base + ext.toUpperCase(Locale.ROOT));
    return Files.exists(lower) || !Files.exists(upper) ? lower : upper;
  }

  private static void readShapes(Path shp, byte[] bytes, List<Geometry> out, List<Integer> numbers) {
    if (bytes.length < 100) {
      throw new InputException(shp, 0, "not a shapefile: " + bytes.length + " bytes, the header alone has 100");
    }
    ByteBuffer big = ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN);
    ByteBuffer little = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    if (big.getInt(0) != FILE_CODE) {
      throw new InputException(shp, 0, "not a shapefile: file code " + big.getInt(0) + " instead of 9994; name the .shp file");
    }
    int type = little.getInt(32);
    if (type != 0 && type != 5 && type != 15 && type != 25) {
      throw new InputException(shp, 0, "shape type " + type + " is not a polygon type (5, 15 or 25); areas need polygons");
    }
    GeometryFactory gf = new GeometryFactory();
    int end = Math.min(bytes.length, big.getInt(24) * 2);
    int pos = 100;
    while (pos + 8 <= end) {
      int number = big.getInt(pos);
      int length = big.getInt(pos + 4) * 2;
      int c = pos + 8;
      if (c + length > bytes.length || length < 4) {
        throw new InputException(shp, number, "record " + number + " runs past the end of the file (truncated .shp)");
      }
      int st = little.getInt(c);
      if (st != 0) {
        if (st != 5 && st != 15 && st != 25) {
          throw new InputException(shp, number, "record " + number + " has shape type " + st + "; only polygons are read");
        }
        out.add(polygon(shp, number, little, c, length, gf));
        numbers.add(number);
      }
      pos = c + length;
    }
  }

  private static int countNulls(byte[] bytes) {
    ByteBuffer big = ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN);
    ByteBuffer little = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    int n = 0;
    int end = Math.min(bytes.length, big.getInt(24) * 2);
    for (int pos = 100; pos + 12 <= end; pos += 8 + big.getInt(pos + 4) * 2) {
      n += little.getInt(pos + 8) == 0 ? 1 : 0;
    }
    return n;
  }

  private static Geometry polygon(Path shp, int number, ByteBuffer le, int c, int length, GeometryFactory gf) {
    int parts = le.getInt(c + 36);
    int points = le.getInt(c + 40);
    int xy = c + 44 + 4 * parts;
    if (parts < 1 || points < 4 || xy + 16L * points > c + length) {
      throw new InputException(shp, number, "record " + number + ": " + parts + " parts / " + points
          + " points do not fit the record; the file is damaged");
    }
    List<LinearRing> shells = new ArrayList<>();
    List<LinearRing> holes = new ArrayList<>();
    for (int p = 0; p < parts; p++) {
      int from = le.getInt(c + 44 + 4 * p);
      int to = p + 1 < parts ? le.getInt(c + 44 + 4 * (p + 1)) : points;
      if (from < 0 || to > points || to - from < 4) {
        throw new InputException(shp, number, "record " + number + ", part " + p + ": ring of " + (to - from)
            + " points (a ring needs at least 4, closed)");
      }
      Coordinate[] cs = new Coordinate[to - from];
      for (int i = from; i < to; i++) {
        cs[i - from] = new Coordinate(le.getDouble(xy + 16 * i), le.getDouble(xy + 16 * i + 8));
      }
      if (!cs[0].equals2D(cs[cs.length - 1])) {
        throw new InputException(shp, number, "record " + number + ", part " + p + ": the ring does not end where it starts");
      }
      LinearRing ring = gf.createLinearRing(cs);
      (Orientation.isCCW(cs) ? holes : shells).add(ring);
    }
    if (shells.isEmpty()) { // some writers ignore the orientation rule: take the rings as shells
      shells.addAll(holes);
      holes.clear();
    }
    List<List<LinearRing>> holesOf = new ArrayList<>();
    List<Polygon> shellPolys = new ArrayList<>();
    for (LinearRing s : shells) {
      holesOf.add(new ArrayList<>());
      shellPolys.add(gf.createPolygon(s));
    }
    for (LinearRing h : holes) {
      int owner = 0;
      for (int i = 0; i < shellPolys.size(); i++) {
        if (shellPolys.get(i).contains(h.getInteriorPoint())) {
          owner = i;
          break;
        }
      }
      holesOf.get(owner).add(h);
    }
    Polygon[] polys = new Polygon[shells.size()];
    for (int i = 0; i < polys.length; i++) {
      polys[i] = gf.createPolygon(shells.get(i), holesOf.get(i).toArray(new LinearRing[0]));
    }
    return polys.length == 1 ? polys[0] : gf.createMultiPolygon(polys);
  }

  /** The records of the dBase file as name to trimmed text, or null when there is no .dbf. */
  static List<Map<String, String>> readDbf(Path shp, Path dbf) {
    if (!Files.isRegularFile(dbf)) {
      return null;
    }
    byte[] b;
    try {
      b = Files.readAllBytes(dbf);
    } catch (IOException e) {
      throw new InputException(dbf, 0, "cannot read the attribute file (" + e.getMessage() + ")", e);
    }
    ByteBuffer le = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
    if (b.length < 32) {
      throw new InputException(dbf, 0, "not a dBase file: " + b.length + " bytes");
    }
    int records = le.getInt(4);
    int headerLength = le.getShort(8) & 0xFFFF;
    int recordLength = le.getShort(10) & 0xFFFF;
    Charset cs = charset(sibling(shp, ".cpg"));
    List<String> names = new ArrayList<>();
    List<int[]> widths = new ArrayList<>();
    int offset = 1; // deletion flag
    for (int f = 32; f + 32 <= headerLength && b[f] != 0x0D; f += 32) {
      int len = 0;
      while (len < 11 && b[f + len] != 0) {
        len++;
      }
      names.add(new String(b, f, len, StandardCharsets.US_ASCII).trim());
      int w = b[f + 16] & 0xFF;
      widths.add(new int[] {offset, w});
      offset += w;
    }
    if ((long) headerLength + (long) records * recordLength > b.length) {
      throw new InputException(dbf, 0, records + " records of " + recordLength + " bytes do not fit the file (truncated .dbf)");
    }
    List<Map<String, String>> out = new ArrayList<>(records);
    for (int r = 0; r < records; r++) {
      int base = headerLength + r * recordLength;
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < names.size(); i++) {
        int[] w = widths.get(i);
        row.put(names.get(i), new String(b, base + w[0], w[1], cs).trim());
      }
      out.add(row);
    }
    return out;
  }

  private static Charset charset(Path cpg) {
    try {
      if (Files.isRegularFile(cpg)) {
        return Charset.forName(Files.readString(cpg, StandardCharsets.US_ASCII).trim());
      }
    } catch (IOException | IllegalArgumentException e) {
      // unknown or unreadable code page: fall back below
    }
    return Charset.forName("windows-1252");
  }

  /**
   * The EPSG code of a {@code .prj}: its trailing AUTHORITY, else ETRS89/WGS84 UTM zone N (258NN/326NN),
   * else 4326 for a geographic WGS84/ETRS89 CRS; 0 without a .prj.
   *
   * @throws InputException when the CRS is none of these
   */
  static int epsg(Path prj) {
    if (!Files.isRegularFile(prj)) {
      return 0;
    }
    String wkt;
    try {
      wkt = Files.readString(prj, StandardCharsets.ISO_8859_1).trim();
    } catch (IOException e) {
      throw new InputException(prj, 0, "cannot read the projection file (" + e.getMessage() + ")", e);
    }
    String u = wkt.toUpperCase(Locale.ROOT);
    Matcher a = AUTHORITY.matcher(u);
    if (a.find()) {
      return Integer.parseInt(a.group(1));
    }
    boolean etrs = u.contains("ETRS") || u.contains("ETRF");
    boolean wgs = u.contains("WGS_1984") || u.contains("WGS 84") || u.contains("WGS84");
    if (u.startsWith("PROJCS")) {
      Matcher m = UTM.matcher(u.replace("UTM ZONE ", "UTM_ZONE_"));
      if (m.find() && (etrs || wgs)) {
        int zone = Integer.parseInt(m.group(1));
        return etrs ? 25800 + zone : 32600 + zone;
      }
    } else if (u.startsWith("GEOGCS") && (etrs || wgs)) {
      return 4326;
    }
    throw new InputException(prj, 1, "unsupported coordinate system " + wkt.substring(0, Math.min(80, wkt.length()))
        + "...; convert the shapefile to EPSG:25832 (ETRS89 / UTM 32N) or WGS84 longitude/latitude");
  }
}
