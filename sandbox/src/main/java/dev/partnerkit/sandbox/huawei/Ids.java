package dev.partnerkit.sandbox.huawei;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;

/** Huawei-shaped identifiers: 32 lower-case hex characters (customer ids, generated account names, request ids). */
final class Ids {
  private static final SecureRandom RANDOM = new SecureRandom();

  private Ids() {}

  /** A fresh random 32-hex id. */
  static String hex32() {
    byte[] b = new byte[16];
    RANDOM.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  /** A stable 32-hex id derived from {@code seed}. */
  static String hex32(String seed) {
    return SdkHmacSha256.sha256Hex(seed.getBytes(StandardCharsets.UTF_8)).substring(0, 32);
  }
}
