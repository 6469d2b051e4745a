package de.bochumtwin.results.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The map's scale bar against a hand calculation, the class breaks, and the page escaping. One
 * horizontal link of 10 km: scale = 0.95 * 760 px / 10,000 m = 0.0722 px/m; a quarter of the map is
 * 2,632 m, so the bar is 2 km = 144.4 px, drawn 144 px long with its left half (72 px) solid black.
 */
class NetworkMapTest {
  static final GeometryFactory GF = new GeometryFactory();

  @Test
  void scaleBarOfTwoKilometresIs144PixelsLong() throws Exception {
    List<Geometry> links = List.of(GF.createLineString(new Coordinate[] {new Coordinate(370000, 5700000),
        new Coordinate(380000, 5700000)}));
    byte[] png = NetworkMap.volumePng(links, new double[] {100}, "one link", "EPSG:25832");
    BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
    int y = 50 + 660 - 40 + 4; // middle of the bar
    int first = -1;
    int black = 0;
    for (int x = 10; x < 400; x++) {
      if ((img.getRGB(x, y) & 0xffffff) == 0) {
        first = first < 0 ? x : first;
        black++;
      }
    }
    assertEquals(30, first, "bar starts 20 px inside the map frame");
    assertEquals(72, black, "solid half of a 144 px (2 km) bar");
    // the link itself: 100 veh = the top of the scale -> darkest class, 8 px wide
    int dark = 0;
    for (int yy = 0; yy < img.getHeight(); yy++) {
      dark += (img.getRGB(400, yy) & 0xffffff) == (NetworkMap.SEQUENTIAL[4].getRGB() & 0xffffff) ? 1 : 0;
    }
    assertTrue(dark >= 7 && dark <= 8, "link drawn 8 px wide in the top class: " + dark);
    assertArrayEquals(png, NetworkMap.volumePng(links, new double[] {100}, "one link", "EPSG:25832"), "deterministic");
  }

  @Test
  void changeClassesAreThirdsOfTheRoundedMaximum() {
    assertEquals(5, NetworkMap.niceCeil(4));
    assertEquals(250, NetworkMap.niceCeil(201));
    assertEquals(0.2, NetworkMap.niceCeil(0.17), 1e-12);
    assertEquals(6, NetworkMap.changeClass(4, 5));
    assertEquals(5, NetworkMap.changeClass(3, 5));
    assertEquals(4, NetworkMap.changeClass(1, 5));
    assertEquals(3, NetworkMap.changeClass(0, 5));
    assertEquals(1, NetworkMap.changeClass(-2, 5));
    assertEquals(0, NetworkMap.changeClass(-5, 5));
    assertEquals("4", NetworkMap.fmt(100 * 0.2 * 0.2));
    assertEquals("1,000", NetworkMap.fmt(1000));
  }

  @Test
  void pageEscapesTextAndReferencesNothingOutside() {
    HtmlPage p = new HtmlPage("a <b> & 'c'");
    p.paragraph("x < y && \"z\"").image("m\"x", new byte[] {1, 2}, "alt<", "cap>");
    String html = p.toHtml();
    assertTrue(html.contains("<title>a &lt;b&gt; &amp; &#39;c&#39;</title>"), html);
    assertTrue(html.contains("<p>x &lt; y &amp;&amp; &quot;z&quot;</p>"), html);
    assertTrue(html.contains("<img id=\"m&quot;x\" alt=\"alt&lt;\" src=\"data:image/png;base64,AQI=\">"), html);
    assertTrue(!html.contains("http://") && !html.contains("https://") && !html.contains("<script"), html);
  }
}
