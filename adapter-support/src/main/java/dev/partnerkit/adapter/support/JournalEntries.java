package dev.partnerkit.adapter.support;

import dev.partnerkit.ports.CustomerCreated;
import dev.partnerkit.ports.IdempotencyKey;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The state machine of a {@link CreateJournal}, shared by its implementations: per key, the customer's identity and
 * whether an attempt is in flight, of unknown outcome, or done. Not thread-safe: callers synchronize.
 */
final class JournalEntries {

  enum State { IN_FLIGHT, UNKNOWN, DONE }

  record Entry(String identity, State state, CustomerCreated result, Instant since) {}

  private final Duration staleAfter;
  private final Map<IdempotencyKey, Entry> entries = new HashMap<>();

  JournalEntries(Duration staleAfter) {
    this.staleAfter = staleAfter;
  }

  CreateJournal.Claim claim(IdempotencyKey key, String identity, Instant now) {
    Entry e = entries.get(key);
    if (e == null) {
      entries.put(key, new Entry(identity, State.IN_FLIGHT, null, now));
      return new CreateJournal.Claim.Granted();
    }
    if (!e.identity().equals(identity)) {
      return new CreateJournal.Claim.OtherCustomer();
    }
    if (e.state() == State.DONE) {
      return new CreateJournal.Claim.Done(e.result());
    }
    if (e.state() == State.IN_FLIGHT && Duration.between(e.since(), now).compareTo(staleAfter) < 0) {
      return new CreateJournal.Claim.InFlight(e.since());
    }
    entries.put(key, new Entry(identity, State.IN_FLIGHT, null, now));
    return new CreateJournal.Claim.Reconcile(e.since());
  }

  void done(IdempotencyKey key, CustomerCreated result, Instant now) {
    Entry e = entries.get(key);
    entries.put(key, new Entry(e == null ? "" : e.identity(), State.DONE, result, now));
  }

  void unknown(IdempotencyKey key, Instant now) {
    Entry e = entries.get(key);
    if (e != null && e.state() != State.DONE) {
      entries.put(key, new Entry(e.identity(), State.UNKNOWN, null, e.state() == State.UNKNOWN ? e.since() : now));
    }
  }

  void release(IdempotencyKey key) {
    Entry e = entries.get(key);
    if (e != null && e.state() != State.DONE) {
      entries.remove(key);
    }
  }

  /** Marks every attempt in flight as of unknown outcome (their process is gone). */
  void inFlightBecomeUnknown() {
    entries.replaceAll((k, e) -> e.state() == State.IN_FLIGHT ? new Entry(e.identity(), State.UNKNOWN, null, e.since()) : e);
  }

  int size() {
    return entries.size();
  }
}
