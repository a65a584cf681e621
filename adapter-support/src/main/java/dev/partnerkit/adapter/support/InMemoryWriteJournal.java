package dev.partnerkit.adapter.support;

import dev.partnerkit.ports.IdempotencyKey;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A {@link WriteJournal} in this JVM's memory: enough for one process, lost on restart. Made with {@link
 * WriteJournal#inMemory()}. Thread-safe.
 */
final class InMemoryWriteJournal implements WriteJournal {

  private final JournalEntries entries;

  InMemoryWriteJournal(Duration staleAfter) {
    this.entries = new JournalEntries(Objects.requireNonNull(staleAfter, "staleAfter"));
  }

  @Override
  public synchronized Claim claim(IdempotencyKey key, String operation, String fingerprint, Instant now) {
    return entries.claim(key, operation, fingerprint, now, JournalEntries.NOWHERE);
  }

  @Override
  public synchronized void done(IdempotencyKey key, String result, Instant now) {
    entries.done(key, Option.some(result), now, JournalEntries.NOWHERE);
  }

  @Override
  public synchronized void unknown(IdempotencyKey key, Instant now) {
    entries.unknown(key, now, JournalEntries.NOWHERE);
  }

  @Override
  public synchronized void release(IdempotencyKey key) {
    entries.release(key, JournalEntries.NOWHERE);
  }

  @Override
  public synchronized Option<JournalEntry> entry(IdempotencyKey key) {
    return entries.current(key);
  }

  @Override
  public synchronized Seq<IdempotencyKey> open(String operation) {
    return entries.open(operation);
  }

  @Override
  public synchronized Option<JournalEntry> resolve(IdempotencyKey key, boolean applied, Instant now) {
    return entries.resolve(key, applied, now, JournalEntries.NOWHERE);
  }
}
