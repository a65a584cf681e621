package dev.partnerkit.adapter.support;

import java.time.Duration;

/** Waits; injected so that tests wait on a fake clock instead of real time. */
@FunctionalInterface
public interface Sleeper {

  void sleep(Duration duration) throws InterruptedException;

  /** Sleeps the calling thread. */
  static Sleeper system() {
    return d -> {
      if (!d.isZero() && !d.isNegative()) {
        Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);
      }
    };
  }
}
