package de.bochumtwin.results.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bochumtwin.results.testing.Duck;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonWriterTest {
  @Test
  void escapesStringsPerRfc8259() {
    StringBuilder sb = new StringBuilder();
    JsonWriter.compact(sb).value("a\"b\\c/\n\r\t\b\f\u0001\u001f\u2028é€😀");
    assertEquals("\"a\\\"b\\\\c/\\n\\r\\t\\b\\f\\u0001\\u001f\\u2028é€😀\"", sb.toString());
  }

  @Test
  void numbersAreShortestAndIntegralDoublesHaveNoFraction() {
    StringBuilder sb = new StringBuilder();
    JsonWriter.compact(sb).beginArray().value(500000.0).value(0.9996).value(-0.0).value(1e300).value(Long.MIN_VALUE)
        .value(298.257222101).value(9007199254740993.0).endArray();
    assertEquals("[500000,0.9996,0,1.0E300,-9223372036854775808,298.257222101,9.007199254740992E15]", sb.toString());
    assertThrows(IllegalArgumentException.class, () -> JsonWriter.compact(new StringBuilder()).value(Double.NaN));
    assertThrows(IllegalArgumentException.class,
        () -> JsonWriter.compact(new StringBuilder()).value(Double.POSITIVE_INFINITY));
  }

  @Test
  void prettyAndCompactNesting() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("x", 1);
    m.put("ok", true);
    m.put("s", "v");
    StringBuilder c = new StringBuilder();
    JsonWriter w = JsonWriter.compact(c).beginObject().name("m").scalarObject(m).name("e").beginArray().endArray()
        .name("o").beginObject().endObject().name("n").nullValue().endObject();
    assertTrue(w.isComplete());
    assertEquals("{\"m\":{\"x\":1,\"ok\":true,\"s\":\"v\"},\"e\":[],\"o\":{},\"n\":null}", c.toString());
    StringBuilder p = new StringBuilder();
    JsonWriter.pretty(p, 2).beginObject().name("a").beginArray().value(1).value(2).endArray().name("b").value("c").endObject();
    assertEquals("{\n  \"a\": [\n    1,\n    2\n  ],\n  \"b\": \"c\"\n}", p.toString());
  }

  @Test
  void misuseFailsAtTheOffendingCall() {
    assertThrows(IllegalStateException.class, () -> JsonWriter.compact(new StringBuilder()).beginObject().value(1));
    assertThrows(IllegalStateException.class, () -> JsonWriter.compact(new StringBuilder()).beginArray().name("x"));
    assertThrows(IllegalStateException.class, () -> JsonWriter.compact(new StringBuilder()).beginArray().endObject());
    assertThrows(IllegalStateException.class, () -> JsonWriter.compact(new StringBuilder()).value(1).value(2));
    assertThrows(IllegalStateException.class, () -> JsonWriter.compact(new StringBuilder()).beginObject().name("a").endObject());
    assertThrows(IllegalArgumentException.class, () -> JsonWriter.compact(new StringBuilder()).scalar(new Object()));
  }

  @Test
  void independentParserReadsTrickyStringsBack() throws Exception {
    String tricky = "quote\" backslash\\ newline\n tab\t ctl\u0007 umlaut ä emoji 😀 sep\u2028";
    StringBuilder sb = new StringBuilder();
    JsonWriter.compact(sb).beginObject().name("k\"ey").value(tricky).endObject();
    try (Duck d = new Duck()) {
      String lit = "'" + sb.toString().replace("'", "''") + "'";
      assertEquals(tricky, d.value("SELECT " + lit + "::JSON->>'$.\"k\\\"ey\"'"));
    }
  }
}
