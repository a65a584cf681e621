package dev.partnerkit.adapter.support;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A clock that only moves when something sleeps on it: tests of waiting code run instantly and exactly. */
final class FakeTime implements TimeMeter, Sleeper {
  private long nanos = 1_000_000_000L;
  final List<Duration> sleeps = new ArrayList<>();

  @Override
  public synchronized long currentTimeNanos() {
    return nanos;
  }

  @Override
  public boolean isWallClockBased() {
    return false;
  }

  @Override
  public synchronized void sleep(Duration d) {
    sleeps.add(d);
    nanos += d.toNanos();
  }

  synchronized long nanoTime() {
    return nanos;
  }
}
