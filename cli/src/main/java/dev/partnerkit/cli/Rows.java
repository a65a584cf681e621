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
 * takes its column widths from its first rows).
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

  /** One row; values are printed as text ({@code Option}/{@code Optional} unwrapped, absent as empty). */
  final void row(Object... values) {
    if (values.length != columns.size()) {
      throw new IllegalArgumentException(values.length + " values for " + columns.size() + " columns");
    }
    List<String> texts = new ArrayList<>(values.length);
    for (Object v : values) {
      texts.add(text(v));
    }
    print(texts);
  }

  abstract void print(List<String> texts);

  /** Ends the output (a table prints what it still holds, JSON closes its array). */
  @Override
  public abstract void close();

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
    void print(List<String> texts) {
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

    Json(PrintWriter out, List<String> columns) {
      super(out, columns);
      out.print("[");
    }

    @Override
    void print(List<String> texts) {
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
      out.println(first ? "]" : "\n]");
      out.flush();
    }
  }

  private static final class Csv extends Rows {
    private final CSVPrinter printer;

    Csv(PrintWriter out, List<String> columns) {
      super(out, columns);
      try {
        printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    void print(List<String> texts) {
      try {
        printer.printRecord(texts);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void close() {
      try {
        printer.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
