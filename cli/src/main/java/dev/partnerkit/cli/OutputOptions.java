package dev.partnerkit.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --output table|json|csv}. */
final class OutputOptions {

  @Option(names = {"-o", "--output"}, paramLabel = "FORMAT",
      description = "table, json or csv (default: ${DEFAULT-VALUE}).")
  OutputFormat format = OutputFormat.TABLE;

  /** A printer of rows with these columns, in the chosen format. */
  Rows rows(PrintWriter out, String... columns) {
    return Rows.start(format, out, List.of(columns));
  }
}
