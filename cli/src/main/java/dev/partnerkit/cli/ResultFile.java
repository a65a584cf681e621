package dev.partnerkit.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code <input>.results.csv}: one line per row, written and flushed as each row is done, so that a killed run leaves
 * what it did; the next run writes it afresh (rows done before are then {@code REPLAYED}, with their ids).
 */
final class ResultFile implements AutoCloseable {

  static final String[] COLUMNS = {"row", "outcome", "customer id", "account name", "error code", "message"};

  /** What became of a row. */
  enum Outcome {
    /** This run created the account. */
    CREATED,
    /** An earlier run created it (the journal knows its id); nothing was created now. */
    REPLAYED,
    /** An earlier attempt's answer was lost (a crash, a kill, a dropped connection); the account was found. */
    RECONCILED,
    /**
     * Not settled: the account exists but the vendor has not finished binding it to the partner (id given), or the
     * outcome of the create is not known yet (no id; run the same import again, it looks the account up first).
     */
    PENDING,
    /** The row breaks the vendor's rules (with {@code --skip-invalid}); nothing was sent. */
    INVALID,
    /** The vendor refused or failed; the error code and message say why. */
    FAILED
  }

  private final Path path;
  private final CSVPrinter printer;

  private ResultFile(Path path, CSVPrinter printer) {
    this.path = path;
    this.printer = printer;
  }

  /** The result file of {@code input}, started afresh. */
  static ResultFile next(Path input) {
    Path path = input.resolveSibling(input.getFileName() + ".results.csv");
    try {
      Writer writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
      return new ResultFile(path, new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(COLUMNS).get()));
    } catch (IOException e) {
      throw CliException.badInput("cannot write the result file " + path + ": " + e.getMessage());
    }
  }

  private static String safe(String cell) {
    return cell == null ? null : Rows.spreadsheetSafe(cell);
  }

  Path path() {
    return path;
  }

  void write(long row, Outcome outcome, String customerId, String accountName, String errorCode, String message) {
    try {
      // vendor text (names, messages) escaped as spreadsheet-safe CSV
      printer.printRecord(row, outcome, safe(customerId), safe(accountName), safe(errorCode), safe(message));
      printer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the result file " + path, e);
    }
  }

  @Override
  public void close() {
    try {
      printer.close(true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the result file " + path, e);
    }
  }
}
