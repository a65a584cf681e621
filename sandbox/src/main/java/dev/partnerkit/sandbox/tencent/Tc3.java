package dev.partnerkit.sandbox.tencent;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The primitives of TC3-HMAC-SHA256 (signature v3): SHA-256 hex, HMAC-SHA256 and the key derivation. */
final class Tc3 {

  static final String ALGORITHM = "TC3-HMAC-SHA256";
  static final String TERMINATOR = "tc3_request";

  private static final HexFormat HEX = HexFormat.of();

  // One digest and one MAC per thread: getInstance looks the algorithm up among the providers on every call.
  private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  });
  private static final ThreadLocal<Mac> HMAC = ThreadLocal.withInitial(() -> {
    try {
      return Mac.getInstance("HmacSHA256");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
    }
  });

  private Tc3() {}

  static String sha256Hex(byte[] data) {
    MessageDigest sha = SHA256.get();
    sha.reset();
    return HEX.formatHex(sha.digest(data));
  }

  static String sha256Hex(String text) {
    return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
  }

  static byte[] hmac(byte[] key, String message) {
    try {
      Mac mac = HMAC.get();
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("an HMAC-SHA256 key was refused", e);
    }
  }

  /** The signing key: HMAC chain over the date, the service and {@code tc3_request}. */
  static byte[] signingKey(String secretKey, String date, String service) {
    byte[] secretDate = hmac(("TC3" + secretKey).getBytes(StandardCharsets.UTF_8), date);
    byte[] secretService = hmac(secretDate, service);
    return hmac(secretService, TERMINATOR);
  }

  /** The string to sign for a canonical request. */
  static String stringToSign(long timestamp, String credentialScope, String canonicalRequest) {
    return ALGORITHM + "\n" + timestamp + "\n" + credentialScope + "\n" + sha256Hex(canonicalRequest);
  }

  /** The hex signature of {@code stringToSign}. */
  static String signature(String secretKey, String date, String service, String stringToSign) {
    return signature(signingKey(secretKey, date, service), stringToSign);
  }

  /** The hex signature of {@code stringToSign} with a signing key already derived. */
  static String signature(byte[] signingKey, String stringToSign) {
    return HEX.formatHex(hmac(signingKey, stringToSign));
  }
}
