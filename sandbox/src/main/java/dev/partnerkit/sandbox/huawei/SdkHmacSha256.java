package dev.partnerkit.sandbox.huawei;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The hashing of {@code SDK-HMAC-SHA256}: string to sign and signature (spec section 11.2, steps 8-9). */
final class SdkHmacSha256 {
  static final String ALGORITHM = "SDK-HMAC-SHA256";

  private SdkHmacSha256() {}

  /** Lower-hex SHA-256 of {@code bytes}. */
  static String sha256Hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code ALG \n X-Sdk-Date \n hex(sha256(canonicalRequest))}. */
  static String stringToSign(String sdkDate, String canonicalRequest) {
    return ALGORITHM + "\n" + sdkDate + "\n" + sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
  }

  /** Lower-hex HMAC-SHA256 of {@code stringToSign} keyed with the secret key's UTF-8 bytes. */
  static String signature(String secretKey, String stringToSign) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Constant-time comparison of two hex signatures. */
  static boolean same(String expected, String received) {
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.US_ASCII), received.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
  }
}
