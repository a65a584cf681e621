package dev.partnerkit.sandbox.tencent;

import dev.partnerkit.sandbox.shared.FixedCode;
import dev.partnerkit.sandbox.shared.SentCodes;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The SMS verification codes SendVerifyCode "sent" (kept by the shared {@link SentCodes}): one 6-digit code per
 * (calling code, phone), the latest replacing the previous one, at most one send per 60 s for a phone. A code stays
 * valid until a new one is sent for that phone (it is not consumed by CreateAccount). Codes are read only through the
 * back-channel; they are never logged.
 */
final class VerificationCodes {

  static final Duration RESEND_INTERVAL = Duration.ofSeconds(60);

  private final SentCodes sent = new SentCodes();

  /** Sends the code {@code fixed} holds, when it holds one, instead of a random one. */
  void useFixed(FixedCode fixed) {
    sent.useFixed(fixed);
  }

  /** Sends a new code; false when the previous one for this phone is less than 60 s old. */
  boolean send(String countryCode, String phone, Instant now) {
    String target = key(countryCode, phone);
    if (sent.sent(target).filter(previous -> now.isBefore(previous.sentAt().plus(RESEND_INTERVAL))).isPresent()) {
      return false;
    }
    sent.send(target, now, Instant.MAX);
    return true;
  }

  /** Whether {@code code} is the one sent to this phone (compared in constant time). */
  boolean matches(String countryCode, String phone, String code) {
    return sent.matches(key(countryCode, phone), code);
  }

  /** Forgets every code sent (the fixed code, if any, stays). */
  void clear() {
    sent.clear();
  }

  Optional<String> last(String countryCode, String phone) {
    return sent.last(key(countryCode, phone));
  }

  private static String key(String countryCode, String phone) {
    return countryCode + " " + phone;
  }
}
