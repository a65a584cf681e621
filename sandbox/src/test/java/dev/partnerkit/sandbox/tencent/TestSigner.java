package dev.partnerkit.sandbox.tencent;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An independent TC3-HMAC-SHA256 signer written from the spec (section 5.3) for the tests; it shares no code with the
 * sandbox's verifier.
 */
final class TestSigner {

  private TestSigner() {}

  /**
   * The Authorization header for a POST to {@code /}.
   *
   * @param signedHeaders header name (any case) to value; must include content-type and host
   */
  static String authorization(
      String secretId, String secretKey, String service, long timestamp, Map<String, String> signedHeaders,
      String body) {
    String date = Instant.ofEpochSecond(timestamp).atZone(ZoneOffset.UTC).toLocalDate().toString();
    return authorization(secretId, secretKey, service, date, timestamp, signedHeaders, body);
  }

  static String authorization(
      String secretId, String secretKey, String service, String date, long timestamp,
      Map<String, String> signedHeaders, String body) {
    TreeMap<String, String> sorted = new TreeMap<>();
    signedHeaders.forEach((k, v) -> sorted.put(k.toLowerCase(), v.trim().toLowerCase()));
    StringBuilder canonicalHeaders = new StringBuilder();
    sorted.forEach((k, v) -> canonicalHeaders.append(k).append(':').append(v).append('\n'));
    String names = String.join(";", sorted.keySet());
    String canonicalRequest =
        "POST\n/\n\n" + canonicalHeaders + "\n" + names + "\n" + hex(sha256(body.getBytes(StandardCharsets.UTF_8)));
    String scope = date + "/" + service + "/tc3_request";
    String stringToSign =
        "TC3-HMAC-SHA256\n" + timestamp + "\n" + scope + "\n"
            + hex(sha256(canonicalRequest.getBytes(StandardCharsets.UTF_8)));
    byte[] kDate = hmac(("TC3" + secretKey).getBytes(StandardCharsets.UTF_8), date);
    byte[] kService = hmac(kDate, service);
    byte[] kSigning = hmac(kService, "tc3_request");
    String signature = hex(hmac(kSigning, stringToSign));
    return "TC3-HMAC-SHA256 Credential=" + secretId + "/" + scope + ", SignedHeaders=" + names + ", Signature="
        + signature;
  }

  private static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] hmac(byte[] key, String msg) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(msg.getBytes(StandardCharsets.UTF_8));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String hex(byte[] bytes) {
    StringBuilder sb = new StringBuilder();
    for (byte b : bytes) {
      sb.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
    }
    return sb.toString();
  }
}
