package dev.partnerkit.sandbox.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The verification codes a door "sent", one per target (a phone, a mail address), the latest replacing the previous:
 * 6 random digits, or the {@link FixedCode} when one is set; when each was sent, until when it holds, how many checks
 * it failed. Each door keeps its vendor's rules on top (Tencent: one send per 60 s, codes that do not expire;
 * Huawei: a validity, three failures, used up by a registration). Codes are never logged. Thread-safe.
 */
public final class SentCodes {

  /**
   * One code sent.
   *
   * @param code the 6 digits
   * @param sentAt when it was sent
   * @param expiresAt when it stops holding ({@link Instant#MAX} for never)
   * @param failures how many checks it failed
   */
  public record Sent(String code, Instant sentAt, Instant expiresAt, int failures) {
    @Override
    public String toString() {
      return "Sent[code=******, sentAt=" + sentAt + ", expiresAt=" + expiresAt + ", failures=" + failures + "]";
    }
  }

  private final Map<String, Sent> byTarget = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();
  private volatile FixedCode fixed = new FixedCode();

  /** Sends the code {@code fixed} holds, when it holds one, instead of random ones. */
  public void useFixed(FixedCode fixed) {
    this.fixed = Objects.requireNonNull(fixed, "fixed");
  }

  /** Sends a new code to {@code target} (replacing any earlier one) and returns what was sent. */
  public Sent send(String target, Instant now, Instant expiresAt) {
    Sent sent = new Sent(fixed.get().orElseGet(() -> String.format("%06d", random.nextInt(1_000_000))), now, expiresAt, 0);
    byTarget.put(target, sent);
    return sent;
  }

  /** The code last sent to {@code target}, if any is held. */
  public Optional<Sent> sent(String target) {
    return Optional.ofNullable(byTarget.get(target));
  }

  /** The digits last sent to {@code target}. */
  public Optional<String> last(String target) {
    return sent(target).map(Sent::code);
  }

  /** Whether {@code code} is the one last sent to {@code target} (compared in constant time). */
  public boolean matches(String target, String code) {
    Sent sent = byTarget.get(target);
    return sent != null && code != null
        && MessageDigest.isEqual(sent.code().getBytes(StandardCharsets.US_ASCII), code.getBytes(StandardCharsets.US_ASCII));
  }

  /** Counts a failed check of the code sent to {@code target}. */
  public void failed(String target) {
    byTarget.computeIfPresent(target, (t, s) -> new Sent(s.code(), s.sentAt(), s.expiresAt(), s.failures() + 1));
  }

  /** Forgets the code sent to {@code target} (used up). */
  public void forget(String target) {
    byTarget.remove(target);
  }

  /** Forgets every code sent (the fixed code, if any, stays). */
  public void clear() {
    byTarget.clear();
  }
}
