package de.bochumtwin.results.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bochumtwin.results.json.JsonReader;
import de.bochumtwin.results.parquet.ColumnBindings;
import de.bochumtwin.results.parquet.ParquetTableWriter;
import de.bochumtwin.results.run.RunManifest;
import de.bochumtwin.results.sweep.MemberKpis;
import de.bochumtwin.results.sweep.SweepCollector;
import de.bochumtwin.results.sweep.SweepMember;
import de.bochumtwin.results.sweep.SweepTables;
import de.bochumtwin.results.tables.LegsParquet;
import de.bochumtwin.results.tables.LinkVolumesParquet;
import de.bochumtwin.results.tables.LinksParquet;
import de.bochumtwin.results.testing.Duck;
import de.bochumtwin.results.testing.EquilRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep folder built with the writers the sweep uses (two points x two seeds of the hand-computed equil
 * run; member 3 unfinished; the KPI is 10 (point + 1) + seed) is published: every table, including the
 * hive-partitioned member tables, passes {@link DatasetChecks}; the network is published once; the
 * unfinished member is skipped and listed; a DuckDB query across members equals the per-member totals.
 */
class SweepPublisherTest {
  private static final Instant PUBLISHED = Instant.parse("2026-11-26T12:00:00Z");

  @TempDir Path tmp;

  /** The sweep folder; {@code finished} members get their marker, all but member 3 get outputs. */
  private Path sweepFolder() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("sweep"));
    Files.writeString(dir.resolve("plan.properties"), "name=equil-speed\nparameters=measures[0].limit_kmh\n"
        + "columns=measures_0_limit_kmh\npoints=2\nmembers=4\ncpus=1\nmem_gb=1\ntime=00\\:10\\:00\n");
    Files.writeString(dir.resolve("sweep.yaml"), "name: equil-speed\nseeds: 2\n");
    Files.createDirectories(dir.resolve("scenarios"));
    StringBuilder csv = new StringBuilder("member,point,seed,iterations,sample,measures_0_limit_kmh,scenario\n");
    List<SweepMember> members = new ArrayList<>();
    for (int m = 0; m < 4; m++) {
      double limit = m / 2 == 0 ? 30 : 80;
      csv.append(m).append(',').append(m / 2).append(',').append(m % 2 + 1).append(",1,0.5,").append((int) limit)
          .append(",scenarios/point-").append(m / 2).append(".yaml\n");
      members.add(new SweepMember(m, m / 2, m % 2 + 1, List.of(limit)));
    }
    Files.writeString(dir.resolve("members.csv"), csv);
    for (int p = 0; p < 2; p++) {
      Files.writeString(dir.resolve("scenarios/point-" + p + ".yaml"), "measures: []\n");
    }
    ParquetTableWriter.write(dir.resolve("members.parquet"), ColumnBindings.of(SweepTables.members(List.of("measures_0_limit_kmh"),
            List.of("measures[0].limit_kmh")))
        .int32Column("member", r -> r).int32Column("point", r -> r / 2).int64Column("seed", r -> r % 2 + 1)
        .int32Column("iterations", r -> 1).doubleColumn("sample", r -> 0.5)
        .doubleColumn("measures_0_limit_kmh", r -> r / 2 == 0 ? 30.0 : 80.0).build(), 4, Map.of());
    EquilRun er = new EquilRun();
    for (int m = 0; m < 4; m++) {
      Path run = Files.createDirectories(dir.resolve("runs").resolve(SweepMember.folderName(m)));
      LegsParquet.write(run.resolve("legs.parquet"), er.legs);
      if (m == 3) {
        continue; // killed before its outputs were complete
      }
      LinkVolumesParquet.write(run.resolve("link_volumes.parquet"), er.volumes, 0.5);
      LinksParquet.write(run.resolve("links.parquet"), er.network);
      RunManifest.builder().twinVersion("0.1.0-TEST").seed(m % 2 + 1).threads(1).javaVersion("17")
          .startedAt(Instant.parse("2026-11-26T10:00:00Z")).finishedAt(Instant.parse("2026-11-26T10:01:00Z"))
          .build().writeTo(run.resolve("run.json"));
      int point = m / 2;
      long seed = m % 2 + 1;
      ParquetTableWriter.write(run.resolve("kpis.parquet"), ColumnBindings.of(MemberKpis.SCHEMA)
          .stringColumn("kpi", r -> "vehicle_hours").stringColumn("unit", r -> "h").doubleColumn("value", r -> 10 * (point + 1) + seed)
          .int32Column("point", r -> point).int64Column("seed", r -> seed).build(), 1, Map.of());
      MemberKpis.markFinished(run, "test");
    }
    SweepCollector.collect(dir.resolve("runs"), dir.resolve("collect"), members, List.of("measures_0_limit_kmh"), 0);
    return dir;
  }

  @Test
  @SuppressWarnings("unchecked")
  void sweepPublishesPartitionedAndVerifies() throws Exception {
    Path sweep = sweepFolder();
    assertTrue(SweepPublisher.isSweep(sweep));
    Path ds = tmp.resolve("dataset");
    SweepPublisher.Result r = SweepPublisher.publish(sweep, ds, new PublishSettings(List.of(), "CC-BY-4.0", true, PUBLISHED));
    assertEquals(List.of(0, 1, 2), r.published());
    assertEquals(List.of(3), r.skipped());
    assertTrue(r.sharedNetwork());
    List<String> paths = r.resources().stream().map(DataPackage.Resource::path).toList();
    for (String p : List.of("members.parquet", "members.csv", "plan.properties", "sweep.yaml", "scenarios/point-1.yaml",
        "links.parquet", "links_wgs84.parquet", "kpi_stats.parquet", "link_stats.parquet", "kpi_diff.parquet",
        "charts/kpi_vehicle_hours.png", "member=2/legs.parquet", "member=2/link_volumes.parquet", "member=2/kpis.parquet",
        "member=2/run.json")) {
      assertTrue(paths.contains(p), p + " in " + paths);
    }
    assertFalse(paths.stream().anyMatch(p -> p.startsWith("member=3/") || p.endsWith("/links.parquet")), paths.toString());
    assertEquals(Files.readString(sweep.resolve("runs/member=1/run.json")), Files.readString(ds.resolve("member=1/run.json")));

    DatasetChecks.checkAll(ds); // every table incl. member=<n>/..., checksums of every file in every sub-folder

    String readme = Files.readString(ds.resolve("README.md"));
    assertTrue(readme.contains("members [3]"), readme);
    assertTrue(readme.contains("| members published / planned | 3 / 4 |"), readme);
    assertTrue(readme.contains("hive_partitioning = true"), readme);
    assertTrue(readme.contains("CC-BY-4.0"), readme);
    String dict = Files.readString(ds.resolve("data-dictionary.md"));
    assertTrue(dict.startsWith(DataDictionary.markdown()));
    assertTrue(dict.contains("| `measures_0_limit_kmh` | DOUBLE | no |  | Swept parameter measures[0].limit_kmh |"), dict);
    Map<String, Object> dp = JsonReader.parseObject(Files.readString(ds.resolve("datapackage.json")), "datapackage.json");
    assertEquals(3, ((List<Object>) dp.get("sources")).size(), "one source per published member manifest");
    List<String> names = ((List<Object>) dp.get("resources")).stream().map(o -> (String) ((Map<String, Object>) o).get("name")).toList();
    assertEquals(names.size(), new java.util.HashSet<>(names).size(), "unique resource names " + names);
    assertTrue(names.contains("member-0-link_volumes") && names.contains("members-csv"), names.toString());

    try (Duck duck = new Duck()) {
      String vols = Duck.lit(ds).replace("dataset'", "dataset/member=*/link_volumes.parquet'");
      long all = ((Number) duck.value("SELECT sum(volume) FROM read_parquet(" + vols + ", hive_partitioning = true)")).longValue();
      long perMember = 0;
      for (int m = 0; m < 3; m++) {
        perMember += ((Number) duck.value("SELECT sum(volume) FROM read_parquet("
            + Duck.lit(ds.resolve("member=" + m + "/link_volumes.parquet")) + ")")).longValue();
      }
      assertEquals(perMember, all);
      assertTrue(all > 0);
      assertEquals("[0, 1, 2]", duck.rows("SELECT DISTINCT member FROM read_parquet(" + vols + ", hive_partitioning = true) ORDER BY 1")
          .stream().map(x -> x.get(0)).toList().toString());
      // the README's KPI query: member values with the parameters joined from members.parquet
      List<List<Object>> kpi = duck.rows("SELECT k.member, m.measures_0_limit_kmh, k.value FROM read_parquet("
          + Duck.lit(ds).replace("dataset'", "dataset/member=*/kpis.parquet'") + ", hive_partitioning = true) k JOIN read_parquet("
          + Duck.lit(ds.resolve("members.parquet")) + ") m USING (member) ORDER BY k.member");
      assertEquals("[[0, 30.0, 11.0], [1, 30.0, 12.0], [2, 80.0, 21.0]]", kpi.toString());
      // every example query of the README runs (relative paths resolved against the dataset folder)
      String sql = readme.substring(readme.indexOf("```sql\n") + 7, readme.indexOf("```", readme.indexOf("```sql\n") + 7));
      int ran = 0;
      for (String statement : sql.split(";")) {
        String q = statement.replaceAll("(?m)^--.*$", "").trim();
        if (q.isEmpty()) {
          continue;
        }
        q = q.replaceAll("'([a-z_=*/]+\\.parquet)'", "'" + ds.toString().replace("\\", "/") + "/$1'");
        assertFalse(duck.rows(q).isEmpty(), q);
        ran++;
      }
      assertEquals(5, ran);
    }
  }

  @Test
  void differingNetworksStayPerMember() throws Exception {
    Path sweep = sweepFolder();
    // member 2's network is in another UTM zone (as if a measure had changed it): no shared links.parquet
    Files.delete(sweep.resolve("runs/member=2/links.parquet"));
    LinksParquet.write(sweep.resolve("runs/member=2/links.parquet"), de.bochumtwin.results.testing.Equil.network("EPSG:25833"));
    Path ds = tmp.resolve("dataset");
    SweepPublisher.Result r = SweepPublisher.publish(sweep, ds, new PublishSettings(List.of(), "", true, PUBLISHED));
    assertFalse(r.sharedNetwork());
    List<String> paths = r.resources().stream().map(DataPackage.Resource::path).toList();
    assertFalse(paths.contains("links.parquet"), paths.toString());
    for (int m = 0; m < 3; m++) {
      assertTrue(paths.contains("member=" + m + "/links.parquet") && paths.contains("member=" + m + "/links_wgs84.parquet"), paths.toString());
    }
    assertTrue(Files.readString(ds.resolve("README.md")).contains("each `member=<n>/` has its own `links.parquet`"));
    DatasetChecks.checkAll(ds); // GeoParquet checks of every member's network, in metres and in degrees
  }

  @Test
  void refusesStaleCollectAndSweepsWithoutFinishedMembers() throws Exception {
    Path sweep = sweepFolder();
    PublishSettings s = new PublishSettings(List.of(), "", false, PUBLISHED);
    // member 3 finishes after collect: the statistics no longer cover the finished members
    Path m3 = sweep.resolve("runs/member=3");
    for (String f : List.of("link_volumes.parquet", "links.parquet", "run.json", "kpis.parquet")) {
      Files.copy(sweep.resolve("runs/member=2").resolve(f), m3.resolve(f));
    }
    MemberKpis.markFinished(m3, "late");
    IllegalArgumentException stale = assertThrows(IllegalArgumentException.class, () -> SweepPublisher.publish(sweep, tmp.resolve("a"), s));
    assertTrue(stale.getMessage().contains("twin sweep collect"), stale.getMessage());
    for (int m = 0; m < 4; m++) {
      Files.delete(sweep.resolve("runs/member=" + m + "/_SUCCESS"));
    }
    IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> DatasetPublisher.publish(sweep, tmp.resolve("b"), s));
    assertTrue(none.getMessage().contains("none of the 4 members is finished"), none.getMessage());
    assertFalse(Files.exists(tmp.resolve("a")) || Files.exists(tmp.resolve("b")), "nothing written");
  }
}
