package de.bochumtwin.results.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.bochumtwin.results.parquet.TableSchema;
import de.bochumtwin.results.tables.OutputTables;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/data-dictionary.md is the generated {@link DataDictionary#markdown()}: a writer that gains a column
 * (a schema in {@link OutputTables}) without the committed dictionary being regenerated fails here.
 */
class DataDictionaryDocTest {
  @Test
  void everyWriterColumnIsInTheCommittedDictionary() throws Exception {
    Path doc = findDoc();
    assumeTrue(doc != null, "docs/data-dictionary.md not found above " + Path.of("").toAbsolutePath() + ": skipping");
    String text = Files.readString(doc);
    java.util.List<TableSchema> all = new java.util.ArrayList<>(OutputTables.all());
    all.addAll(de.bochumtwin.results.sweep.SweepTables.all());
    for (TableSchema s : all) {
      for (TableSchema.Column c : s.columns()) {
        String row = "| `" + c.name() + "` | " + c.type().name() + " | ";
        String section = sectionOf(text, s.fileName());
        assertTrue(section.contains(row), () -> doc + " lacks column " + s.name() + "." + c.name()
            + "; replace the file with the output of DataDictionary.markdown():\n\n" + DataDictionary.markdown());
      }
    }
    assertEquals(DataDictionary.markdown(), text, "docs/data-dictionary.md is not the generated dictionary;"
        + " replace it with the output of DataDictionary.markdown()");
  }

  @Test
  void dictionaryListsEveryTableOnce() {
    String md = DataDictionary.markdown();
    for (TableSchema s : DataDictionary.tables()) {
      String heading = "#### `" + s.fileName() + "`";
      assertEquals(md.indexOf(heading), md.lastIndexOf(heading), heading);
      assertTrue(md.contains(s.toMarkdown()), s.name());
    }
    assertEquals(OutputTables.all().size() + 1 + de.bochumtwin.results.sweep.SweepTables.all().size(),
        DataDictionary.tables().size());
  }

  private static String sectionOf(String text, String fileName) {
    int start = text.indexOf("#### `" + fileName + "`");
    if (start < 0) {
      return "";
    }
    int end = text.indexOf("\n#### ", start + 1);
    return text.substring(start, end < 0 ? text.length() : end);
  }

  private static Path findDoc() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path d = p.resolve("docs/data-dictionary.md");
      if (Files.isRegularFile(d)) {
        return d;
      }
    }
    return null;
  }
}
