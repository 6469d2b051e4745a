package de.bochumtwin.scenarios.io;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipException;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A StAX cursor over one input file with the file's name attached, so every parse and value error
 * becomes an {@link InputException} with file and line. DTDs are not loaded and external entities are
 * not resolved (MATSim files reference DTDs over http; there is no network and no need to validate),
 * but the DOCTYPE text stays available in {@link #doctype()} because it tells a file's format version.
 *
 * <p>Not thread-safe; one instance per file read. Close it to release the file.
 */
public final class XmlInput implements AutoCloseable {
  private final Path file;
  private final InputStream in;
  private final XMLStreamReader r;
  private String doctype = "";

  private XmlInput(Path file, InputStream in, XMLStreamReader r) {
    this.file = file;
    this.in = in;
    this.r = r;
  }

  /** Opens a plain or gzip XML file (see {@link InputFiles#open(Path)}). */
  public static XmlInput open(Path file) {
    InputStream in = InputFiles.open(file);
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
    f.setProperty(XMLInputFactory.IS_COALESCING, Boolean.FALSE);
    try {
      return new XmlInput(file, in, f.createXMLStreamReader(in));
    } catch (XMLStreamException e) {
      closeQuietly(in);
      throw translate(file, e);
    } catch (InputException e) {
      closeQuietly(in);
      throw e;
    }
  }

  public Path file() {
    return file;
  }

  /** The DOCTYPE declaration seen so far ({@code ""} if none), e.g. {@code <!DOCTYPE plans SYSTEM "...plans_v4.dtd">}. */
  public String doctype() {
    return doctype;
  }

  /**
   * Advances to the next start element, end element or text event, skipping comments, processing
   * instructions and whitespace-only layout. Returns {@link XMLStreamConstants#END_DOCUMENT} at the end.
   */
  public int next() {
    try {
      while (r.hasNext()) {
        int e = r.next();
        switch (e) {
          case XMLStreamConstants.START_ELEMENT:
          case XMLStreamConstants.END_ELEMENT:
          case XMLStreamConstants.CHARACTERS:
          case XMLStreamConstants.CDATA:
            return e == XMLStreamConstants.CDATA ? XMLStreamConstants.CHARACTERS : e;
          case XMLStreamConstants.DTD:
            doctype = r.getText();
            break;
          default:
            break;
        }
      }
      return XMLStreamConstants.END_DOCUMENT;
    } catch (XMLStreamException e) {
      throw translate(file, e);
    }
  }

  /** Local name of the current start or end element. */
  public String name() {
    return r.getLocalName();
  }

  /** Text of the current CHARACTERS event. */
  public String text() {
    return r.getText();
  }

  /** Appends the current CHARACTERS event to {@code sb} without creating a String. */
  public void appendText(StringBuilder sb) {
    sb.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
  }

  /** Reads the text content of the current simple element and moves to its end element. */
  public String elementText() {
    try {
      return r.getElementText();
    } catch (XMLStreamException e) {
      throw translate(file, e);
    }
  }

  /** Line of the current event (1-based), or 0 when unknown. */
  public int line() {
    int l = r.getLocation().getLineNumber();
    return Math.max(l, 0);
  }

  public int attributeCount() {
    return r.getAttributeCount();
  }

  public String attributeName(int i) {
    return r.getAttributeLocalName(i);
  }

  public String attributeValue(int i) {
    return r.getAttributeValue(i);
  }

  /** The value of an attribute of the current start element, or null when absent. */
  public String attr(String name) {
    return r.getAttributeValue(null, name);
  }

  /** The value of a required attribute; absent or empty fails with a message naming element and attribute. */
  public String required(String name) {
    String v = r.getAttributeValue(null, name);
    if (v == null || v.isEmpty()) {
      throw error("<" + name() + "> has no '" + name + "' attribute; add " + name + "=\"...\" to the element");
    }
    return v;
  }

  /** A required attribute parsed as a double. */
  public double requiredDouble(String name) {
    return parseDouble(name, required(name));
  }

  /** An optional attribute parsed as a double, {@code fallback} when absent. */
  public double optionalDouble(String name, double fallback) {
    String v = attr(name);
    return v == null || v.isBlank() ? fallback : parseDouble(name, v);
  }

  private double parseDouble(String name, String v) {
    try {
      return Double.parseDouble(v.trim());
    } catch (NumberFormatException e) {
      throw error("attribute '" + name + "' of <" + name() + "> is '" + v + "', not a number; write a decimal number such as 12.5");
    }
  }

  /**
   * Reads a MATSim {@code <attributes>} block (current event: its start element) up to its end
   * element: name to text value, in file order. The {@code class} of each attribute is not kept.
   */
  public Map<String, String> readAttributes() {
    Map<String, String> out = new LinkedHashMap<>();
    while (true) {
      int e = next();
      if (e == XMLStreamConstants.START_ELEMENT && name().equals("attribute")) {
        String key = required("name");
        out.put(key, elementText().trim());
      } else if (e == XMLStreamConstants.START_ELEMENT) {
        skipElement();
      } else if (e == XMLStreamConstants.END_ELEMENT && name().equals("attributes")) {
        return out;
      } else if (e == XMLStreamConstants.END_DOCUMENT) {
        throw error("file ends inside <attributes>; the file is incomplete, write it again");
      }
    }
  }

  /** Skips the current start element with all its content, up to its end element. */
  public void skipElement() {
    int depth = 1;
    while (depth > 0) {
      int e = next();
      if (e == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (e == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (e == XMLStreamConstants.END_DOCUMENT) {
        throw error("file ends inside an element; the file is incomplete, write it again");
      }
    }
  }

  /** An InputException at the current line. */
  public InputException error(String message) {
    return new InputException(file, line(), message);
  }

  /** An InputException at a remembered line. */
  public InputException error(int line, String message) {
    return new InputException(file, line, message);
  }

  @Override
  public void close() {
    try {
      r.close();
    } catch (XMLStreamException ignored) {
      // closing the stream below is what matters
    }
    closeQuietly(in);
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException ignored) {
      // nothing left to do
    }
  }

  /** Maps a StAX error to an InputException, preferring the real cause (truncated gzip, read error). */
  static InputException translate(Path file, XMLStreamException e) {
    Throwable t = e;
    for (int depth = 0; t != null && depth < 10; depth++) {
      if (t instanceof InputException ie) {
        return ie;
      }
      if (t instanceof EOFException || t instanceof ZipException) {
        return InputFiles.corrupt(file, (IOException) t);
      }
      Throwable next = t.getCause();
      if (next == null && t instanceof XMLStreamException xe) {
        next = xe.getNestedException();
      }
      t = next;
    }
    Location loc = e.getLocation();
    int line = loc == null ? 0 : loc.getLineNumber();
    String col = loc == null || loc.getColumnNumber() <= 0 ? "" : " (column " + loc.getColumnNumber() + ")";
    String msg = e.getMessage() == null ? e.toString() : e.getMessage();
    // StAX prefixes its message with "ParseError at [row,col]:[l,c]\nMessage: "; keep only the message
    int m = msg.indexOf("Message: ");
    if (m >= 0) {
      msg = msg.substring(m + "Message: ".length());
    }
    return new InputException(file, line, "malformed XML" + col + ": " + msg.trim()
        + "; fix the XML syntax at this position (an unclosed tag or a stray '<' or '&' is typical)", e);
  }
}
