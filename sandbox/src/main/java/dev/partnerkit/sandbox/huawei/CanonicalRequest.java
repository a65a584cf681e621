package dev.partnerkit.sandbox.huawei;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The canonical request of Huawei's {@code SDK-HMAC-SHA256} signature (spec section 11.2), rebuilt from what was
 * received: {@code METHOD \n URI/ \n query \n headers \n signedHeaders \n sha256(body)}.
 */
final class CanonicalRequest {
  private CanonicalRequest() {}

  /**
   * @param method the HTTP method
   * @param decodedPath the percent-decoded path
   * @param query the decoded query parameters
   * @param signedHeaders lower-case header name to value, for the headers named in {@code SignedHeaders}
   * @param payloadHash lower-hex SHA-256 of the body bytes (or the {@code X-Sdk-Content-Sha256} value)
   */
  static String of(
      String method,
      String decodedPath,
      Map<String, List<String>> query,
      Map<String, String> signedHeaders,
      String payloadHash) {
    StringBuilder sb = new StringBuilder();
    sb.append(method).append('\n');
    sb.append(uri(decodedPath)).append('\n');
    sb.append(query(query)).append('\n');
    TreeMap<String, String> sorted = new TreeMap<>(signedHeaders);
    sorted.forEach((name, value) -> sb.append(name).append(':').append(value.strip()).append('\n'));
    sb.append('\n');
    sb.append(String.join(";", sorted.keySet())).append('\n');
    sb.append(payloadHash);
    return sb.toString();
  }

  /** Each path segment encoded, joined by {@code /}, always ending in {@code /}. */
  static String uri(String decodedPath) {
    String[] segments = decodedPath.split("/");
    List<String> encoded = new ArrayList<>();
    for (String s : segments) {
      encoded.add(QueryString.encode(s));
    }
    String joined = String.join("/", encoded);
    return joined.endsWith("/") ? joined : joined + "/";
  }

  /** Keys and values encoded, sorted by key (then value), joined by {@code &}. */
  static String query(Map<String, List<String>> query) {
    TreeMap<String, List<String>> sorted = new TreeMap<>();
    query.forEach((k, v) -> sorted.put(QueryString.encode(k), v.stream().map(QueryString::encode).sorted().toList()));
    List<String> pairs = new ArrayList<>();
    sorted.forEach((k, values) -> values.forEach(v -> pairs.add(k + "=" + v)));
    return String.join("&", pairs);
  }
}
