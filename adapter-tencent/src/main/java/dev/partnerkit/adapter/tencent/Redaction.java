package dev.partnerkit.adapter.tencent;

import dev.partnerkit.adapter.support.SecretJson;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;

/**
 * What may be logged: headers without {@code Authorization} or {@code X-TC-Token}, and text (a traced request body, a
 * vendor message that echoes a parameter) scrubbed of the secret values the request revealed.
 */
final class Redaction {

  static final String MASK = "******";
  private static final Set<String> SECRET_HEADERS = Set.of("authorization", "x-tc-token");

  private Redaction() {}

  /** {@code text} with every occurrence of each of {@code secrets} replaced by {@code ******}. */
  static String scrub(String text, Collection<String> secrets) {
    return SecretJson.scrub(text, secrets);
  }

  /** {@code name: value} for a header, with the value masked if it is a credential. */
  static String header(String name, String value) {
    return name + ": " + (SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT)) ? MASK : value);
  }
}
