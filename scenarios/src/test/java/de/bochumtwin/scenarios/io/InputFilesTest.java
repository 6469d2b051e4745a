package de.bochumtwin.scenarios.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bochumtwin.scenarios.matsim.NetworkReader;
import de.bochumtwin.scenarios.matsim.PopulationReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {
  @TempDir Path tmp;

  private static Path example(String relative) {
    Path dir = Path.of(System.getProperty("twin.shared.data", "../../shared/data")).resolve("matsim-examples");
    Assumptions.assumeTrue(Files.isDirectory(dir), "shared data not found at " + dir + ": skipping");
    return dir.resolve(relative);
  }

  private static void assertMessage(InputException e, Path file, int line, String problem, String fix) {
    String msg = e.getMessage();
    assertTrue(msg.startsWith(file.toString()), msg);
    assertEquals(line, e.line(), msg);
    if (line == 0) {
      assertTrue(msg.startsWith(file + ": "), "no line part when unknown: " + msg);
    }
    assertTrue(msg.contains(problem), msg);
    assertTrue(msg.contains(fix), msg);
  }

  @Test
  void messageFormat() {
    Path f = Path.of("dir", "plans.xml");
    assertEquals("dir/plans.xml:12: bad; fix it".replace('/', java.io.File.separatorChar),
        new InputException(f, 12, "bad; fix it").getMessage());
    assertEquals(f + ": bad; fix it", new InputException(f, 0, "bad; fix it").getMessage());
    assertEquals(f + ": bad; fix it", new InputException(f, -3, "bad; fix it").getMessage());
    assertEquals("bad; fix it", new InputException(f, 3, "bad; fix it").problem());
  }

  @Test
  void missingFile() {
    Path f = tmp.resolve("nope.xml");
    InputException e = assertThrows(InputException.class, () -> NetworkReader.read(f));
    assertMessage(e, f, 0, "file not found", "check the path");
  }

  @Test
  void emptyFile() throws IOException {
    Path f = Files.createFile(tmp.resolve("empty.xml"));
    InputException e = assertThrows(InputException.class, () -> NetworkReader.read(f));
    assertMessage(e, f, 0, "file is empty", "write the file again");
  }

  @Test
  void truncatedGzip() throws IOException {
    byte[] gz = Files.readAllBytes(example("equil/plans2000.xml.gz"));
    Path f = tmp.resolve("plans-truncated.xml.gz");
    Files.write(f, Arrays.copyOf(gz, gz.length / 2));
    InputException e = assertThrows(InputException.class,
        () -> PopulationReader.read(f, NetworkReader.read(example("equil/network.xml"))));
    assertMessage(e, f, 0, "truncated", "copy or download the file again");
  }

  @Test
  void corruptGzip() throws IOException {
    byte[] gz = Files.readAllBytes(example("equil/plans2000.xml.gz"));
    for (int i = 200; i < 400; i++) {
      gz[i] = (byte) (gz[i] ^ 0x5a);
    }
    Path f = tmp.resolve("plans-corrupt.xml.gz");
    Files.write(f, gz);
    InputException e = assertThrows(InputException.class,
        () -> PopulationReader.read(f, NetworkReader.read(example("equil/network.xml"))));
    assertMessage(e, f, 0, "gzip-compressed file", "gzip -t");
  }

  @Test
  void gzipIsDetectedByMagicBytesNotByName() throws IOException {
    Path f = tmp.resolve("plans2000-without-suffix.xml");
    Files.copy(example("equil/plans2000.xml.gz"), f);
    try (InputStream in = InputFiles.open(f)) {
      String head = new String(in.readNBytes(5), StandardCharsets.UTF_8);
      assertEquals("<?xml", head);
    }
    Path plainNamedGz = tmp.resolve("network.xml.gz");
    Files.copy(example("equil/network.xml"), plainNamedGz);
    assertEquals(23, NetworkReader.read(plainNamedGz).linkCount());
  }

  @Test
  void atomicOutputLeavesOldFileWhenNotCommitted() throws IOException {
    Path target = tmp.resolve("out.txt");
    Files.writeString(target, "old");
    try (AtomicOutput out = AtomicOutput.create(target)) {
      out.writer().write("half-written");
      out.writer().flush();
      assertEquals("old", Files.readString(target));
    }
    assertEquals("old", Files.readString(target));
    assertEquals(1, countFiles(), "temporary file deleted");

    assertThrows(IOException.class, () -> AtomicOutput.write(target, w -> {
      w.write("partial");
      throw new IOException("disk full (simulated)");
    }));
    assertEquals("old", Files.readString(target));
    assertEquals(1, countFiles());

    AtomicOutput.write(target, w -> w.write("new"));
    assertEquals("new", Files.readString(target));
    assertEquals(1, countFiles());
  }

  @Test
  void atomicOutputGzipsByName() throws IOException {
    Path target = tmp.resolve("sub/dir/out.txt.gz");
    AtomicOutput.write(target, w -> w.write("hello"));
    byte[] bytes = Files.readAllBytes(target);
    assertEquals(0x1f, bytes[0] & 0xff);
    assertEquals(0x8b, bytes[1] & 0xff);
    try (InputStream in = InputFiles.open(target)) {
      assertEquals("hello", new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    assertFalse(Files.exists(tmp.resolve("sub/dir/out.txt")));
  }

  private long countFiles() throws IOException {
    try (Stream<Path> s = Files.list(tmp)) {
      return s.count();
    }
  }
}
