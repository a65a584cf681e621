package dev.partnerkit.cli;

import dev.partnerkit.domain.CustomerRegistration;
import dev.partnerkit.ports.IdempotencyKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Idempotency keys derived from a registration's identity (Tencent: the email; Huawei: site, platform and platform
 * user id), so the same customer gets the same key in every run, whatever row or file it comes from.
 */
final class IdempotencyKeys {

  private IdempotencyKeys() {}

  static IdempotencyKey of(CustomerRegistration registration) {
    return IdempotencyKey.of("pk-" + sha256(registration.identity()).substring(0, 48));
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
