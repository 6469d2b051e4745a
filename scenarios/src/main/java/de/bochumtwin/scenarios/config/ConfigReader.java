package de.bochumtwin.scenarios.config;

import de.bochumtwin.scenarios.io.InputException;
import de.bochumtwin.scenarios.io.InputFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads MATSim config files ({@code <config><module name="..."><param name value/>
 * <parameterset type="...">...}) into a {@link ConfigTree}. Only the structure is checked here;
 * meaning is given by the component that uses a module.
 */
public final class ConfigReader {
  private ConfigReader() {}

  public static ConfigTree read(Path file) {
    ConfigTree tree = new ConfigTree(file);
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    try (InputStream in = InputFiles.open(file)) {
      XMLStreamReader r = f.createXMLStreamReader(in);
      Deque<ConfigTree.Group> stack = new ArrayDeque<>();
      boolean sawConfig = false;
      while (r.hasNext()) {
        int ev = r.next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          int line = r.getLocation().getLineNumber();
          switch (r.getLocalName()) {
            case "config" -> sawConfig = true;
            case "module" -> stack.push(tree.addModule(required(r, "name", file), line));
            case "parameterset" -> {
              if (stack.isEmpty()) {
                throw new InputException(file, line, "<parameterset> outside a <module>; move it into its module");
              }
              stack.push(stack.peek().addSet(required(r, "type", file), line));
            }
            case "param" -> {
              if (stack.isEmpty()) {
                throw new InputException(file, line, "<param> outside a <module>; move it into its module");
              }
              String value = r.getAttributeValue(null, "value");
              if (value == null) {
                throw new InputException(file, line, "<param name=\"" + r.getAttributeValue(null, "name")
                    + "\"> has no value attribute; add value=\"...\"");
              }
              stack.peek().put(new ConfigTree.Param(required(r, "name", file), value.trim(), line));
            }
            default -> throw new InputException(file, line, "unexpected element <" + r.getLocalName()
                + "> in a config file; expected <module>, <param> or <parameterset>");
          }
        } else if (ev == XMLStreamConstants.END_ELEMENT) {
          String n = r.getLocalName();
          if (n.equals("module") || n.equals("parameterset")) {
            stack.pop();
          }
        }
      }
      if (!sawConfig) {
        throw new InputException(file, 0, "no <config> element; this is not a MATSim config file");
      }
    } catch (XMLStreamException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
      throw new InputException(file, line, "malformed XML (" + e.getMessage().replaceAll("\\s+", " ")
          + "); fix the XML syntax at that line");
    } catch (IOException e) {
      throw new InputException(file, 0, "cannot read the file (" + e.getMessage() + ")");
    }
    return tree;
  }

  private static String required(XMLStreamReader r, String attr, Path file) {
    String v = r.getAttributeValue(null, attr);
    if (v == null || v.isBlank()) {
      throw new InputException(file, r.getLocation().getLineNumber(), "<" + r.getLocalName() + "> needs a '" + attr + "' attribute");
    }
    return v.trim();
  }
}
