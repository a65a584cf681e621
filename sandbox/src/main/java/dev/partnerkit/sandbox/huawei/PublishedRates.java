package dev.partnerkit.sandbox.huawei;

import dev.partnerkit.sandbox.shared.SpecTable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Huawei's published flow-control quotas, read from the {@code spec} module's operation facts ({@code
 * dev/partnerkit/spec/huawei-bss-operation-facts.tsv}, column {@code published_rate}), the table the adapter's
 * generated catalog reads too: never a copy. Where the table says {@code -} (no published limit), the documented
 * common limit applies.
 */
final class PublishedRates {

  static final String TABLE = "/dev/partnerkit/spec/huawei-bss-operation-facts.tsv";

  /**
   * The limit Huawei documents for every API without one of its own (spec section 9, "the page default is 10/s"; the
   * table's header says the same for its {@code -}).
   */
  static final int DOCUMENTED_COMMON_LIMIT = 10;

  /** Requests per second by operation name; empty for {@code -}. */
  private static final Map<String, Optional<Integer>> BY_OPERATION = read();

  private PublishedRates() {}

  /**
   * The published limit of {@code operationName}, or the common one where none is published.
   *
   * @throws IllegalStateException when the table does not list the operation
   */
  static int perSecond(String operationName) {
    Optional<Integer> rate = BY_OPERATION.get(operationName);
    if (rate == null) {
      throw new IllegalStateException(operationName + " is not in " + TABLE);
    }
    return rate.orElse(DOCUMENTED_COMMON_LIMIT);
  }

  /** Whether the table lists {@code operationName}. */
  static boolean listed(String operationName) {
    return BY_OPERATION.containsKey(operationName);
  }

  private static Map<String, Optional<Integer>> read() {
    Map<String, Optional<Integer>> out = new LinkedHashMap<>();
    for (String[] row : SpecTable.rows(TABLE)) {
      out.put(row[0], row[1].equals("-") ? Optional.empty() : Optional.of(Integer.parseInt(row[1])));
    }
    return Map.copyOf(out);
  }
}
