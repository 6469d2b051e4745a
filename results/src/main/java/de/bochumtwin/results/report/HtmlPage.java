package de.bochumtwin.results.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

/**
 * A self-contained HTML5 page, built section by section: headings, paragraphs, tables, PNG images
 * inlined as {@code data:image/png;base64} URIs and preformatted text. All text is escaped here, so
 * callers pass plain strings. The page carries its CSS inline and loads nothing from outside. Not
 * thread-safe; one page per report.
 */
public final class HtmlPage {
  private static final String CSS = """
      body{font-family:sans-serif;margin:1.5em auto;max-width:1100px;color:#222;line-height:1.4}
      h1{font-size:1.6em;border-bottom:2px solid #444}h2{font-size:1.25em;margin-top:1.6em;border-bottom:1px solid #bbb}
      table{border-collapse:collapse;margin:.5em 0;font-size:.92em}
      th,td{border:1px solid #ccc;padding:.2em .6em;text-align:left}th{background:#eee}
      td.num{text-align:right;font-variant-numeric:tabular-nums}
      td.up{color:#b2182b}td.down{color:#2166ac}td.absent{color:#999;font-style:italic}
      figure{margin:1em 0}figure img{max-width:100%;border:1px solid #ddd}figcaption{font-size:.9em;color:#555}
      pre{background:#f6f6f6;border:1px solid #ddd;padding:.6em;overflow-x:auto;font-size:.85em}
      .note{color:#555;font-size:.9em}
      """;

  private final String title;
  private final StringBuilder body = new StringBuilder();
  private int images;

  public HtmlPage(String title) {
    this.title = title;
  }

  /** Escapes text for element content and double-quoted attribute values. */
  public static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  public HtmlPage heading(String text) {
    body.append("<h2>").append(escape(text)).append("</h2>\n");
    return this;
  }

  public HtmlPage paragraph(String text) {
    body.append("<p>").append(escape(text)).append("</p>\n");
    return this;
  }

  public HtmlPage note(String text) {
    body.append("<p class=\"note\">").append(escape(text)).append("</p>\n");
    return this;
  }

  /** A table cell: text, a CSS class (num, up, down, absent; may be empty). */
  public record Cell(String text, String cssClass) {
    public static Cell text(String t) {
      return new Cell(t, "");
    }
  }

  /**
   * A table with a header row; each row's first cell becomes a {@code data-key} attribute of the row
   * so that tests and scripts can find a row by its key.
   */
  public HtmlPage table(String id, List<String> header, List<List<Cell>> rows) {
    body.append("<table id=\"").append(escape(id)).append("\">\n<tr>");
    for (String h : header) {
      body.append("<th>").append(escape(h)).append("</th>");
    }
    body.append("</tr>\n");
    for (List<Cell> row : rows) {
      body.append("<tr data-key=\"").append(escape(row.isEmpty() ? "" : row.get(0).text())).append("\">");
      for (Cell c : row) {
        body.append("<td");
        if (!c.cssClass().isEmpty()) {
          body.append(" class=\"").append(escape(c.cssClass())).append('"');
        }
        body.append('>').append(escape(c.text())).append("</td>");
      }
      body.append("</tr>\n");
    }
    body.append("</table>\n");
    return this;
  }

  /** An inline PNG with alternative text and a caption; {@code id} names the image for tests. */
  public HtmlPage image(String id, byte[] png, String alt, String caption) {
    images++;
    body.append("<figure><img id=\"").append(escape(id)).append("\" alt=\"").append(escape(alt))
        .append("\" src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(png)).append("\">")
        .append("<figcaption>").append(escape(caption)).append("</figcaption></figure>\n");
    return this;
  }

  /** Preformatted text (e.g. a run.json), optionally folded away under a summary line. */
  public HtmlPage preformatted(String summary, String text, boolean folded) {
    if (folded) {
      body.append("<details><summary>").append(escape(summary)).append("</summary>");
    }
    body.append("<pre>").append(escape(text)).append("</pre>");
    body.append(folded ? "</details>\n" : "\n");
    return this;
  }

  /** Number of images added so far. */
  public int imageCount() {
    return images;
  }

  public String toHtml() {
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + escape(title)
        + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n<h1>" + escape(title) + "</h1>\n" + body
        + "</body>\n</html>\n";
  }

  /** Writes the page as UTF-8; the file must not exist yet. */
  public void write(Path file) {
    try {
      Files.writeString(file, toHtml(), StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW,
          java.nio.file.StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report " + file + ": " + e.getMessage(), e);
    }
  }
}
