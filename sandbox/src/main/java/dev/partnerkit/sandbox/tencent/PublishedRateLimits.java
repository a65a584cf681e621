package dev.partnerkit.sandbox.tencent;

import dev.partnerkit.sandbox.shared.SpecTable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The per-action "Frequency Limit (maximum requests per second)" Tencent publishes, read from the {@code spec} module's
 * action table ({@code dev/partnerkit/spec/tencent-intlpartnersmgt-actions.tsv}, column {@code rate_limit_per_second}),
 * the one the adapters use too: never a copy.
 */
final class PublishedRateLimits {

  static final String TABLE = "/dev/partnerkit/spec/tencent-intlpartnersmgt-actions.tsv";

  static final Map<String, Integer> PER_SECOND = read();

  private PublishedRateLimits() {}

  private static Map<String, Integer> read() {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (String[] row : SpecTable.rows(TABLE)) {
      out.put(row[0], Integer.parseInt(row[2]));
    }
    return Map.copyOf(out);
  }
}
