package dev.partnerkit.adapter.support;

import dev.partnerkit.ports.CustomerCreated;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The rules of a {@link CreateJournal}, the one place that decides them, as pure functions from what is stored for a
 * key to what to store next: every store (in memory, a file, a database) reads the key's {@link JournalEntry} (or
 * nothing), applies a rule and writes the outcome back, atomically per key. An attempt in flight for {@code
 * staleAfter} or longer is taken as dead (its thread or instance failed) and is reconciled by the next claim.
 */
public final class JournalRules {

  private final Duration staleAfter;

  public JournalRules(Duration staleAfter) {
    this.staleAfter = Objects.requireNonNull(staleAfter, "staleAfter");
  }

  /** What a claim answers and what the store must then hold ({@code next} empty: leave the entry as it is). */
  public record Claimed(CreateJournal.Claim claim, Optional<JournalEntry> next) {
    public Claimed {
      Objects.requireNonNull(claim, "claim");
      Objects.requireNonNull(next, "next");
    }
  }

  /** A claim of {@code key} (whose entry is {@code current}) for the customer {@code identity} at {@code now}. */
  public Claimed claim(Optional<JournalEntry> current, String identity, Instant now) {
    JournalEntry inFlight = new JournalEntry(identity, JournalEntry.State.IN_FLIGHT, Optional.empty(), now);
    if (current.isEmpty()) {
      return new Claimed(new CreateJournal.Claim.Granted(), Optional.of(inFlight));
    }
    JournalEntry e = current.get();
    if (!e.identity().equals(identity)) {
      return new Claimed(new CreateJournal.Claim.OtherCustomer(), Optional.empty());
    }
    if (e.state() == JournalEntry.State.DONE) {
      return new Claimed(new CreateJournal.Claim.Done(e.result().orElseThrow()), Optional.empty());
    }
    if (e.state() == JournalEntry.State.IN_FLIGHT && Duration.between(e.since(), now).compareTo(staleAfter) < 0) {
      return new Claimed(new CreateJournal.Claim.InFlight(e.since()), Optional.empty());
    }
    return new Claimed(new CreateJournal.Claim.Reconcile(e.since()), Optional.of(inFlight));
  }

  /** The attempt created {@code result}: the entry to store. */
  public JournalEntry done(Optional<JournalEntry> current, CustomerCreated result, Instant now) {
    return new JournalEntry(current.map(JournalEntry::identity).orElse(""), JournalEntry.State.DONE,
        Optional.of(result), now);
  }

  /** The attempt's outcome is unknown: the entry to store, or empty to leave it (absent, or done already). */
  public Optional<JournalEntry> unknown(Optional<JournalEntry> current, Instant now) {
    return current.filter(e -> e.state() != JournalEntry.State.DONE).map(e -> new JournalEntry(e.identity(),
        JournalEntry.State.UNKNOWN, Optional.empty(), e.state() == JournalEntry.State.UNKNOWN ? e.since() : now));
  }

  /** Whether a release removes the entry: yes unless the key is done (a created account is never forgotten). */
  public boolean releases(Optional<JournalEntry> current) {
    return current.isPresent() && current.get().state() != JournalEntry.State.DONE;
  }

  /** What a store holds for an attempt whose process is gone (reopened after a crash): unknown outcome. */
  public JournalEntry afterCrash(JournalEntry e) {
    return e.state() == JournalEntry.State.IN_FLIGHT
        ? new JournalEntry(e.identity(), JournalEntry.State.UNKNOWN, Optional.empty(), e.since())
        : e;
  }
}
