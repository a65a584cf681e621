package dev.partnerkit.sandbox.huawei;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Huawei's per-API flow control (spec section 9): a token bucket per operation and caller, refilled greedily on the
 * sandbox clock (so that a fixed test clock never refills). Exceeding it gives 429 {@code APIG.0308}, as the API
 * gateway answers.
 */
final class RateLimiter {
  private final Map<HuaweiOperation, Integer> perSecond;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
  private final TimeMeter time;

  RateLimiter(Map<HuaweiOperation, Integer> perSecond, Clock clock) {
    this.perSecond = Map.copyOf(perSecond);
    this.time =
        new TimeMeter() {
          @Override
          public long currentTimeNanos() {
            return clock.millis() * 1_000_000L;
          }

          @Override
          public boolean isWallClockBased() {
            return true;
          }
        };
  }

  /** Takes one token, or throws 429 {@code APIG.0308}. */
  void acquire(HuaweiOperation operation, Caller caller) {
    int limit = perSecond.get(operation);
    Bucket bucket =
        buckets.computeIfAbsent(
            operation.name() + "|" + caller.identity(),
            k -> Bucket.builder()
                .addLimit(l -> l.capacity(limit).refillGreedy(limit, Duration.ofSeconds(1)))
                .withCustomTimePrecision(time)
                .build());
    if (!bucket.tryConsume(1)) {
      throw new HuaweiError(
          429,
          "APIG.0308",
          "The throttling threshold has been reached: policy user over ratelimit,limit:" + limit + ",time:1 second");
    }
  }
}
