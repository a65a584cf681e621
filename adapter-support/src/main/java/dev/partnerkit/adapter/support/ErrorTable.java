package dev.partnerkit.adapter.support;

import dev.partnerkit.ports.FailureKind;
import io.vavr.control.Option;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A vendor's error codes mapped to {@link FailureKind}, as data: a tab-separated table each adapter ships as a
 * resource (columns: match, HTTP status, kind, meaning; {@code #} starts a comment line). Lookup order: the exact
 * code; then the longest matching code family ({@code AuthFailure.*}, {@code APIGW.03*}; a family row with a status
 * applies at that status only); then a row for any other code at the answer's status ({@code *}); for an answer
 * without a vendor code (none, blank or purely numeric), a row for "no code" at that status ({@code -}). Anything
 * else is {@link FailureKind#UNEXPECTED}: an unknown code is never guessed. Immutable.
 */
public final class ErrorTable {

  /** How a row's {@code match} column matches a vendor answer. */
  public enum Match {
    /** One exact vendor code. */
    EXACT,
    /** Every code starting with the prefix before {@code *}. */
    FAMILY,
    /** Any code not matched otherwise, at the row's status ({@code *}). */
    ANY_CODE,
    /** An answer without a vendor code, at the row's status ({@code -}). */
    NO_CODE
  }

  /**
   * One row.
   *
   * @param match the code, family ({@code Prefix*}), {@code *} or {@code -}
   * @param type how {@code match} matches
   * @param status the documented HTTP status of an exact code, or the status a family, {@code *} or {@code -} row
   *     applies at; none when not given
   * @param kind the kind of a failure the row matches
   * @param meaning what the code means (may be empty)
   */
  public record Row(String match, Match type, Option<Integer> status, FailureKind kind, String meaning) {

    /** Checks that nothing is null. */
    public Row {
      Objects.requireNonNull(match, "match");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(meaning, "meaning");
    }

    private boolean appliesAt(int httpStatus) {
      return status.isEmpty() || status.get() == httpStatus;
    }
  }

  private final List<Row> rows;
  private final Map<String, Row> exact;

  private ErrorTable(List<Row> rows) {
    this.rows = List.copyOf(rows);
    this.exact = rows.stream()
        .filter(r -> r.type() == Match.EXACT)
        .collect(Collectors.toUnmodifiableMap(Row::match, Function.identity()));
  }

  /**
   * The table in the class-path resource {@code name}, relative to {@code anchor}'s package.
   *
   * @throws IllegalStateException if it is missing or malformed (the message names the line)
   */
  public static ErrorTable load(Class<?> anchor, String name) {
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing beside " + anchor.getName());
      }
      return parse(name, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  /**
   * The table {@code reader} holds ({@code name} names it in messages).
   *
   * @throws IllegalStateException if a line is malformed (the message names it) or an exact code has two rows
   */
  public static ErrorTable parse(String name, BufferedReader reader) throws IOException {
    List<Row> rows = new ArrayList<>();
    int lineNumber = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNumber++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length != 4) {
        throw new IllegalStateException(name + " line " + lineNumber + ": expected 4 tab-separated columns");
      }
      String match = cols[0].trim();
      Match type = match.equals("*") ? Match.ANY_CODE
          : match.equals("-") ? Match.NO_CODE
          : match.endsWith("*") ? Match.FAMILY
          : Match.EXACT;
      Option<Integer> status = cols[1].isBlank() ? Option.none() : Option.some(Integer.parseInt(cols[1].trim()));
      if ((type == Match.ANY_CODE || type == Match.NO_CODE) && status.isEmpty()) {
        throw new IllegalStateException(name + " line " + lineNumber + ": a status row needs a status");
      }
      rows.add(new Row(match, type, status, FailureKind.valueOf(cols[2].trim()), cols[3].trim()));
    }
    return new ErrorTable(rows);
  }

  /** Every row, in file order. */
  public List<Row> rows() {
    return rows;
  }

  /** The row for exactly {@code code} (a family is written {@code Prefix*}), if there is one. */
  public Option<Row> exactRow(String code) {
    return Option.of(exact.get(code));
  }

  /**
   * The kind of a failed answer with vendor code {@code code} (null, blank or purely numeric: no vendor code) and
   * HTTP status {@code httpStatus}.
   */
  public FailureKind classify(String code, int httpStatus) {
    boolean hasCode = code != null && !code.isBlank() && !code.chars().allMatch(Character::isDigit);
    if (!hasCode) {
      return statusRow(Match.NO_CODE, httpStatus).orElse(() -> statusRow(Match.ANY_CODE, httpStatus))
          .map(Row::kind).getOrElse(FailureKind.UNEXPECTED);
    }
    Row row = exact.get(code);
    if (row != null) {
      return row.kind();
    }
    Row family = null;
    for (Row r : rows) {
      if (r.type() == Match.FAMILY && code.startsWith(r.match().substring(0, r.match().length() - 1))
          && r.appliesAt(httpStatus) && (family == null || r.match().length() > family.match().length())) {
        family = r;
      }
    }
    return family != null ? family.kind()
        : statusRow(Match.ANY_CODE, httpStatus).map(Row::kind).getOrElse(FailureKind.UNEXPECTED);
  }

  private Option<Row> statusRow(Match type, int httpStatus) {
    return Option.ofOptional(rows.stream()
        .filter(r -> r.type() == type && r.status().contains(httpStatus))
        .findFirst());
  }
}
