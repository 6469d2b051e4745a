package de.bochumtwin.results.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bochumtwin.results.testing.Duck;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CrsDefinitionsTest {
  @Test
  void normalisesSpellingsAndDefaults() {
    assertEquals("EPSG:25832", CrsDefinitions.normalize(null));
    assertEquals("EPSG:25832", CrsDefinitions.normalize(" epsg:25832 "));
    assertEquals("EPSG:25833", CrsDefinitions.normalize("urn:ogc:def:crs:EPSG::25833"));
    assertEquals("Atlantis", CrsDefinitions.normalize("Atlantis"));
    assertEquals(Optional.of(25832), CrsDefinitions.supportedEpsgCode("EPSG:25832"));
    assertEquals(Optional.empty(), CrsDefinitions.projjson("Atlantis"));
    assertEquals(Optional.empty(), CrsDefinitions.projjson("EPSG:4326"), "lon/lat is not a supported output CRS");
  }

  /** The published EPSG parameters of ETRS89 / UTM 32N and 33N, read back from the JSON by DuckDB. */
  @Test
  void projjsonHasThePublishedParameters() throws Exception {
    try (Duck d = new Duck()) {
      for (int zone : new int[] {32, 33}) {
        String j = "'" + CrsDefinitions.projjson("EPSG:258" + zone).orElseThrow() + "'::JSON";
        List<Object> r = d.row("SELECT " + j + "->>'$.type', " + j + "->>'$.name', (" + j + "->>'$.id.code')::INT, "
            + j + "->>'$.base_crs.name', (" + j + "->>'$.base_crs.id.code')::INT, "
            + "(" + j + "->>'$.base_crs.datum.ellipsoid.semi_major_axis')::DOUBLE, "
            + "(" + j + "->>'$.base_crs.datum.ellipsoid.inverse_flattening')::DOUBLE, "
            + j + "->>'$.conversion.method.name', "
            + "(" + j + "->>'$.conversion.parameters[0].value')::DOUBLE, "
            + "(" + j + "->>'$.conversion.parameters[1].value')::DOUBLE, "
            + "(" + j + "->>'$.conversion.parameters[2].value')::DOUBLE, "
            + "(" + j + "->>'$.conversion.parameters[3].value')::DOUBLE, "
            + "(" + j + "->>'$.conversion.parameters[4].value')::DOUBLE, "
            + j + "->>'$.coordinate_system.subtype', " + j + "->>'$.coordinate_system.axis[0].abbreviation', "
            + j + "->>'$.coordinate_system.axis[1].unit'");
        double centralMeridian = zone == 32 ? 9 : 15;
        assertEquals(List.of("ProjectedCRS", "ETRS89 / UTM zone " + zone + "N", 25800 + zone, "ETRS89", 4258,
            6378137.0, 298.257222101, "Transverse Mercator", 0.0, centralMeridian, 0.9996, 500000.0, 0.0, "Cartesian",
            "E", "metre"), r);
      }
    }
  }

  @Test
  void geoMetadataWithUnknownCrsStillHasTheCrsKey() {
    String g = GeoParquetMetadata.singleColumn("geom", List.of("Point"), null, Optional.empty());
    assertEquals("{\"version\":\"1.1.0\",\"primary_column\":\"geom\",\"columns\":{\"geom\":{\"encoding\":\"WKB\","
        + "\"geometry_types\":[\"Point\"],\"crs\":null}}}", g);
    assertTrue(CrsDefinitions.projjson(null).orElseThrow().contains("\"Longitude of natural origin\",\"value\":9,"));
  }
}
