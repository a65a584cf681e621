package dev.partnerkit.adapter.support;

import dev.partnerkit.ports.IdempotencyKey;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The entries of an in-process {@link WriteJournal}, changed by {@link JournalRules}. Each change is computed first,
 * handed to {@code persist} (which may throw: then nothing changes here), and only then applied. Not thread-safe:
 * callers synchronize.
 */
final class JournalEntries {

  /** Writes a change durably before it is trusted; an entry of {@code null} is a removal. */
  @FunctionalInterface
  interface Persist {
    void write(IdempotencyKey key, JournalEntry next, String event);
  }

  static final Persist NOWHERE = (key, next, event) -> {};

  private final JournalRules rules;
  private final Map<IdempotencyKey, JournalEntry> entries = new HashMap<>();

  JournalEntries(Duration staleAfter) {
    this.rules = new JournalRules(staleAfter);
  }

  WriteJournal.Claim claim(IdempotencyKey key, String operation, String fingerprint, Instant now, Persist persist) {
    JournalRules.Claimed claimed = rules.claim(current(key), operation, fingerprint, now);
    claimed.next().forEach(e -> {
      persist.write(key, e, "claim");
      entries.put(key, e);
    });
    return claimed.claim();
  }

  void done(IdempotencyKey key, Option<String> result, Instant now, Persist persist) {
    rules.done(current(key), result, now).forEach(e -> {
      persist.write(key, e, "done");
      entries.put(key, e);
    });
  }

  void unknown(IdempotencyKey key, Instant now, Persist persist) {
    rules.unknown(current(key), now).forEach(e -> {
      persist.write(key, e, "unknown");
      entries.put(key, e);
    });
  }

  void release(IdempotencyKey key, Persist persist) {
    if (rules.releases(current(key))) {
      persist.write(key, null, "release");
      entries.remove(key);
    }
  }

  Option<JournalEntry> resolve(IdempotencyKey key, boolean applied, Instant now, Persist persist) {
    Option<JournalEntry> before = current(key);
    Option<JournalEntry> after = rules.resolve(before, applied, now);
    if (!after.equals(before)) {
      if (after.isDefined()) {
        persist.write(key, after.get(), "done");
        entries.put(key, after.get());
      } else {
        persist.write(key, null, "release");
        entries.remove(key);
      }
    }
    return after;
  }

  /** Puts {@code e} as it was read back from a store (no rule applied). */
  void restore(IdempotencyKey key, JournalEntry e) {
    if (e == null) {
      entries.remove(key);
    } else {
      entries.put(key, e);
    }
  }

  /** Marks every attempt in flight as of unknown outcome (their process is gone). */
  void inFlightBecomeUnknown() {
    entries.replaceAll((k, e) -> rules.afterCrash(e));
  }

  Option<JournalEntry> current(IdempotencyKey key) {
    return Option.of(entries.get(key));
  }

  Seq<IdempotencyKey> open(String operation) {
    return List.ofAll(entries.entrySet()).filter(e -> e.getValue().operation().equals(operation)
        && JournalRules.isOpen(e.getValue())).map(Map.Entry::getKey);
  }

  Seq<io.vavr.Tuple2<IdempotencyKey, JournalEntry>> openAll() {
    return List.ofAll(entries.entrySet()).filter(e -> JournalRules.isOpen(e.getValue()))
        .map(e -> io.vavr.Tuple.of(e.getKey(), e.getValue()))
        .sortBy(t -> t._1.value());
  }

  void forEach(BiConsumer<IdempotencyKey, JournalEntry> action) {
    entries.forEach(action);
  }

  int size() {
    return entries.size();
  }
}
