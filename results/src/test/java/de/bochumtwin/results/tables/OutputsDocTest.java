package de.bochumtwin.results.tables;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.bochumtwin.results.parquet.TableSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/outputs.md must contain every output table's generated data dictionary verbatim. */
class OutputsDocTest {
  @Test
  void dataDictionaryIsUpToDate() throws Exception {
    Path doc = findDoc();
    assumeTrue(doc != null, "docs/outputs.md not found above " + Path.of("").toAbsolutePath() + ": skipping");
    String text = Files.readString(doc);
    for (TableSchema s : OutputTables.all()) {
      assertTrue(text.contains(s.toMarkdown()), () -> doc + " is out of date for " + s.fileName()
          + "; replace its section with:\n\n" + s.toMarkdown());
    }
  }

  private static Path findDoc() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path d = p.resolve("docs/outputs.md");
      if (Files.isRegularFile(d)) {
        return d;
      }
    }
    return null;
  }
}
