package dev.partnerkit.cli;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The demo's clock, shared by the embedded sandbox and the adapter (so signatures stay valid): it follows real time
 * and can be moved forward, to skip Tencent's 60-second wait between two codes to one phone.
 */
final class DemoClock extends Clock {

  private final AtomicReference<Duration> skipped = new AtomicReference<>(Duration.ZERO);

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(skipped.get());
  }

  void skip(Duration d) {
    skipped.updateAndGet(s -> s.plus(d));
  }
}
