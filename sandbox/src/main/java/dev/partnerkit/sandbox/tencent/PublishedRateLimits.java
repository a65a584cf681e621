package dev.partnerkit.sandbox.tencent;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
    try (InputStream in = PublishedRateLimits.class.getResourceAsStream(TABLE)) {
      if (in == null) {
        throw new IllegalStateException(TABLE + " is not on the class path (the sandbox depends on the spec module)");
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t");
        out.put(cells[0].strip(), Integer.parseInt(cells[2].strip()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + TABLE, e);
    }
    return Map.copyOf(out);
  }
}
