package dev.partnerkit.adapter.huawei;

import dev.partnerkit.ports.FailureKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Huawei error codes mapped to {@link FailureKind}, as data ({@code huawei-error-codes.tsv}, loaded once). Lookup
 * order: the exact code; then the longest matching code family ({@code APIGW.03*}; a family row with a status applies
 * at that status only, as IAM's codes, whose meaning depends on the status); then a row for any other code at
 * the answer's HTTP status ({@code *}); for an answer without a vendor code, a row for "no code" at that status
 * ({@code -}). Anything else is {@link FailureKind#UNEXPECTED}: an unknown code is never guessed.
 */
final class ErrorTable {

  static final String RESOURCE = "huawei-error-codes.tsv";

  /** How a row's {@code match} column matches a vendor answer. */
  enum Match {
    /** One exact vendor code. */
    EXACT,
    /** Every code starting with the prefix before {@code *}. */
    FAMILY,
    /** Any code not matched otherwise, at the row's status ({@code *}). */
    ANY_CODE,
    /** An answer without a vendor code, at the row's status ({@code -}). */
    NO_CODE
  }

  /** One row: what it matches, the documented (or matched) HTTP status, the kind, and what the code means. */
  record Row(String match, Match type, OptionalInt status, FailureKind kind, String meaning) {
    Row {
      Objects.requireNonNull(match, "match");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(meaning, "meaning");
    }

    boolean matchesFamily(String code, int httpStatus) {
      return type == Match.FAMILY && code.startsWith(match.substring(0, match.length() - 1))
          && (status.isEmpty() || status.getAsInt() == httpStatus);
    }
  }

  private static final class Holder {
    static final ErrorTable STANDARD = load();
  }

  private final List<Row> rows;
  private final Map<String, Row> exact;

  private ErrorTable(List<Row> rows) {
    this.rows = List.copyOf(rows);
    this.exact = rows.stream()
        .filter(r -> r.type() == Match.EXACT)
        .collect(Collectors.toUnmodifiableMap(Row::match, Function.identity()));
  }

  /** The table shipped with the adapter, loaded once. */
  static ErrorTable standard() {
    return Holder.STANDARD;
  }

  /** Every row, in file order. */
  List<Row> rows() {
    return rows;
  }

  /** The row for exactly {@code code}, if there is one. */
  Optional<Row> exactRow(String code) {
    return Optional.ofNullable(exact.get(code));
  }

  /**
   * The kind of a failed answer with vendor code {@code code} (null, blank or purely numeric = no vendor code) and
   * HTTP status {@code httpStatus}.
   */
  FailureKind classify(String code, int httpStatus) {
    boolean hasCode = code != null && !code.isBlank() && !code.chars().allMatch(Character::isDigit);
    if (hasCode) {
      Row row = exact.get(code);
      if (row != null) {
        return row.kind();
      }
      Optional<Row> family = rows.stream()
          .filter(r -> r.matchesFamily(code, httpStatus))
          .max(Comparator.comparingInt(r -> r.match().length()));
      if (family.isPresent()) {
        return family.get().kind();
      }
      return statusRow(Match.ANY_CODE, httpStatus).map(Row::kind).orElse(FailureKind.UNEXPECTED);
    }
    return statusRow(Match.NO_CODE, httpStatus)
        .or(() -> statusRow(Match.ANY_CODE, httpStatus))
        .map(Row::kind)
        .orElse(FailureKind.UNEXPECTED);
  }

  private Optional<Row> statusRow(Match type, int httpStatus) {
    return rows.stream()
        .filter(r -> r.type() == type && r.status().isPresent() && r.status().getAsInt() == httpStatus)
        .findFirst();
  }

  static ErrorTable load() {
    try (InputStream in = ErrorTable.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the adapter-huawei jar");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  static ErrorTable parse(BufferedReader reader) throws IOException {
    List<Row> rows = new ArrayList<>();
    int lineNumber = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNumber++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length != 4) {
        throw new IllegalStateException(RESOURCE + " line " + lineNumber + ": expected 4 tab-separated columns");
      }
      String match = cols[0].trim();
      Match type = match.equals("*") ? Match.ANY_CODE
          : match.equals("-") ? Match.NO_CODE
          : match.endsWith("*") ? Match.FAMILY
          : Match.EXACT;
      OptionalInt status = cols[1].isBlank() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(cols[1].trim()));
      if ((type == Match.ANY_CODE || type == Match.NO_CODE) && status.isEmpty()) {
        throw new IllegalStateException(RESOURCE + " line " + lineNumber + ": a status row needs a status");
      }
      rows.add(new Row(match, type, status, FailureKind.valueOf(cols[2].trim()), cols[3].trim()));
    }
    return new ErrorTable(rows);
  }
}
