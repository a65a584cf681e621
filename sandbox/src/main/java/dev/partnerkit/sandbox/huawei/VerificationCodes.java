package dev.partnerkit.sandbox.huawei;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The registration codes "sent" by SendVerificationMessageCode, per mobile number or email address, and their checks
 * by CreateSubCustomer: wrong ({@code CBC.99004010}), expired ({@code CBC.99004008}), more than 3 failed checks
 * ({@code CBC.99004009}). A code is used up by a successful registration.
 */
final class VerificationCodes {
  static final int MAX_FAILURES = 3;

  private final Clock clock;
  private final Map<String, Issued> byTarget = new ConcurrentHashMap<>();

  VerificationCodes(Clock clock) {
    this.clock = clock;
  }

  private record Issued(String code, Instant expiresAt, int failures) {}

  /** Issues a fresh 6-digit code for {@code target}, valid for {@code validity}. */
  private volatile dev.partnerkit.sandbox.shared.FixedCode fixed = new dev.partnerkit.sandbox.shared.FixedCode();

  /** Issues the code {@code fixed} holds, when it holds one, instead of a random one. */
  void useFixed(dev.partnerkit.sandbox.shared.FixedCode fixed) {
    this.fixed = fixed;
  }

  void issue(String target, Duration validity) {
    byTarget.put(key(target), new Issued(fixed.get().orElseGet(Ids::sixDigits), clock.instant().plus(validity), 0));
  }

  /** Forgets every code issued (the fixed code, if any, stays). */
  void clear() {
    byTarget.clear();
  }

  Optional<String> last(String target) {
    return Optional.ofNullable(byTarget.get(key(target))).map(Issued::code);
  }

  /** Checks {@code code} for {@code target}; throws the Huawei error when it does not pass. */
  void check(String target, String code) {
    Issued issued = byTarget.get(key(target));
    if (issued == null) {
      throw new HuaweiError(400, "CBC.99004010", "The verification code is incorrect.");
    }
    if (issued.failures() > MAX_FAILURES) {
      throw new HuaweiError(400, "CBC.99004009", "The verification code failed validation more than 3 times.");
    }
    if (!clock.instant().isBefore(issued.expiresAt())) {
      throw new HuaweiError(400, "CBC.99004008", "The verification code has expired.");
    }
    if (!SdkHmacSha256.same(issued.code(), code)) {
      byTarget.put(key(target), new Issued(issued.code(), issued.expiresAt(), issued.failures() + 1));
      throw new HuaweiError(400, "CBC.99004010", "The verification code is incorrect.");
    }
  }

  void consume(String target) {
    byTarget.remove(key(target));
  }

  private static String key(String target) {
    return target.strip().toLowerCase(java.util.Locale.ROOT);
  }
}
