package dev.partnerkit.adapter.support;

import dev.partnerkit.ports.CustomerCreated;
import dev.partnerkit.ports.IdempotencyKey;
import java.time.Instant;
import java.util.Objects;

/**
 * Where a gateway records the creates it attempts, keyed by the caller's {@link IdempotencyKey}, so that a key seen
 * again (after a retry, a crash, on another instance) returns the first result or is reconciled, and never creates
 * twice. Implementations must make {@link #claim} atomic: of two concurrent claims of a new key, exactly one is
 * {@link Claim.Granted}. The default is {@link InMemoryCreateJournal}; a shared store lets several instances share it.
 */
public interface CreateJournal {

  /**
   * Claims {@code key} for an attempt to create the customer whose identity is {@code identity}, or says what is
   * known about it already. A granted claim marks the key in flight at {@code now}.
   */
  Claim claim(IdempotencyKey key, String identity, Instant now);

  /** The attempt under {@code key} created {@code result}. */
  void done(IdempotencyKey key, CustomerCreated result, Instant now);

  /** The attempt under {@code key} may or may not have created the account: the next claim must reconcile. */
  void unknown(IdempotencyKey key, Instant now);

  /** The attempt under {@code key} certainly created nothing: the key is free again. */
  void release(IdempotencyKey key);

  /** What {@link #claim} found. */
  sealed interface Claim {

    /** The key is new (or was released): go ahead and create. */
    record Granted() implements Claim {}

    /** The key already created this customer. */
    record Done(CustomerCreated result) implements Claim {
      public Done {
        Objects.requireNonNull(result, "result");
      }
    }

    /**
     * An earlier attempt's outcome is unknown (its answer was lost, or its instance died in flight): look the
     * customer up before creating. The claim is now held by the caller, as if granted.
     */
    record Reconcile(Instant since) implements Claim {
      public Reconcile {
        Objects.requireNonNull(since, "since");
      }
    }

    /** Another attempt under this key is in flight right now (since {@code since}). */
    record InFlight(Instant since) implements Claim {
      public InFlight {
        Objects.requireNonNull(since, "since");
      }
    }

    /** The key belongs to another customer (another identity). */
    record OtherCustomer() implements Claim {}
  }
}
