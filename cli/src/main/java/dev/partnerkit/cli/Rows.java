package dev.partnerkit.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one place that prints rows as a table, JSON or CSV, as they come (a listing of any length streams: a table
 * takes its column widths from its first rows). Nothing is printed before the first row or the end, so a listing
 * that fails at once prints no empty header ({@link #abandon()}). CSV text cells that a spreadsheet would run as a
 * formula are escaped ({@link #spreadsheetSafe(String)}).
 */
abstract class Rows implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  final PrintWriter out;
  final List<String> columns;

  private Rows(PrintWriter out, List<String> columns) {
    this.out = out;
    this.columns = columns;
  }

  static Rows start(OutputFormat format, PrintWriter out, List<String> columns) {
    switch (format) {
      case JSON:
        return new Json(out, columns);
      case CSV:
        return new Csv(out, columns);
      case TABLE:
      default:
        return new Table(out, columns);
    }
  }

  /**
   * One row; values are printed as text ({@code Option}/{@code Optional} unwrapped, absent as empty). Values that
   * are text (not numbers, amounts, times, enums or booleans) are marked as such for {@link #spreadsheetSafe}.
   */
  final void row(Object... values) {
    if (values.length != columns.size()) {
      throw new IllegalArgumentException(values.length + " values for " + columns.size() + " columns");
    }
    List<String> texts = new ArrayList<>(values.length);
    List<Boolean> isText = new ArrayList<>(values.length);
    for (Object v : values) {
      texts.add(text(v));
      isText.add(isText(v));
    }
    print(texts, isText);
  }

  abstract void print(List<String> texts, List<Boolean> isText);

  /** Ends the output (a table prints what it still holds, JSON closes its array). */
  @Override
  public abstract void close();

  /** Whether anything was printed yet. */
  abstract boolean started();

  /**
   * Ends the output of a listing that failed: if nothing was printed yet, nothing is (no header before the error);
   * else as {@link #close()}.
   */
  final void abandon() {
    if (started()) {
      close();
    } else {
      out.flush();
    }
  }

  private static boolean isText(Object value) {
    Object v = value;
    if (v instanceof io.vavr.control.Option<?> option) {
      v = option.getOrNull();
    } else if (v instanceof Optional<?> optional) {
      v = optional.orElse(null);
    }
    return !(v == null || v instanceof Number || v instanceof dev.partnerkit.domain.Money
        || v instanceof java.time.temporal.Temporal || v instanceof Enum<?> || v instanceof Boolean);
  }

  /**
   * A text cell a spreadsheet will not run as a formula: one starting with {@code =}, {@code +}, {@code -},
   * {@code @}, a tab or a carriage return gets a leading single quote, as the OWASP guidance on CSV injection and
   * spreadsheet-safe CSV writers do. A cell that is a plain number (such as {@code -12.5}) is left alone.
   */
  static String spreadsheetSafe(String cell) {
    if (cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0 || PLAIN_NUMBER.matcher(cell).matches()) {
      return cell;
    }
    return "'" + cell;
  }

  private static final java.util.regex.Pattern PLAIN_NUMBER =
      java.util.regex.Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");

  static String text(Object value) {
    Object v = value;
    if (v instanceof io.vavr.control.Option<?> option) {
      v = option.getOrNull();
    } else if (v instanceof Optional<?> optional) {
      v = optional.orElse(null);
    }
    return v == null ? "" : v.toString();
  }

  private static final class Table extends Rows {
    private static final int SAMPLE = 100;
    private final List<List<String>> held = new ArrayList<>();
    private int[] widths;

    Table(PrintWriter out, List<String> columns) {
      super(out, columns);
    }

    @Override
    boolean started() {
      return widths != null;
    }

    @Override
    void print(List<String> texts, List<Boolean> isText) {
      if (widths != null) {
        line(texts);
        return;
      }
      held.add(texts);
      if (held.size() >= SAMPLE) {
        flushHeld();
      }
    }

    private void flushHeld() {
      widths = new int[columns.size()];
      for (int i = 0; i < widths.length; i++) {
        widths[i] = columns.get(i).length();
        for (List<String> r : held) {
          widths[i] = Math.max(widths[i], r.get(i).length());
        }
      }
      line(columns);
      held.forEach(this::line);
      held.clear();
    }

    private void line(List<String> texts) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < texts.size(); i++) {
        b.append(i == texts.size() - 1 ? texts.get(i) : pad(texts.get(i), widths[i] + 2));
      }
      out.println(b.toString().stripTrailing());
    }

    private static String pad(String s, int width) {
      return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
    }

    @Override
    public void close() {
      if (widths == null) {
        flushHeld();
      }
      out.flush();
    }
  }

  private static final class Json extends Rows {
    private boolean first = true;
    private boolean started;

    Json(PrintWriter out, List<String> columns) {
      super(out, columns);
    }

    @Override
    boolean started() {
      return started;
    }

    private void start() {
      if (!started) {
        out.print("[");
        started = true;
      }
    }

    @Override
    void print(List<String> texts, List<Boolean> isText) {
      start();
      Map<String, String> object = new LinkedHashMap<>();
      for (int i = 0; i < texts.size(); i++) {
        object.put(columns.get(i), texts.get(i).isEmpty() ? null : texts.get(i));
      }
      try {
        out.print((first ? "\n  " : ",\n  ") + JSON.writeValueAsString(object));
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
      first = false;
    }

    @Override
    public void close() {
      start();
      out.println(first ? "]" : "\n]");
      out.flush();
    }
  }

  private static final class Csv extends Rows {
    private final CSVPrinter printer;
    private boolean started;

    Csv(PrintWriter out, List<String> columns) {
      super(out, columns);
      try {
        printer = new CSVPrinter(out, CSVFormat.RFC4180);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    boolean started() {
      return started;
    }

    private void start() throws IOException {
      if (!started) {
        printer.printRecord(columns);
        started = true;
      }
    }

    @Override
    void print(List<String> texts, List<Boolean> isText) {
      try {
        start();
        List<String> cells = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
          cells.add(isText.get(i) ? spreadsheetSafe(texts.get(i)) : texts.get(i));
        }
        printer.printRecord(cells);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void close() {
      try {
        start();
        printer.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
