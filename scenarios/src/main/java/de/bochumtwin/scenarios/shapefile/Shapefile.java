package de.bochumtwin.scenarios.shapefile;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * The polygon features of one shapefile. Immutable.
 *
 * @param shp the {@code .shp} file read
 * @param epsg EPSG code of the coordinates as read from the {@code .prj} (e.g. 25832, or 4326 for
 *     geographic WGS84/ETRS89 longitude/latitude), or 0 when there is no {@code .prj}
 * @param features in file order
 */
public record Shapefile(Path shp, int epsg, List<Feature> features) {
  public Shapefile {
    features = List.copyOf(features);
  }

  /**
   * One record.
   *
   * @param record 1-based record number of the {@code .shp}
   * @param polygon Polygon or MultiPolygon in the file's coordinates
   * @param attributes {@code .dbf} values as trimmed text, by field name (empty without a {@code .dbf})
   */
  public record Feature(int record, Geometry polygon, Map<String, String> attributes) {
    public Feature {
      attributes = Map.copyOf(attributes);
    }
  }
}
