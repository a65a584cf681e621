package dev.partnerkit.adapter.support;

import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The rules of a {@link WriteJournal}, the one place that decides them, as pure functions from what is stored for a
 * key to what to store next: every store (in memory, a file, a database) reads the key's {@link JournalEntry} (or
 * nothing), applies a rule, writes the outcome durably, and only then trusts it, atomically per key. An attempt in
 * flight for {@code staleAfter} or longer is taken as dead (its thread or process failed) and is reconciled by the
 * next claim.
 */
public final class JournalRules {

  private final Duration staleAfter;

  /** Rules whose attempts go stale after {@code staleAfter} (positive). */
  public JournalRules(Duration staleAfter) {
    this.staleAfter = Objects.requireNonNull(staleAfter, "staleAfter");
    if (staleAfter.isNegative() || staleAfter.isZero()) {
      throw new IllegalArgumentException("staleAfter must be positive");
    }
  }

  /** How long an attempt may stay in flight. */
  public Duration staleAfter() {
    return staleAfter;
  }

  /** What a claim answers and what the store must then hold ({@code next} empty: leave the entry as it is). */
  public record Claimed(WriteJournal.Claim claim, Option<JournalEntry> next) {
    public Claimed {
      Objects.requireNonNull(claim, "claim");
      Objects.requireNonNull(next, "next");
    }
  }

  /** A claim of a key (whose entry is {@code current}) for {@code operation} on {@code fingerprint} at {@code now}. */
  public Claimed claim(Option<JournalEntry> current, String operation, String fingerprint, Instant now) {
    if (current.isEmpty()) {
      return new Claimed(new WriteJournal.Claim.Granted(),
          Option.some(new JournalEntry(operation, fingerprint, JournalEntry.State.IN_FLIGHT, Option.none(), now, now)));
    }
    JournalEntry e = current.get();
    if (!e.operation().equals(operation) || !e.fingerprint().equals(fingerprint)) {
      return new Claimed(new WriteJournal.Claim.OtherRequest(e.operation()), Option.none());
    }
    if (e.state() == JournalEntry.State.DONE) {
      return new Claimed(new WriteJournal.Claim.Done(e.result()), Option.none());
    }
    if (e.state() == JournalEntry.State.IN_FLIGHT && Duration.between(e.since(), now).compareTo(staleAfter) < 0) {
      return new Claimed(new WriteJournal.Claim.InFlight(e.since()), Option.none());
    }
    return new Claimed(new WriteJournal.Claim.Reconcile(e.claimedAt()), Option.some(new JournalEntry(
        operation, fingerprint, JournalEntry.State.IN_FLIGHT, Option.none(), e.claimedAt(), now)));
  }

  /**
   * The attempt was applied with the encoded {@code result}: the entry to store, or empty to leave it (no entry: the
   * key was never claimed, so there is nothing to record it under).
   */
  public Option<JournalEntry> done(Option<JournalEntry> current, Option<String> result, Instant now) {
    return current.map(e -> new JournalEntry(e.operation(), e.fingerprint(), JournalEntry.State.DONE,
        e.state() == JournalEntry.State.DONE ? e.result() : result, e.claimedAt(), now));
  }

  /** The attempt's outcome is unknown: the entry to store, or empty to leave it (absent, or done already). */
  public Option<JournalEntry> unknown(Option<JournalEntry> current, Instant now) {
    return current.filter(e -> e.state() != JournalEntry.State.DONE).map(e -> new JournalEntry(e.operation(),
        e.fingerprint(), JournalEntry.State.UNKNOWN, Option.none(), e.claimedAt(),
        e.state() == JournalEntry.State.UNKNOWN ? e.since() : now));
  }

  /** Whether a release removes the entry: yes unless the key is done (an applied write is never forgotten). */
  public boolean releases(Option<JournalEntry> current) {
    return current.isDefined() && current.get().state() != JournalEntry.State.DONE;
  }

  /**
   * An operator's resolution of a key: {@code applied} makes an open entry done without a result; not applied
   * releases it (empty). A done entry stays as it is.
   */
  public Option<JournalEntry> resolve(Option<JournalEntry> current, boolean applied, Instant now) {
    if (current.isEmpty() || current.get().state() == JournalEntry.State.DONE) {
      return current;
    }
    return applied ? done(current, Option.none(), now) : Option.none();
  }

  /** What a store holds for an attempt whose process is gone (reopened after a crash): unknown outcome. */
  public JournalEntry afterCrash(JournalEntry e) {
    return e.state() == JournalEntry.State.IN_FLIGHT
        ? new JournalEntry(e.operation(), e.fingerprint(), JournalEntry.State.UNKNOWN, Option.none(), e.claimedAt(),
            e.since())
        : e;
  }

  /** Whether the write under {@code e} is still open (in flight or unknown). */
  public static boolean isOpen(JournalEntry e) {
    return e.state() != JournalEntry.State.DONE;
  }
}
