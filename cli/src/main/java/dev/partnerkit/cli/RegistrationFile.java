package dev.partnerkit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.partnerkit.domain.Violation;
import dev.partnerkit.domain.ViolationCode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * An import file of registrations, read strictly as UTF-8 and streamed (one row in memory), as often as needed: CSV
 * with a header row whose column names are the registration form's field names (row 1 is the first record after the
 * header), or JSON lines, one object of the same fields per line (row N is line N). Problems with the file as a whole
 * (empty, not UTF-8, unknown columns, broken CSV) end the command with exit code 2; problems of one row are that
 * row's violations.
 */
final class RegistrationFile {

  /** The two formats. */
  enum Format {
    CSV,
    JSONL;

    /** JSON lines for {@code .jsonl}, {@code .ndjson} and {@code .json}; CSV otherwise. */
    static Format of(Path file) {
      String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
      return name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json") ? JSONL : CSV;
    }
  }

  /** One row: its number, its fields as text, and what is wrong with it before validation (e.g. broken JSON). */
  record Row(long number, Map<String, String> values, List<Violation> problems) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path path;
  private final Format format;
  private final RegistrationForms forms;

  RegistrationFile(Path path, Format format, RegistrationForms forms) {
    this.path = path;
    this.format = format;
    this.forms = forms;
  }

  Path path() {
    return path;
  }

  /** Gives every row to {@code action}, in order. */
  void forEach(Consumer<Row> action) {
    if (Files.isDirectory(path)) {
      throw CliException.badInput(path + " is a directory; give the import file itself");
    }
    if (!Files.exists(path)) {
      throw CliException.badInput("no such file: " + path);
    }
    if (!Files.isRegularFile(path)) {
      throw CliException.badInput(path + " is not a regular file; give the import file itself");
    }
    long[] lastRow = {0};
    try (Reader reader = strictUtf8(path)) {
      if (format == Format.CSV) {
        csv(reader, row -> {
          lastRow[0] = row.number();
          action.accept(row);
        });
      } else {
        jsonLines(reader, row -> {
          lastRow[0] = row.number();
          action.accept(row);
        });
      }
    } catch (CharacterCodingException e) {
      throw notUtf8();
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        throw notUtf8();
      }
      throw CliException.badInput("cannot read " + path + " after row " + lastRow[0] + ": " + e.getMessage());
    } catch (IOException e) {
      throw CliException.badInput("cannot read " + path + ": " + e.getMessage());
    }
  }

  private void csv(Reader reader, Consumer<Row> action) throws IOException {
    CSVFormat csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
        .setIgnoreEmptyLines(true).setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW).setAllowMissingColumnNames(false)
        .get();
    CSVParser parser;
    try {
      parser = CSVParser.builder().setReader(reader).setFormat(csv).get();
    } catch (IllegalArgumentException e) {
      // not the parser's message: it quotes the header row, which may be a row of values with a password in it
      throw CliException.badInput(path + ": the header row has a column name twice or an empty one (is the header "
          + "row missing?); the columns must be the registration form's field names: "
          + String.join(", ", forms.fieldNames()));
    }
    try (parser) {
      List<String> header = parser.getHeaderNames();
      if (header.isEmpty()) {
        throw CliException.badInput(path + " is empty: the first line must be a header row with the registration "
            + "form's field names: " + String.join(", ", forms.fieldNames()));
      }
      List<String> unknown = forms.unknownFields(header);
      if (!unknown.isEmpty()) {
        List<String> shown = unknown.stream().filter(Shown::mayShow).toList();
        long hidden = unknown.size() - shown.size();
        throw CliException.badInput(path + " has unknown column(s) " + (shown.isEmpty() ? "" : shown + " ")
            + (hidden == 0 ? "" : (shown.isEmpty() ? "" : "and ") + hidden + " more not shown, as they may hold "
                + "secrets (is the header row missing?)") + "; the columns must be the registration form's field "
            + "names: " + String.join(", ", forms.fieldNames()));
      }
      Iterator<CSVRecord> records = parser.iterator();
      long number = 0;
      while (true) {
        CSVRecord record;
        try {
          if (!records.hasNext()) {
            break;
          }
          record = records.next();
        } catch (UncheckedIOException e) {
          if (e.getCause() instanceof CharacterCodingException) {
            throw notUtf8();
          }
          throw CliException.badInput(path + ": broken CSV after row " + number + ": " + e.getCause().getMessage());
        }
        number++;
        Map<String, String> values = new LinkedHashMap<>();
        List<Violation> problems = new ArrayList<>();
        if (!record.isConsistent()) {
          problems.add(Violation.of(ViolationCode.FORMAT, "row",
              "has " + record.size() + " values but the header has " + header.size() + " columns"));
        }
        for (int i = 0; i < Math.min(record.size(), header.size()); i++) {
          values.put(header.get(i), record.get(i));
        }
        action.accept(new Row(number, values, problems));
      }
    }
  }

  private void jsonLines(Reader reader, Consumer<Row> action) throws IOException {
    BufferedReader lines = new BufferedReader(reader);
    long number = 0;
    boolean any = false;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      any = true;
      Map<String, String> values = new HashMap<>();
      List<Violation> problems = new ArrayList<>();
      try {
        JsonNode node = JSON.readTree(line);
        if (node == null || !node.isObject()) {
          problems.add(Violation.of(ViolationCode.FORMAT, "row", "is not a JSON object"));
        } else {
          for (Map.Entry<String, JsonNode> field : node.properties()) {
            JsonNode v = field.getValue();
            if (v.isContainerNode()) {
              problems.add(Violation.of(ViolationCode.FORMAT, field.getKey(), "must be a text, number or boolean"));
            } else {
              values.put(field.getKey(), v.isNull() ? null : v.asText());
            }
          }
        }
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        // Jackson's message quotes the text it could not read, which may be a password: say where, never what
        com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
        problems.add(Violation.of(ViolationCode.FORMAT, "row", "is not a JSON object"
            + (at != null && at.getColumnNr() > 0 ? " (the JSON breaks at column " + at.getColumnNr() + ")" : "")
            + "; each line must be one object of registration form fields"));
      }
      action.accept(new Row(number, values, problems));
    }
    if (!any) {
      throw CliException.badInput(path + " is empty: expected one JSON object per line with the registration "
          + "form's field names: " + String.join(", ", forms.fieldNames()));
    }
  }

  private CliException notUtf8() {
    long line;
    try {
      line = lineOfFirstBadByte(path);
    } catch (IOException e) {
      line = -1;
    }
    String where = line < 1 ? "" : format == Format.CSV
        ? " (the first bad bytes are on line " + line + (line == 1 ? ", the header row" : "; line 1 is the header row")
            + ")"
        : " (the first bad bytes are on line " + line + ", row " + line + ")";
    return CliException.badInput(path + " is not valid UTF-8 text" + where + "; save it as UTF-8 and run again");
  }

  /** The line (from 1) holding the first bytes that are not UTF-8, or -1 if there are none. */
  static long lineOfFirstBadByte(Path file) throws IOException {
    java.nio.charset.CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    java.nio.ByteBuffer in = java.nio.ByteBuffer.allocate(64 * 1024);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(64 * 1024);
    long line = 1;
    try (java.io.InputStream bytes = Files.newInputStream(file)) {
      while (true) {
        int n = bytes.read(in.array(), in.arrayOffset() + in.position(), in.remaining());
        if (n > 0) {
          in.position(in.position() + n);
        }
        in.flip();
        int start = in.position();
        java.nio.charset.CoderResult result = decoder.decode(in, out, n < 0);
        for (int i = start; i < in.position(); i++) {
          if (in.get(i) == '\n') {
            line++;
          }
        }
        if (result.isError()) {
          return line;
        }
        out.clear();
        if (n < 0) {
          return -1;
        }
        in.compact();
      }
    }
  }

  /** A reader that fails on bytes that are not UTF-8 rather than replacing them, and skips a byte order mark. */
  private static Reader strictUtf8(Path file) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)));
    reader.mark(1);
    if (reader.read() != '\uFEFF') {
      reader.reset();
    }
    return reader;
  }
}
