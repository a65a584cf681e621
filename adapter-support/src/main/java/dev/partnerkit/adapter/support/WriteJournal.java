package dev.partnerkit.adapter.support;

import dev.partnerkit.ports.IdempotencyKey;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Where a gateway records the writes it attempts that the vendor would apply twice (creates, credit allocations,
 * decisions), keyed by the caller's {@link IdempotencyKey}: the operation, the request's fingerprint, and whether an
 * attempt is in flight, of unknown outcome or done (with its result). A key seen again (a retry, after a crash, on
 * another instance) returns the first result or is reconciled with the vendor, and is never applied twice.
 *
 * <p>Every implementation makes {@link #claim} atomic (of concurrent claims of a new key exactly one is {@link
 * Claim.Granted}), records each change durably before returning (a change that cannot be recorded throws, and the
 * journal is left as it was), and applies {@link JournalRules}. An attempt in flight for longer than the journal's
 * stale time is taken as dead and reconciled by the next claim. Backends: {@link #inMemory()} (one process, lost on
 * restart), {@link FileWriteJournal} (crash-safe, one process), and {@code adapter-postgres}' (shared by instances).
 */
public interface WriteJournal {

  /** How long an attempt may stay in flight before the next claim takes it as dead, unless told otherwise. */
  Duration DEFAULT_STALE_AFTER = Duration.ofMinutes(2);

  /**
   * Claims {@code key} for an attempt of {@code operation} on the request whose fingerprint is {@code fingerprint}, or
   * says what is known about it already. A granted claim (or a reconcile) marks the key in flight at {@code now}.
   */
  Claim claim(IdempotencyKey key, String operation, String fingerprint, Instant now);

  /** The attempt under {@code key} was applied; {@code result} is its encoded result. */
  void done(IdempotencyKey key, String result, Instant now);

  /** The attempt under {@code key} may or may not have been applied: the next claim must reconcile. */
  void unknown(IdempotencyKey key, Instant now);

  /** The attempt under {@code key} certainly did nothing: the key is free again. */
  void release(IdempotencyKey key);

  /** What the journal holds for {@code key} (empty: never claimed, or released). */
  Option<JournalEntry> entry(IdempotencyKey key);

  /** The keys of {@code operation} whose outcome is not known (in flight or unknown), for reconciliation. */
  Seq<IdempotencyKey> open(String operation);

  /**
   * An operator's decision on a key of unknown outcome, after checking at the vendor: {@code applied} marks it done
   * (a retry then replays, without a stored result), otherwise it is released (a retry applies the write). A key that
   * is done already is left as it is. Returns the entry as it is now.
   */
  Option<JournalEntry> resolve(IdempotencyKey key, boolean applied, Instant now);

  /** A journal in this JVM's memory (one process; lost on restart), attempts stale after two minutes. */
  static WriteJournal inMemory() {
    return new InMemoryWriteJournal(DEFAULT_STALE_AFTER);
  }

  /** A journal in this JVM's memory whose attempts go stale after {@code staleAfter}. */
  static WriteJournal inMemory(Duration staleAfter) {
    return new InMemoryWriteJournal(staleAfter);
  }

  /** The crash-safe file journal at {@code file} ({@link FileWriteJournal#open(Path)}); close it when done. */
  static FileWriteJournal file(Path file) {
    return FileWriteJournal.open(file);
  }

  /** What {@link #claim} found. */
  sealed interface Claim {

    /** The key is new (or was released): go ahead. */
    record Granted() implements Claim {}

    /** The key was applied already; its encoded result, if one was recorded. */
    record Done(Option<String> result) implements Claim {
      public Done {
        Objects.requireNonNull(result, "result");
      }
    }

    /**
     * An earlier attempt's outcome is unknown (its answer was lost, or its process died in flight), claimed at {@code
     * claimedAt}: ask the vendor before acting. The claim is now held by the caller, as if granted.
     */
    record Reconcile(Instant claimedAt) implements Claim {
      public Reconcile {
        Objects.requireNonNull(claimedAt, "claimedAt");
      }
    }

    /** Another attempt under this key is in flight right now (since {@code since}). */
    record InFlight(Instant since) implements Claim {
      public InFlight {
        Objects.requireNonNull(since, "since");
      }
    }

    /** The key belongs to another request ({@code operation} is the one it was claimed for). */
    record OtherRequest(String operation) implements Claim {
      public OtherRequest {
        Objects.requireNonNull(operation, "operation");
      }
    }
  }
}
