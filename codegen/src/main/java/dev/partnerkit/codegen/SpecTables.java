package dev.partnerkit.codegen;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/** Reads a tab-separated table of the spec module from the compile classpath. */
final class SpecTables {

  static final String PACKAGE = "dev.partnerkit.spec";

  private SpecTables() {}

  /** The rows of {@code name} (comment lines starting with {@code #} and blank lines skipped), each with {@code columns} cells. */
  static List<String[]> read(Filer filer, String name, int columns) throws IOException {
    FileObject file = filer.getResource(StandardLocation.CLASS_PATH, PACKAGE, name);
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = file.openInputStream();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (cells.length != columns) {
          throw new IOException(name + ":" + number + ": expected " + columns + " cells, found " + cells.length);
        }
        for (int i = 0; i < cells.length; i++) {
          cells[i] = cells[i].strip();
        }
        rows.add(cells);
      }
    }
    return rows;
  }

  /** The path of a spec table as the generated headers name it. */
  static String path(String name) {
    return PACKAGE.replace('.', '/') + "/" + name;
  }
}
