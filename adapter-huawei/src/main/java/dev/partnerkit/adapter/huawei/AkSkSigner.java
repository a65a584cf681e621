package dev.partnerkit.adapter.huawei;

import dev.partnerkit.adapter.support.Sha256;
import dev.partnerkit.domain.Secret;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Huawei Cloud's {@code SDK-HMAC-SHA256} AK/SK request signer (spec section 11.2), as the official Java SDK computes
 * it:
 *
 * <ol>
 *   <li>{@code X-Sdk-Date} ({@code yyyyMMdd'T'HHmmss'Z'}, UTC) from the request if present, else from the clock;
 *   <li>signed headers: every header except {@code Content-Type} and names containing {@code _}, plus {@code host}
 *       and {@code x-sdk-date}, lower-cased and sorted;
 *   <li>canonical URI: each path segment encoded and followed by {@code /} (so it always ends in {@code /});
 *   <li>canonical query: encoded keys sorted, one {@code k=v} per value;
 *   <li>payload hash: hex SHA-256 of the exact body bytes (or the {@code X-Sdk-Content-Sha256} header);
 *   <li>signature: hex HMAC-SHA256 keyed with the SK over {@code ALG\nDATE\nhex(sha256(canonicalRequest))}.
 * </ol>
 *
 * <p>Thread-safe. Never logs.
 */
final class AkSkSigner {

  static final String ALGORITHM = "SDK-HMAC-SHA256";
  static final String X_SDK_DATE = "X-Sdk-Date";
  static final String AUTHORIZATION = "Authorization";
  private static final String CONTENT_SHA256 = "X-Sdk-Content-Sha256";
  private static final DateTimeFormatter SDK_DATE =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  /** The UTF-8 bytes of the last secret key signed with, kept so that each thread's {@code Mac} stays initialized. */
  private static volatile KeyBytes lastKey;

  private final Clock clock;

  AkSkSigner(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * The headers to add to {@code request}: {@code Authorization} and, unless the request already carries one,
   * {@code X-Sdk-Date}. The request's own {@code Host} header, if any, wins over its authority.
   */
  Map<String, String> sign(SigningRequest request, String accessKey, Secret secretKey) {
    Map<String, String> added = new LinkedHashMap<>();
    String date = request.header(X_SDK_DATE);
    if (date == null) {
      date = SDK_DATE.format(clock.instant());
      added.put(X_SDK_DATE, date);
    }
    TreeMap<String, String> signed = signedHeaders(request, date, true);
    String signedNames = String.join(";", signed.keySet());
    String signature = signature(canonicalRequest(request, signed), date, secretKey);
    added.put(
        AUTHORIZATION,
        ALGORITHM + " Access=" + accessKey + ", SignedHeaders=" + signedNames + ", Signature=" + signature);
    return added;
  }

  /** The canonical request for {@code request} as it would be signed (for tests and diagnostics; no secret in it). */
  String canonicalRequest(SigningRequest request) {
    return canonicalRequest(request, true);
  }

  /**
   * The canonical request; {@code signHost=false} leaves {@code host} out unless the request sets a {@code Host}
   * header, as the Go SDK's bare signer does (only used to check the Go SDK's published vectors).
   */
  String canonicalRequest(SigningRequest request, boolean signHost) {
    String date = request.header(X_SDK_DATE);
    if (date == null) {
      date = SDK_DATE.format(clock.instant());
    }
    return canonicalRequest(request, signedHeaders(request, date, signHost));
  }

  /** The hex signature of {@code canonicalRequest} at {@code date} with {@code secretKey}. */
  static String signature(String canonicalRequest, String date, Secret secretKey) {
    String stringToSign =
        ALGORITHM + "\n" + date + "\n" + sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
    return hmacHex(secretKey, stringToSign);
  }

  private static TreeMap<String, String> signedHeaders(SigningRequest request, String date, boolean signHost) {
    TreeMap<String, String> signed = new TreeMap<>();
    request.headers().forEach((name, value) -> {
      if (!name.equalsIgnoreCase("Content-Type") && !name.contains("_")) {
        signed.put(name.toLowerCase(Locale.ROOT), value);
      }
    });
    String host = request.header("Host");
    if (host != null || signHost) {
      signed.put("host", host != null ? host : request.authority());
    }
    signed.put("x-sdk-date", date);
    return signed;
  }

  private static String canonicalRequest(SigningRequest request, TreeMap<String, String> signed) {
    StringBuilder headers = new StringBuilder();
    signed.forEach((name, value) -> headers.append(name).append(':').append(value).append('\n'));
    String contentHash = request.header(CONTENT_SHA256);
    String payloadHash = contentHash != null ? contentHash : sha256Hex(request.body());
    return request.method().toUpperCase(Locale.ROOT)
        + "\n" + canonicalUri(request.path())
        + "\n" + canonicalQuery(request.query())
        + "\n" + headers
        + "\n" + String.join(";", signed.keySet())
        + "\n" + payloadHash;
  }

  static String canonicalUri(String path) {
    if (path.isEmpty() || path.equals("/")) {
      return "/";
    }
    StringBuilder uri = new StringBuilder();
    for (String segment : path.split("/")) {
      uri.append(Rfc3986.encode(segment)).append('/');
    }
    return uri.toString();
  }

  static String canonicalQuery(List<QueryParameter> query) {
    TreeMap<String, List<String>> sorted = new TreeMap<>();
    for (QueryParameter p : query) {
      sorted.computeIfAbsent(Rfc3986.encode(p.key()), k -> new ArrayList<>()).add(Rfc3986.encode(p.value()));
    }
    List<String> pairs = new ArrayList<>();
    sorted.forEach((key, values) -> values.forEach(v -> pairs.add(key + "=" + v)));
    return String.join("&", pairs);
  }

  static String sha256Hex(byte[] bytes) {
    return Sha256.hex(bytes);
  }

  private static String hmacHex(Secret key, String data) {
    return Sha256.hmacHex(keyBytes(key), data.getBytes(StandardCharsets.UTF_8));
  }

  /** A secret key and its UTF-8 bytes; never shown. */
  private record KeyBytes(Secret secret, byte[] bytes) {
    @Override
    public String toString() {
      return "KeyBytes[******]";
    }
  }

  /** The UTF-8 bytes of {@code key}: the same array as long as the same key signs. */
  private static byte[] keyBytes(Secret key) {
    KeyBytes last = lastKey;
    if (last != null && last.secret() == key) {
      return last.bytes();
    }
    byte[] bytes = key.reveal().getBytes(StandardCharsets.UTF_8);
    lastKey = new KeyBytes(key, bytes);
    return bytes;
  }
}
