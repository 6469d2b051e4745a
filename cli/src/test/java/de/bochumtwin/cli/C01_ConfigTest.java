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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 3: our own config (--config, MATSim's format) reports every unknown key and invalid value
 * together, with lines, before any work starts; --matsim-config lists unsupported options in run.json
 * instead of ignoring them silently.
 */
class C01_ConfigTest {
  @TempDir
  Path tmp;

  String config(String extra) {
    Path eq = TestData.equil("config.xml").getParent();
    return """
        <?xml version="1.0" ?>
        <config>
          <module name="network"><param name="inputNetworkFile" value="%s"/></module>
          <module name="plans"><param name="inputPlansFile" value="%s"/></module>
          <module name="controller"><param name="lastIteration" value="2"/></module>
        %s
        </config>
        """.formatted(eq.resolve("network.xml"), eq.resolve("plans100.xml"), extra);
  }

  @Test
  void strictConfigReportsAllErrorsBeforeWork() throws IOException {
    Path f = tmp.resolve("bad.xml");
    Files.writeString(f, config("""
          <module name="qsim"><param name="stuckTime" value="ten"/><param name="flowCapacityFactor" value="0.5"/></module>
          <module name="vspExperimental"><param name="isAbleToFly" value="true"/></module>
          <module name="replanning"><parameterset type="strategysettings"><param name="strategyName" value="Teleport"/></parameterset></module>
        """));
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream old = System.err;
    int code;
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      code = TwinCommand.execute("run", "--config", f.toString(), "--out", tmp.resolve("out").toString());
    } finally {
      System.setErr(old);
    }
    String msg = err.toString(StandardCharsets.UTF_8);
    assertEquals(2, code, msg);
    assertTrue(msg.contains("3 problem(s)"), "each problem once, no follow-up errors: " + msg);
    assertTrue(msg.contains("qsim.stuckTime = 'ten' at line 6"), msg);
    assertTrue(msg.contains("vspExperimental.isAbleToFly=true (line 7)"), msg);
    assertTrue(msg.contains("strategy 'Teleport' (line 8)"), msg);
    assertFalse(Files.exists(tmp.resolve("out")), "no work done, no output");
  }

  @Test
  void matsimConfigListsUnsupportedOptionsInRunJson() throws IOException {
    Path f = tmp.resolve("matsim.xml");
    Files.writeString(f, config("""
          <module name="vspExperimental"><param name="isAbleToFly" value="true"/></module>
        """));
    Path out = tmp.resolve("run");
    assertEquals(0, TestData.run("run", "--matsim-config", f.toString(), "--out", out.toString()));
    String unsupported = TestData.one("SELECT json_extract_string(settings, '$.unsupported_config_options') FROM read_json_auto('"
        + out.resolve("run.json") + "')");
    assertTrue(unsupported.contains("vspExperimental.isAbleToFly=true (line 6)"), unsupported);
    assertEquals("3", TestData.one("SELECT count(*) FROM read_parquet('" + out.resolve("iterations.parquet") + "')"));
  }
}
