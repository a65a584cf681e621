package dev.partnerkit.adapter.support;

import dev.partnerkit.ports.CustomerCreated;
import dev.partnerkit.ports.IdempotencyKey;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The entries of an in-process {@link CreateJournal}, changed by {@link JournalRules}. Not thread-safe: callers
 * synchronize.
 */
final class JournalEntries {

  private final JournalRules rules;
  private final Map<IdempotencyKey, JournalEntry> entries = new HashMap<>();

  JournalEntries(Duration staleAfter) {
    this.rules = new JournalRules(staleAfter);
  }

  CreateJournal.Claim claim(IdempotencyKey key, String identity, Instant now) {
    JournalRules.Claimed claimed = rules.claim(current(key), identity, now);
    claimed.next().ifPresent(e -> entries.put(key, e));
    return claimed.claim();
  }

  void done(IdempotencyKey key, CustomerCreated result, Instant now) {
    entries.put(key, rules.done(current(key), result, now));
  }

  void unknown(IdempotencyKey key, Instant now) {
    rules.unknown(current(key), now).ifPresent(e -> entries.put(key, e));
  }

  void release(IdempotencyKey key) {
    if (rules.releases(current(key))) {
      entries.remove(key);
    }
  }

  /** Marks every attempt in flight as of unknown outcome (their process is gone). */
  void inFlightBecomeUnknown() {
    entries.replaceAll((k, e) -> rules.afterCrash(e));
  }

  int size() {
    return entries.size();
  }

  private Optional<JournalEntry> current(IdempotencyKey key) {
    return Optional.ofNullable(entries.get(key));
  }
}
