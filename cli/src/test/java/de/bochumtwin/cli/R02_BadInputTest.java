package de.bochumtwin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 2, must show 5: each kind of bad input gives one clear message naming the file, the line or
 * element and the fix, exit code 2, and no output folder (not even a temporary one).
 */
class R02_BadInputTest {
  @TempDir
  Path tmp;

  static final String NET_HEAD = """
      <?xml version="1.0" encoding="utf-8"?>
      <network>
        <nodes>
          <node id="1" x="0" y="0"/>
          <node id="2" x="1000" y="0"/>
          <node id="3" x="2000" y="0"/>
        </nodes>
        <links capperiod="01:00:00">
      """;

  Path write(String name, String text) throws IOException {
    Path p = tmp.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  Path plans(String link1, String link2) throws IOException {
    return write("plans.xml", """
        <?xml version="1.0" ?>
        <population>
          <person id="p1">
            <plan selected="yes">
              <activity type="h" link="%s" end_time="07:00:00"/>
              <leg mode="car"/>
              <activity type="w" link="%s"/>
            </plan>
          </person>
        </population>
        """.formatted(link1, link2));
  }

  Path goodNetwork() throws IOException {
    return write("network.xml", NET_HEAD + """
          <link id="a" from="1" to="2" length="1000" freespeed="10" capacity="1000" permlanes="1"/>
          <link id="b" from="2" to="3" length="1000" freespeed="10" capacity="1000" permlanes="1"/>
        </links>
      </network>
      """);
  }

  /** Runs twin, returns stderr; asserts exit 2 and that neither the output folder nor a temp sibling exists. */
  String fails(String... args) {
    Path out = tmp.resolve("out");
    String[] all = Stream.concat(Arrays.stream(args), Stream.of("--out", out.toString())).toArray(String[]::new);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream old = System.err;
    int code;
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      code = TwinCommand.execute(all);
    } finally {
      System.setErr(old);
    }
    String msg = err.toString(StandardCharsets.UTF_8);
    assertEquals(2, code, "exit code for bad input; stderr: " + msg);
    assertFalse(Files.exists(out), "no output folder");
    try (Stream<Path> s = Files.list(tmp)) {
      assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith(".out")), "no temporary output folder left");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    assertEquals(1, msg.lines().filter(l -> l.startsWith("error:")).count(), "one error line: " + msg);
    return msg;
  }

  @Test
  void malformedXml() throws IOException {
    Path net = write("broken.xml", NET_HEAD + "<link id=\"a\" from=\"1\" to=\"2\"\n</links></network>");
    String msg = fails("run", "--network", net.toString(), "--plans", plans("a", "b").toString());
    assertTrue(msg.contains("broken.xml:10"), msg);
    assertTrue(msg.toLowerCase().contains("xml"), msg);
  }

  @Test
  void unknownLinkInPlan() throws IOException {
    String msg = fails("run", "--network", goodNetwork().toString(), "--plans", plans("a", "zz").toString());
    assertTrue(msg.contains("plans.xml:7"), msg);
    assertTrue(msg.contains("'zz'"), msg);
  }

  @Test
  void negativeCapacity() throws IOException {
    Path net = write("network.xml", NET_HEAD + """
          <link id="a" from="1" to="2" length="1000" freespeed="10" capacity="-5" permlanes="1"/>
        </links>
      </network>
      """);
    String msg = fails("run", "--network", net.toString(), "--plans", plans("a", "a").toString());
    assertTrue(msg.contains("network.xml:9"), msg);
    assertTrue(msg.contains("capacity"), msg);
  }

  @Test
  void nanLength() throws IOException {
    Path net = write("network.xml", NET_HEAD + """
          <link id="a" from="1" to="2" length="NaN" freespeed="10" capacity="100" permlanes="1"/>
        </links>
      </network>
      """);
    String msg = fails("run", "--network", net.toString(), "--plans", plans("a", "a").toString());
    assertTrue(msg.contains("network.xml:9"), msg);
    assertTrue(msg.contains("length"), msg);
  }

  @Test
  void emptyFile() throws IOException {
    String msg = fails("run", "--network", write("empty.xml", "").toString(), "--plans", plans("a", "b").toString());
    assertTrue(msg.contains("empty.xml"), msg);
    assertTrue(msg.contains("empty"), msg);
  }

  @Test
  void truncatedGzip() throws IOException {
    byte[] gz = Files.readAllBytes(TestData.equil("plans2000.xml.gz"));
    Path half = tmp.resolve("plans-half.xml.gz");
    Files.write(half, Arrays.copyOf(gz, gz.length / 2));
    String msg = fails("run", "--network", TestData.equil("network.xml").toString(), "--plans", half.toString());
    assertTrue(msg.contains("plans-half.xml.gz"), msg);
    assertTrue(msg.toLowerCase().contains("truncated") || msg.toLowerCase().contains("corrupt"), msg);
  }

  @Test
  void unreachableDestination() throws IOException {
    // link c leads away from node 3 and nothing leads back to a: w on a is unreachable from c
    Path net = write("network.xml", NET_HEAD + """
          <link id="a" from="1" to="2" length="1000" freespeed="10" capacity="1000" permlanes="1"/>
          <link id="c" from="2" to="3" length="1000" freespeed="10" capacity="1000" permlanes="1"/>
        </links>
      </network>
      """);
    String msg = fails("run", "--network", net.toString(), "--plans", plans("c", "a").toString());
    assertTrue(msg.contains("p1"), msg);
    assertTrue(msg.contains("'a'") || msg.contains(" a "), msg);
  }

  @Test
  void missingFile() throws IOException {
    String msg = fails("run", "--network", tmp.resolve("nope.xml").toString(), "--plans", plans("a", "b").toString());
    assertTrue(msg.contains("nope.xml"), msg);
    assertTrue(msg.contains("not found"), msg);
  }

  @Test
  void existingOutputFolderIsRefusedBeforeWork() throws IOException {
    Path out = tmp.resolve("taken");
    Files.createDirectories(out);
    Files.writeString(out.resolve("keep.txt"), "earlier results");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream old = System.err;
    int code;
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      code = TwinCommand.execute("run", "--network", goodNetwork().toString(), "--plans", plans("a", "b").toString(),
          "--out", out.toString());
    } finally {
      System.setErr(old);
    }
    assertEquals(2, code, err.toString(StandardCharsets.UTF_8));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("not empty"), err.toString(StandardCharsets.UTF_8));
    assertEquals("earlier results", Files.readString(out.resolve("keep.txt")));
  }
}
