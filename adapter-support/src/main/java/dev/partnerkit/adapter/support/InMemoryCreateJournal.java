package dev.partnerkit.adapter.support;

import dev.partnerkit.ports.CustomerCreated;
import dev.partnerkit.ports.IdempotencyKey;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link CreateJournal} in this JVM's memory: enough for one instance, lost on restart. An attempt in flight for
 * longer than {@code staleAfter} is taken as dead (its instance crashed) and must be reconciled. Thread-safe.
 */
public final class InMemoryCreateJournal implements CreateJournal {

  private enum State { IN_FLIGHT, UNKNOWN, DONE }

  private record Entry(String identity, State state, CustomerCreated result, Instant since) {}

  private final Duration staleAfter;
  private final Map<IdempotencyKey, Entry> entries = new HashMap<>();

  public InMemoryCreateJournal(Duration staleAfter) {
    this.staleAfter = Objects.requireNonNull(staleAfter, "staleAfter");
  }

  /** A journal that takes an attempt in flight for over two minutes as dead. */
  public InMemoryCreateJournal() {
    this(Duration.ofMinutes(2));
  }

  @Override
  public synchronized Claim claim(IdempotencyKey key, String identity, Instant now) {
    Entry e = entries.get(key);
    if (e == null) {
      entries.put(key, new Entry(identity, State.IN_FLIGHT, null, now));
      return new Claim.Granted();
    }
    if (!e.identity().equals(identity)) {
      return new Claim.OtherCustomer();
    }
    switch (e.state()) {
      case DONE:
        return new Claim.Done(e.result());
      case IN_FLIGHT:
        if (Duration.between(e.since(), now).compareTo(staleAfter) < 0) {
          return new Claim.InFlight(e.since());
        }
        entries.put(key, new Entry(identity, State.IN_FLIGHT, null, now));
        return new Claim.Reconcile(e.since());
      default:
        entries.put(key, new Entry(identity, State.IN_FLIGHT, null, now));
        return new Claim.Reconcile(e.since());
    }
  }

  @Override
  public synchronized void done(IdempotencyKey key, CustomerCreated result, Instant now) {
    Entry e = entries.get(key);
    entries.put(key, new Entry(e == null ? "" : e.identity(), State.DONE, result, now));
  }

  @Override
  public synchronized void unknown(IdempotencyKey key, Instant now) {
    Entry e = entries.get(key);
    if (e != null) {
      entries.put(key, new Entry(e.identity(), State.UNKNOWN, null, e.state() == State.UNKNOWN ? e.since() : now));
    }
  }

  @Override
  public synchronized void release(IdempotencyKey key) {
    Entry e = entries.get(key);
    if (e != null && e.state() != State.DONE) {
      entries.remove(key);
    }
  }
}
