package dev.partnerkit.adapter.support;

import dev.partnerkit.ports.IdempotencyKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Races claims of the same keys from several threads, for any {@link WriteJournal}. */
final class JournalRaces {

  private JournalRaces() {}

  /** For each of {@code keys} keys, how many of {@code threads} racing claims were granted. */
  static List<Integer> grantedOf(WriteJournal journal, int threads, int keys) throws Exception {
    List<Integer> granted = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int k = 0; k < keys; k++) {
        IdempotencyKey key = IdempotencyKey.of("race-" + k);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger grants = new AtomicInteger();
        List<Future<?>> all = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          all.add(pool.submit(() -> {
            start.await();
            if (journal.claim(key, "op", JournalEntry.fingerprint("same"), Instant.EPOCH)
                instanceof WriteJournal.Claim.Granted) {
              grants.incrementAndGet();
            }
            return null;
          }));
        }
        start.countDown();
        for (Future<?> f : all) {
          f.get(30, TimeUnit.SECONDS);
        }
        granted.add(grants.get());
      }
    } finally {
      pool.shutdownNow();
    }
    return granted;
  }
}
