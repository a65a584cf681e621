package dev.partnerkit.sandbox.tencent;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Verifies a request's TC3-HMAC-SHA256 signature as Tencent does: the canonical request is rebuilt from the headers
 * actually received (those named in SignedHeaders) and the raw body, and signed again with the key of the SecretId.
 * The credential scope's date must be the UTC date of {@code X-TC-Timestamp}, its service the product
 * ({@code intlpartnersmgt}) or the first label of the received {@code Host} (an SDK pointed at {@code 127.0.0.1:PORT}
 * signs with service {@code 127}), and the timestamp within 300 s of the sandbox clock, either way.
 */
final class SignatureVerifier {

  static final String SERVICE = "intlpartnersmgt";
  static final long MAX_SKEW_SECONDS = 300;

  /** Signing keys derived lately, by SecretId, date and service; cleared when it grows past this many. */
  private static final int DERIVED_KEYS_KEPT = 256;

  private final Map<String, String> keysById;
  private final Clock clock;
  private final Map<String, byte[]> derivedKeys = new ConcurrentHashMap<>();

  SignatureVerifier(Map<String, String> keysById, Clock clock) {
    this.keysById = Map.copyOf(keysById);
    this.clock = clock;
  }

  /**
   * Checks one request; throws {@link TencentError} with the AuthFailure code Tencent would answer.
   *
   * @param headers the received headers, by lower-case name (first value of each)
   */
  void verify(String method, String query, Map<String, String> headers, byte[] body) {
    verify(checkHeaders(headers), method, query, headers, body);
  }

  /**
   * As {@link #verify(String, String, Map, byte[])}, for a request whose headers {@link #checkHeaders} has passed.
   */
  void verify(Tc3Authorization auth, String method, String query, Map<String, String> headers, byte[] body) {
    long timestamp = timestamp(headers.get("x-tc-timestamp"));
    String canonical = canonicalRequest(method, query, auth.signedHeaders(), headers, body);
    if (canonical == null) {
      throw new TencentError(
          Codes.AUTH_SIGNATURE_FAILURE, "A header named in SignedHeaders was not received.");
    }
    String expected =
        Tc3.signature(signingKey(auth), Tc3.stringToSign(timestamp, auth.credentialScope(), canonical));
    if (!MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.US_ASCII), auth.signature().getBytes(StandardCharsets.US_ASCII))) {
      throw new TencentError(
          Codes.AUTH_SIGNATURE_FAILURE,
          "The provided credentials could not be validated. Please check your signature is correct.");
    }
  }

  /**
   * The checks the headers alone allow, made before the body is read: the Authorization header's form, the SecretId
   * known, the timestamp within the skew, the credential scope's date and service; throws {@link TencentError}.
   */
  Tc3Authorization checkHeaders(Map<String, String> headers) {
    Tc3Authorization auth =
        Tc3Authorization.parse(headers.get("authorization"))
            .orElseThrow(
                () ->
                    new TencentError(
                        Codes.AUTH_INVALID_AUTHORIZATION,
                        "The Authorization header is missing or is not a TC3-HMAC-SHA256 authorization."));
    String secretKey = keysById.get(auth.secretId());
    if (secretKey == null) {
      throw new TencentError(Codes.AUTH_SECRET_ID_NOT_FOUND, "The SecretId is not found, please ensure that your SecretId is correct.");
    }
    long timestamp = timestamp(headers.get("x-tc-timestamp"));
    long now = clock.instant().getEpochSecond();
    if (Math.abs(now - timestamp) > MAX_SKEW_SECONDS) {
      throw new TencentError(
          Codes.AUTH_SIGNATURE_EXPIRE,
          "Signature expired. Timestamp and server time cannot differ by more than five minutes (timestamp "
              + timestamp + ", server time " + now + ").");
    }
    String expectedDate = Instant.ofEpochSecond(timestamp).atZone(ZoneOffset.UTC).toLocalDate().toString();
    if (!auth.date().equals(expectedDate)) {
      throw new TencentError(
          Codes.AUTH_SIGNATURE_FAILURE,
          "The date of the credential scope (" + auth.date() + ") is not the UTC date of X-TC-Timestamp ("
              + expectedDate + ").");
    }
    if (!auth.service().equals(SERVICE) && !auth.service().equals(firstHostLabel(headers.get("host")))) {
      throw new TencentError(
          Codes.AUTH_SIGNATURE_FAILURE,
          "The service of the credential scope (" + auth.service() + ") is neither " + SERVICE
              + " nor the first label of the Host header.");
    }
    return auth;
  }

  /**
   * The key of the request's SecretId for its date and service: derived once (three HMACs) and kept, since a client
   * signs every request of a day with the same one.
   */
  private byte[] signingKey(Tc3Authorization auth) {
    String cacheKey = auth.secretId() + "/" + auth.date() + "/" + auth.service();
    byte[] key = derivedKeys.get(cacheKey);
    if (key == null) {
      key = Tc3.signingKey(keysById.get(auth.secretId()), auth.date(), auth.service());
      if (derivedKeys.size() >= DERIVED_KEYS_KEPT) {
        derivedKeys.clear();
      }
      derivedKeys.put(cacheKey, key);
    }
    return key;
  }

  /** The canonical request, or null when a signed header is missing. */
  static String canonicalRequest(
      String method, String query, List<String> signedHeaders, Map<String, String> headers, byte[] body) {
    TreeMap<String, String> signed = new TreeMap<>();
    for (String name : signedHeaders) {
      String value = headers.get(name);
      if (value == null) {
        return null;
      }
      signed.put(name, value.strip().toLowerCase(java.util.Locale.ROOT));
    }
    StringBuilder canonicalHeaders = new StringBuilder();
    signed.forEach((name, value) -> canonicalHeaders.append(name).append(':').append(value).append('\n'));
    String payloadHash =
        "UNSIGNED-PAYLOAD".equals(headers.get("x-tc-content-sha256"))
            ? Tc3.sha256Hex("UNSIGNED-PAYLOAD")
            : Tc3.sha256Hex(body);
    return method + "\n/\n" + (query == null ? "" : query) + "\n" + canonicalHeaders + "\n"
        + String.join(";", signed.keySet()) + "\n" + payloadHash;
  }

  private static long timestamp(String header) {
    if (header == null || header.isBlank()) {
      throw new TencentError(Codes.MISSING_PARAMETER, "The request is missing a required parameter `Timestamp`.");
    }
    try {
      return Long.parseLong(header.strip());
    } catch (NumberFormatException e) {
      throw new TencentError(Codes.INVALID_PARAMETER, "The parameter `Timestamp` must be an integer (UNIX seconds).");
    }
  }

  private static String firstHostLabel(String host) {
    if (host == null) {
      return "";
    }
    String h = host.strip();
    int colon = h.lastIndexOf(':');
    if (colon > 0 && h.indexOf(']') < colon) {
      h = h.substring(0, colon);
    }
    int dot = h.indexOf('.');
    return dot < 0 ? h : h.substring(0, dot);
  }
}
