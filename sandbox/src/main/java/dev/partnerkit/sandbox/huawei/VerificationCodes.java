package dev.partnerkit.sandbox.huawei;

import dev.partnerkit.sandbox.shared.FixedCode;
import dev.partnerkit.sandbox.shared.SentCodes;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * The registration codes "sent" by SendVerificationMessageCode (kept by the shared {@link SentCodes}), per mobile
 * number or email address, and their checks by CreateSubCustomer: wrong ({@code CBC.99004010}), expired ({@code
 * CBC.99004008}), more than 3 failed checks ({@code CBC.99004009}). A code is used up by a successful registration.
 */
final class VerificationCodes {
  static final int MAX_FAILURES = 3;

  private final Clock clock;
  private final SentCodes sent = new SentCodes();

  VerificationCodes(Clock clock) {
    this.clock = clock;
  }

  /** Issues the code {@code fixed} holds, when it holds one, instead of a random one. */
  void useFixed(FixedCode fixed) {
    sent.useFixed(fixed);
  }

  /** Issues a fresh 6-digit code for {@code target}, valid for {@code validity}. */
  void issue(String target, Duration validity) {
    sent.send(key(target), clock.instant(), clock.instant().plus(validity));
  }

  /** Forgets every code issued (the fixed code, if any, stays). */
  void clear() {
    sent.clear();
  }

  Optional<String> last(String target) {
    return sent.last(key(target));
  }

  /** Checks {@code code} for {@code target}; throws the Huawei error when it does not pass. */
  void check(String target, String code) {
    String key = key(target);
    SentCodes.Sent issued = sent.sent(key)
        .orElseThrow(() -> new HuaweiError(400, "CBC.99004010", "The verification code is incorrect."));
    if (issued.failures() > MAX_FAILURES) {
      throw new HuaweiError(400, "CBC.99004009", "The verification code failed validation more than 3 times.");
    }
    if (!clock.instant().isBefore(issued.expiresAt())) {
      throw new HuaweiError(400, "CBC.99004008", "The verification code has expired.");
    }
    if (!sent.matches(key, code)) {
      sent.failed(key);
      throw new HuaweiError(400, "CBC.99004010", "The verification code is incorrect.");
    }
  }

  void consume(String target) {
    sent.forget(key(target));
  }

  private static String key(String target) {
    return target.strip().toLowerCase(Locale.ROOT);
  }
}
