package dev.partnerkit.adapter.support;

import dev.partnerkit.ports.CustomerCreated;
import dev.partnerkit.ports.IdempotencyKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A {@link CreateJournal} in this JVM's memory: enough for one instance, lost on restart. An attempt in flight for
 * longer than {@code staleAfter} is taken as dead (its thread or instance failed) and must be reconciled.
 * Thread-safe.
 */
public final class InMemoryCreateJournal implements CreateJournal {

  private final JournalEntries entries;

  public InMemoryCreateJournal(Duration staleAfter) {
    this.entries = new JournalEntries(Objects.requireNonNull(staleAfter, "staleAfter"));
  }

  /** A journal that takes an attempt in flight for over two minutes as dead. */
  public InMemoryCreateJournal() {
    this(Duration.ofMinutes(2));
  }

  @Override
  public synchronized Claim claim(IdempotencyKey key, String identity, Instant now) {
    return entries.claim(key, identity, now);
  }

  @Override
  public synchronized void done(IdempotencyKey key, CustomerCreated result, Instant now) {
    entries.done(key, result, now);
  }

  @Override
  public synchronized void unknown(IdempotencyKey key, Instant now) {
    entries.unknown(key, now);
  }

  @Override
  public synchronized void release(IdempotencyKey key) {
    entries.release(key);
  }
}
