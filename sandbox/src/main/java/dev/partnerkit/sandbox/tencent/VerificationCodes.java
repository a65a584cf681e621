package dev.partnerkit.sandbox.tencent;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The SMS verification codes SendVerifyCode "sent": one 6-digit code per (calling code, phone), the latest replacing
 * the previous one, at most one send per 60 s for a phone. A code stays valid until a new one is sent for that phone
 * (it is not consumed by CreateAccount). Codes are read only through the back-channel; they are never logged.
 */
final class VerificationCodes {

  static final Duration RESEND_INTERVAL = Duration.ofSeconds(60);

  private record Sent(String code, Instant at) {}

  private final Map<String, Sent> byPhone = new HashMap<>();
  private final SecureRandom random = new SecureRandom();
  private volatile dev.partnerkit.sandbox.shared.FixedCode fixed = new dev.partnerkit.sandbox.shared.FixedCode();

  /** Sends the code {@code fixed} holds, when it holds one, instead of a random one. */
  void useFixed(dev.partnerkit.sandbox.shared.FixedCode fixed) {
    this.fixed = fixed;
  }

  /** Sends a new code; false when the previous one for this phone is less than 60 s old. */
  boolean send(String countryCode, String phone, Instant now) {
    Sent previous = byPhone.get(key(countryCode, phone));
    if (previous != null && now.isBefore(previous.at().plus(RESEND_INTERVAL))) {
      return false;
    }
    byPhone.put(key(countryCode, phone), new Sent(fixed.get().orElseGet(() -> String.format("%06d", random.nextInt(1_000_000))), now));
    return true;
  }

  /** Whether {@code code} is the one sent to this phone (compared in constant time). */
  boolean matches(String countryCode, String phone, String code) {
    Sent sent = byPhone.get(key(countryCode, phone));
    return sent != null
        && MessageDigest.isEqual(
            sent.code().getBytes(StandardCharsets.US_ASCII), code.getBytes(StandardCharsets.US_ASCII));
  }

  /** Forgets every code sent (the fixed code, if any, stays). */
  void clear() {
    byPhone.clear();
  }

  Optional<String> last(String countryCode, String phone) {
    return Optional.ofNullable(byPhone.get(key(countryCode, phone))).map(Sent::code);
  }

  private static String key(String countryCode, String phone) {
    return countryCode + " " + phone;
  }
}
