package de.bochumtwin.results.compare;

import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/** Reads back what the report tests check in a report.html: table rows by key and the inline images by id. */
final class ReportHtml {
  private ReportHtml() {}

  /** Rows of the table with {@code id}: key (first cell) to all cell texts, unescaped. */
  static Map<String, List<String>> table(String html, String id) {
    int a = html.indexOf("<table id=\"" + id + "\">");
    if (a < 0) {
      throw new AssertionError("no table " + id);
    }
    String t = html.substring(a, html.indexOf("</table>", a));
    Map<String, List<String>> rows = new LinkedHashMap<>();
    Matcher r = Pattern.compile("<tr data-key=\"[^\"]*\">(.*?)</tr>").matcher(t);
    while (r.find()) {
      List<String> cells = new ArrayList<>();
      Matcher c = Pattern.compile("<td[^>]*>(.*?)</td>").matcher(r.group(1));
      while (c.find()) {
        cells.add(unescape(c.group(1)));
      }
      rows.put(cells.get(0), cells);
    }
    return rows;
  }

  /** Every inline image: id to decoded picture (fails when an image is not a readable PNG data URI). */
  static Map<String, BufferedImage> images(String html) throws Exception {
    Map<String, BufferedImage> out = new LinkedHashMap<>();
    Matcher m = Pattern.compile("<img id=\"([^\"]*)\" alt=\"[^\"]*\" src=\"([^\"]*)\">").matcher(html);
    while (m.find()) {
      String src = m.group(2);
      if (!src.startsWith("data:image/png;base64,")) {
        throw new AssertionError("image " + m.group(1) + " is not inline: " + src.substring(0, Math.min(60, src.length())));
      }
      BufferedImage img = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(src.substring(22))));
      if (img == null) {
        throw new AssertionError("image " + m.group(1) + " does not decode");
      }
      out.put(m.group(1), img);
    }
    return out;
  }

  /** The bytes of the inline PNG with {@code id}. */
  static byte[] pngBytes(String html, String id) {
    Matcher m = Pattern.compile("<img id=\"" + Pattern.quote(id) + "\" alt=\"[^\"]*\" src=\"data:image/png;base64,([^\"]*)\">")
        .matcher(html);
    if (!m.find()) {
      throw new AssertionError("no inline PNG " + id);
    }
    return Base64.getDecoder().decode(m.group(1));
  }

  static String unescape(String s) {
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
  }

  /** Number of pixels with exactly this RGB colour. */
  static int count(BufferedImage img, java.awt.Color c) {
    int n = 0;
    int rgb = c.getRGB() & 0xffffff;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        n += (img.getRGB(x, y) & 0xffffff) == rgb ? 1 : 0;
      }
    }
    return n;
  }
}
