package dev.partnerkit.sandbox.huawei;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP request as received: method, raw path and query, headers (names lower-cased) and the exact body bytes,
 * plus the decoded query parameters and, once parsed, the JSON body.
 */
record WireRequest(
    String method,
    String rawPath,
    String rawQuery,
    Map<String, List<String>> headers,
    byte[] body,
    Map<String, List<String>> query) {

  /** The first value of header {@code name} (any case), if present. */
  Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** The first value of query parameter {@code name}, if present and not empty. */
  Optional<String> queryParameter(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() || values.get(0).isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** The body as a JSON object; an empty body is an empty object. */
  JsonNode json() {
    return Fields.parseObject(body);
  }

  /** The percent-decoded path. */
  String path() {
    return QueryString.percentDecode(rawPath);
  }
}
