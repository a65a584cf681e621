package dev.partnerkit.adapter.huawei;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One HTTP request, ready to send: method, full URI (query already encoded), headers and body. Header values named in
 * {@link #SENSITIVE_HEADERS} are credentials. {@link #toString()} shows method and URI only.
 */
record HttpCall(String method, URI uri, Map<String, String> headers, byte[] body) {

  /** Headers whose values are credentials: never logged, never shown. */
  static final Set<String> SENSITIVE_HEADERS = Set.of("authorization", "x-auth-token", "x-subject-token");

  HttpCall {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(uri, "uri");
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    body = body == null ? null : body.clone();
  }

  static boolean isSensitive(String headerName) {
    return SENSITIVE_HEADERS.contains(headerName.toLowerCase(java.util.Locale.ROOT));
  }

  @Override
  public String toString() {
    return "HttpCall[" + method + " " + uri + "]";
  }
}
