package dev.partnerkit.adapter.support;

import dev.partnerkit.ports.IdempotencyKey;
import java.time.Instant;
import java.util.Objects;

/**
 * A write journal event, for a {@link CallListener}.
 *
 * @param kind what happened
 * @param key the caller's idempotency key
 * @param operation the journaled operation (e.g. {@code tencent.AllocateCustomerCredit})
 * @param at when
 */
public record JournalEvent(Kind kind, IdempotencyKey key, String operation, Instant at) implements CallEvent {

  /** What happened to a key. */
  public enum Kind {
    /** The key was claimed for a first attempt: the write goes to the vendor. */
    CLAIMED,
    /** The key was done already: its first result was returned, nothing was sent. */
    REPLAYED,
    /** An earlier attempt's outcome was unknown and the vendor was asked what happened. */
    RECONCILED,
    /** The outcome is still unknown: the key stays claimed until it is known or an operator resolves it. */
    UNRESOLVED,
    /** The write certainly did nothing: the key is free again. */
    RELEASED
  }

  public JournalEvent {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(at, "at");
  }
}
