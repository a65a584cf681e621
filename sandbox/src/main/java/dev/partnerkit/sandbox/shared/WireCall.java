package dev.partnerkit.sandbox.shared;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP request as the front-door server received it, before its body is read: method (upper case), raw path and
 * query, headers (names lower-cased, every value kept) and who sent it.
 *
 * @param method the request method, upper case
 * @param rawPath the path as sent (still percent-encoded)
 * @param rawQuery the query string as sent, or null
 * @param headers the headers by lower-case name
 * @param declaredLength the {@code Content-Length}, or -1 when the request did not declare one
 * @param fromLoopback whether the peer's address is a loopback address
 */
public record WireCall(
    String method, String rawPath, String rawQuery, Map<String, List<String>> headers, long declaredLength,
    boolean fromLoopback) {

  /** The first value of header {@code name} (any case), if present. */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }
}
