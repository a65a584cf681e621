package dev.partnerkit.adapter.support;

import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * What a {@link WriteJournal} knows about one idempotency key: the operation, the request's fingerprint, where the
 * write stands and since when. A released key has no entry. Stores keep these; {@link JournalRules} decides how they
 * change.
 *
 * @param operation the journaled operation (e.g. {@code customer.create}, {@code tencent.AllocateCustomerCredit})
 * @param fingerprint the request's fingerprint ({@link #fingerprint(String)}): the same key for another request is a
 *     conflict
 * @param state where the write stands
 * @param result the encoded result (a {@link JournalCodec}'s) when done; empty when an operator marked the key
 *     applied without one
 * @param claimedAt when the attempt that may have applied the write was claimed: reconciliation looks for effects
 *     after it
 * @param since when the current state began (an attempt in flight for longer than the journal's stale time is dead)
 */
public record JournalEntry(
    String operation, String fingerprint, State state, Option<String> result, Instant claimedAt, Instant since) {

  /** Where the write under a key stands. */
  public enum State {
    /** An attempt is running now (or its process died while it ran). */
    IN_FLIGHT,
    /** An attempt may or may not have been applied: the next claim reconciles. */
    UNKNOWN,
    /** The write was applied; its result is kept. */
    DONE
  }

  public JournalEntry {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(claimedAt, "claimedAt");
    Objects.requireNonNull(since, "since");
    if (state != State.DONE && result.isDefined()) {
      throw new IllegalArgumentException("a result only when done");
    }
  }

  /**
   * The SHA-256 (hex) of a request's identifying text, for stores outside the process: they keep no personal data
   * beyond the ids in results.
   */
  public static String fingerprint(String request) {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(request.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
