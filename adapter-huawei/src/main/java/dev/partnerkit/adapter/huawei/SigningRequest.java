package dev.partnerkit.adapter.huawei;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the AK/SK signer needs from a request: the method, the URL authority (host, with a non-default port), the
 * raw path, the decoded query parameters, the headers that will be sent (original names) and the exact body bytes.
 */
record SigningRequest(
    String method,
    String authority,
    String path,
    List<QueryParameter> query,
    Map<String, String> headers,
    byte[] body) {

  SigningRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(authority, "authority");
    Objects.requireNonNull(path, "path");
    query = List.copyOf(query);
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    body = body == null ? new byte[0] : body.clone();
  }

  /** The value of header {@code name} (case-insensitive), or null. */
  String header(String name) {
    for (Map.Entry<String, String> e : headers.entrySet()) { // a loop, not a stream: asked three times per signature
      if (e.getKey().equalsIgnoreCase(name)) {
        return e.getValue();
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return "SigningRequest[" + method + " " + authority + path + "]";
  }
}
