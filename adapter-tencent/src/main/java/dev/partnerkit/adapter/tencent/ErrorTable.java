package dev.partnerkit.adapter.tencent;

import dev.partnerkit.ports.FailureKind;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Tencent error code to {@link FailureKind}, as data ({@code error-kinds.tsv}, loaded once): the exact code first,
 * then the nearest family row {@code <prefix>.*}, then {@link FailureKind#UNEXPECTED}. A code never maps to a guess.
 */
final class ErrorTable {

  private static final String FAMILY = ".*";
  private static final Map<String, FailureKind> ROWS = load();

  private ErrorTable() {}

  /** The kind of {@code code}: exact row, else nearest family, else UNEXPECTED (also for null or blank). */
  static FailureKind kindOf(String code) {
    if (code == null || code.isBlank()) {
      return FailureKind.UNEXPECTED;
    }
    FailureKind exact = ROWS.get(code);
    if (exact != null) {
      return exact;
    }
    for (int dot = code.lastIndexOf('.'); dot > 0; dot = code.lastIndexOf('.', dot - 1)) {
      FailureKind family = ROWS.get(code.substring(0, dot) + FAMILY);
      if (family != null) {
        return family;
      }
    }
    return FailureKind.UNEXPECTED;
  }

  /** The row written for exactly {@code code} (a family is written {@code Prefix.*}), if there is one. */
  static Optional<FailureKind> explicitRow(String code) {
    return Optional.ofNullable(ROWS.get(code));
  }

  /** Every row, in file order. */
  static Map<String, FailureKind> rows() {
    return ROWS;
  }

  private static Map<String, FailureKind> load() {
    Map<String, FailureKind> rows = new LinkedHashMap<>();
    for (String[] row : TsvResource.read("error-kinds.tsv", 2)) {
      if (rows.put(row[0].trim(), FailureKind.valueOf(row[1].trim())) != null) {
        throw new IllegalStateException("error-kinds.tsv: duplicate row for " + row[0]);
      }
    }
    return Map.copyOf(rows);
  }
}
