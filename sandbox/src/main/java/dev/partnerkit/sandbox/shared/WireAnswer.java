package dev.partnerkit.sandbox.shared;

import java.util.Map;

/**
 * What a front door answers: an HTTP status, headers and body bytes; or, for an injected fault, nothing at all (the
 * connection is closed after the action ran).
 *
 * @param status the HTTP status
 * @param headers extra response headers
 * @param body the body, or null for none
 * @param dropConnection close the connection instead of answering
 */
public record WireAnswer(int status, Map<String, String> headers, byte[] body, boolean dropConnection) {

  /** A JSON answer. */
  public static WireAnswer json(int status, byte[] body, Map<String, String> headers) {
    java.util.Map<String, String> all = new java.util.LinkedHashMap<>(headers);
    all.putIfAbsent("Content-Type", "application/json;charset=UTF-8");
    return new WireAnswer(status, Map.copyOf(all), body, false);
  }

  /** No answer: the connection is closed. */
  public static WireAnswer drop() {
    return new WireAnswer(0, Map.of(), null, true);
  }
}
