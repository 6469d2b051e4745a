/**
 * OpenStreetMap to network: readers for {@code .osm.pbf} (osmosis-pbf) and {@code .osm}/{@code .osm.gz}
 * (JDK StAX) feeding one internal handler, the tag rules ({@link de.bochumtwin.scenarios.osm.OsmTagRules},
 * {@link de.bochumtwin.scenarios.osm.MaxSpeed}, {@link de.bochumtwin.scenarios.osm.HighwayClass}), the
 * WGS84 to UTM projection ({@link de.bochumtwin.scenarios.osm.TransverseMercator}), the importer
 * ({@link de.bochumtwin.scenarios.osm.OsmNetworkImporter}), the Bochum boundary and the resumable,
 * checksum-verified extract download ({@link de.bochumtwin.scenarios.osm.OsmDownloader}).
 *
 * <p>Invariants of an imported network: node ids are OSM node ids; every link's origId is the OSM way
 * id it came from and its id is {@code <wayId>_<segment>[_r]}; per mode, the links that allow the mode
 * form one strongly connected component; PBF and XML of the same data give identical networks.
 *
 * <p>Units: WGS84 degrees in, projected metres out; lengths in metres (grid distance in the target
 * CRS), speeds in m/s, capacities in vehicles per hour, buffers in metres. See docs/osm-import.md.
 */
package de.bochumtwin.scenarios.osm;
