package dev.partnerkit.adapter.tencent;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies a received request's TC3 signature the way the vendor does (spec 5.3, "how a simulator should verify"),
 * written separately from the production signer so that a shared mistake cannot hide.
 */
final class IndependentTc3Verifier {

  private static final Pattern AUTHORIZATION =
      Pattern.compile(
          "TC3-HMAC-SHA256 Credential=([^/]+)/(\\d{4}-\\d{2}-\\d{2})/([^/]+)/tc3_request, "
              + "SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})");

  private IndependentTc3Verifier() {}

  /**
   * The problem with a request's signature, or null when it verifies.
   *
   * @param keysById the SecretKey of each known SecretId
   * @param headers the received header value by name (case-insensitive lookup)
   * @param body the received body bytes
   */
  static String problem(Map<String, String> keysById, Function<String, String> headers, byte[] body) throws Exception {
    String authorization = headers.apply("Authorization");
    if (authorization == null) {
      return "no Authorization header";
    }
    Matcher m = AUTHORIZATION.matcher(authorization);
    if (!m.matches()) {
      return "malformed Authorization header";
    }
    String secretKey = keysById.get(m.group(1));
    if (secretKey == null) {
      return "unknown SecretId";
    }
    String date = m.group(2);
    String service = m.group(3);
    long timestamp = Long.parseLong(headers.apply("X-TC-Timestamp"));
    if (!Instant.ofEpochSecond(timestamp).atZone(ZoneOffset.UTC).toLocalDate().toString().equals(date)) {
      return "scope date is not the UTC date of X-TC-Timestamp";
    }
    StringBuilder canonicalHeaders = new StringBuilder();
    for (String name : m.group(4).split(";")) {
      String value = headers.apply(name);
      if (value == null) {
        return "signed header " + name + " was not received";
      }
      canonicalHeaders.append(name).append(':').append(value.trim().toLowerCase(Locale.ROOT)).append('\n');
    }
    String canonicalRequest =
        "POST\n/\n\n" + canonicalHeaders + "\n" + m.group(4) + "\n" + hex(sha256(body));
    String stringToSign =
        "TC3-HMAC-SHA256\n"
            + timestamp
            + "\n"
            + date
            + "/"
            + service
            + "/tc3_request\n"
            + hex(sha256(canonicalRequest.getBytes(StandardCharsets.UTF_8)));
    byte[] k = hmac(("TC3" + secretKey).getBytes(StandardCharsets.UTF_8), date);
    k = hmac(k, service);
    k = hmac(k, "tc3_request");
    String expected = hex(hmac(k, stringToSign));
    return MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.US_ASCII), m.group(5).getBytes(StandardCharsets.US_ASCII))
        ? null
        : "signature mismatch";
  }

  private static byte[] sha256(byte[] bytes) throws Exception {
    return MessageDigest.getInstance("SHA-256").digest(bytes);
  }

  private static byte[] hmac(byte[] key, String message) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key, "HmacSHA256"));
    return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
  }

  private static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }

}
