package dev.partnerkit.sandbox.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A table of the {@code spec} module (tab-separated, {@code #} comments), read from the class path: the vendor data the
 * adapters read too, never a copy in the sandbox.
 */
public final class SpecTable {

  private SpecTable() {}

  /**
   * The rows of {@code resource} (an absolute class-path name such as {@code /dev/partnerkit/spec/x.tsv}), each split on
   * tabs, without blank and comment lines.
   *
   * @throws IllegalStateException when the table is not on the class path
   */
  public static List<String[]> rows(String resource) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = SpecTable.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the class path (the sandbox depends on the spec module)");
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] cells = line.split("\t");
          for (int i = 0; i < cells.length; i++) {
            cells[i] = cells[i].strip();
          }
          rows.add(cells);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return List.copyOf(rows);
  }
}
