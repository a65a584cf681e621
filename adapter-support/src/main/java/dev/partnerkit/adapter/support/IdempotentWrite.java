package dev.partnerkit.adapter.support;

import dev.partnerkit.ports.FailureKind;
import dev.partnerkit.ports.GatewayFailure;
import dev.partnerkit.ports.IdempotencyKey;
import dev.partnerkit.ports.VendorTrace;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * Runs a {@link JournaledWrite} at most once per idempotency key, through a {@link WriteJournal}. The one place that
 * decides when to apply, when to replay, and when to reconcile:
 *
 * <ol>
 *   <li>a key already done returns its result (replayed); a key of another request (operation or fingerprint) is a
 *       {@code Conflict}; a key whose attempt is in flight is {@code OutcomeUnknown};
 *   <li>a key whose earlier attempt has an unknown outcome is reconciled first: the vendor is asked (the write's
 *       lookup, for effects since the attempt's claim); found: done; certainly absent: applied now; the vendor cannot
 *       tell: it stays unknown and is never repeated blindly;
 *   <li>a write whose answer is lost ({@code OUTCOME_UNKNOWN}) is looked up at once; if not found, the key stays
 *       unknown (claimed) and the next call reconciles again;
 *   <li>after an unknown outcome, a refusal that could mean "it was applied already" ({@link
 *       JournaledWrite#mayMeanApplied}) is looked up too, and the key stays claimed unless the lookup finds it;
 *   <li>a fresh key whose write meets such a refusal (it exists already) looks the existing one up and, if found,
 *       answers a {@code Conflict} naming it;
 *   <li>a write that certainly did nothing frees the key.
 * </ol>
 *
 * The journal is written before its state is trusted: a claim that cannot be recorded sends nothing ({@code
 * Unavailable}); a later record that cannot be written leaves the key in flight, which goes stale and is reconciled.
 * Every step is told to the {@link CallListener}.
 */
public final class IdempotentWrite {

  private final WriteJournal journal;
  private final Clock clock;
  private final String source;
  private final CallListener listener;

  /** Writes through {@code journal}; {@code source} names the adapter in local traces. */
  public IdempotentWrite(WriteJournal journal, Clock clock, String source, CallListener listener) {
    this.journal = Objects.requireNonNull(journal, "journal");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.source = Objects.requireNonNull(source, "source");
    this.listener = Objects.requireNonNull(listener, "listener");
  }

  /** The journal written to. */
  public WriteJournal journal() {
    return journal;
  }

  /**
   * The other keys of {@code write}'s operation whose outcome is open (in flight or unknown) for the same request
   * (the same fingerprint): an effect found at the vendor could be theirs as well, so a lookup that finds one effect
   * and has such keys cannot tell whose it is.
   */
  public Seq<IdempotencyKey> otherOpenClaims(JournaledWrite<?> write) {
    return journal.open(write.operation).filter(k -> !k.equals(write.key)
        && journal.entry(k).exists(e -> e.fingerprint().equals(write.fingerprint())));
  }

  /** Runs {@code write}. */
  public <T> Either<GatewayFailure, T> run(JournaledWrite<T> write) {
    Objects.requireNonNull(write.apply, "the write's apply");
    IdempotencyKey key = write.key;
    WriteJournal.Claim claim;
    try {
      claim = journal.claim(key, write.operation, write.fingerprint(), clock.instant());
    } catch (RuntimeException e) {
      return Either.left(new GatewayFailure.Unavailable(VendorTrace.local(source, "journal.unwritable",
          "the journal cannot record the claim of key " + key + "; nothing was sent: " + e.getMessage())));
    }
    if (claim instanceof WriteJournal.Claim.Done done) {
      tell(JournalEvent.Kind.REPLAYED, write);
      if (done.result().isDefined()) {
        return Either.right(write.asReplay.apply(write.codec.decode(done.result().get())));
      }
      return write.resolvedByOperator != null ? write.resolvedByOperator.get() : Either.left(new GatewayFailure.Conflict(
          "key " + key + " was marked applied by an operator; its result was not recorded",
          VendorTrace.local(source, "idempotency.resolved_by_operator", "marked applied by an operator")));
    }
    if (claim instanceof WriteJournal.Claim.OtherRequest other) {
      return Either.left(new GatewayFailure.Conflict("idempotency key " + key + " was used for another request ("
          + other.operation() + ")", VendorTrace.local(source, "idempotency.key_reused",
              "the key belongs to another request")));
    }
    if (claim instanceof WriteJournal.Claim.InFlight inFlight) {
      return Either.left(new GatewayFailure.OutcomeUnknown(
          "another attempt with key " + key + " is in flight since " + inFlight.since()
              + "; call again with the same key later",
          VendorTrace.local(source, "idempotency.in_flight", "an attempt with this key is in flight")));
    }
    if (claim instanceof WriteJournal.Claim.Reconcile reconcile) {
      tell(JournalEvent.Kind.RECONCILED, write);
      Either<GatewayFailure, JournaledWrite.Lookup<T>> found = write.lookup.apply(reconcile.claimedAt());
      if (found.isLeft()) {
        return unresolved(write, found.getLeft().trace());
      }
      if (found.get() instanceof JournaledWrite.Lookup.Found<T> f) {
        return finish(write, write.asReconciled.apply(f.result()));
      }
      if (found.get() instanceof JournaledWrite.Lookup.CannotTell<T> cannot) {
        return unresolved(write, VendorTrace.local(source, "idempotency.unresolved", cannot.why()));
      }
      return attempt(write, reconcile.claimedAt(), true);
    }
    tell(JournalEvent.Kind.CLAIMED, write);
    return attempt(write, clock.instant(), false);
  }

  private <T> Either<GatewayFailure, T> attempt(JournaledWrite<T> write, Instant claimedAt, boolean afterUnknown) {
    Either<GatewayFailure, T> applied;
    try {
      applied = write.apply.get();
    } catch (RuntimeException e) {
      record(() -> journal.unknown(write.key, clock.instant()));
      tell(JournalEvent.Kind.UNRESOLVED, write);
      throw e;
    }
    if (applied.isRight()) {
      return finish(write, applied.get());
    }
    GatewayFailure failure = applied.getLeft();
    boolean lost = failure.kind() == FailureKind.OUTCOME_UNKNOWN;
    boolean mayBeOurs = lost || (afterUnknown && write.mayMeanApplied.test(failure));
    if (mayBeOurs) {
      tell(JournalEvent.Kind.RECONCILED, write);
      Either<GatewayFailure, JournaledWrite.Lookup<T>> found = write.lookup.apply(claimedAt);
      if (found.isRight() && found.get() instanceof JournaledWrite.Lookup.Found<T> f) {
        return finish(write, write.asReconciled.apply(f.result()));
      }
      return unresolved(write, failure.trace());
    }
    release(write);
    if (write.mayMeanApplied.test(failure)) {   // a fresh key meeting what exists already: name it
      Either<GatewayFailure, JournaledWrite.Lookup<T>> existing = write.lookup.apply(Instant.EPOCH);
      if (existing.isRight() && existing.get() instanceof JournaledWrite.Lookup.Found<T> f) {
        return Either.left(new GatewayFailure.Conflict(failure.message() + "; it exists already as "
            + write.describe.apply(f.result()) + " (under another key)", failure.trace()));
      }
    }
    return applied;
  }

  private <T> Either<GatewayFailure, T> finish(JournaledWrite<T> write, T result) {
    record(() -> journal.done(write.key, write.codec.encode(result), clock.instant()));
    return Either.right(result);
  }

  private <T> Either<GatewayFailure, T> unresolved(JournaledWrite<T> write, VendorTrace trace) {
    record(() -> journal.unknown(write.key, clock.instant()));
    tell(JournalEvent.Kind.UNRESOLVED, write);
    return Either.left(new GatewayFailure.OutcomeUnknown(
        "the vendor may have applied " + write.operation + " under key " + write.key + " and cannot tell yet; call"
            + " again with the same key later: it asks the vendor before anything is sent again (or, if the vendor"
            + " keeps no record, an operator resolves the key)", trace));
  }

  private <T> void release(JournaledWrite<T> write) {
    record(() -> journal.release(write.key));
    tell(JournalEvent.Kind.RELEASED, write);
  }

  /** A record after the vendor answered: if it cannot be written, the key stays in flight and goes stale. */
  private static void record(Runnable change) {
    try {
      change.run();
    } catch (RuntimeException e) {
      // the claim is on record: the key stays in flight, goes stale, and is reconciled with the vendor
    }
  }

  private void tell(JournalEvent.Kind kind, JournaledWrite<?> write) {
    listener.tell(new JournalEvent(kind, write.key, write.operation, clock.instant()));
  }
}
