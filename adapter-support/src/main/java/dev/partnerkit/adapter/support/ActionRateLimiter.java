package dev.partnerkit.adapter.support;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Client-side per-action rate limits (Bucket4j token buckets, one per action), at the vendor's published rates, so
 * that a bulk job sends as fast as allowed and is never throttled. Actions without a published limit use the default.
 * Thread-safe: every caller of one action in this JVM shares its bucket.
 */
public final class ActionRateLimiter {

  private final Map<String, RateLimit> limits;
  private final RateLimit defaultLimit;
  private final TimeMeter time;
  private final Sleeper sleeper;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  private ActionRateLimiter(Map<String, RateLimit> limits, RateLimit defaultLimit, TimeMeter time, Sleeper sleeper) {
    this.limits = Map.copyOf(limits);
    this.defaultLimit = Objects.requireNonNull(defaultLimit, "defaultLimit");
    this.time = Objects.requireNonNull(time, "time");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
  }

  /** Limits per action name, on real time. */
  public static ActionRateLimiter of(Map<String, RateLimit> limits, RateLimit defaultLimit) {
    return new ActionRateLimiter(limits, defaultLimit, TimeMeter.SYSTEM_NANOTIME, Sleeper.system());
  }

  /** Limits per action name, on the given time source and sleeper (for tests). */
  public static ActionRateLimiter of(Map<String, RateLimit> limits, RateLimit defaultLimit, TimeMeter time, Sleeper sleeper) {
    return new ActionRateLimiter(limits, defaultLimit, time, sleeper);
  }

  /** The limit that applies to {@code action}. */
  public RateLimit limitOf(String action) {
    return limits.getOrDefault(action, defaultLimit);
  }

  /**
   * Takes a permit for {@code action}, waiting for it up to {@code maxWait}. Right with the time waited; left with the
   * wait that would have been needed when that is longer than {@code maxWait} (nothing is taken then).
   */
  public Either<Duration, Duration> acquire(String action, Duration maxWait) {
    Bucket bucket = buckets.computeIfAbsent(action, this::newBucket);
    Duration waited = Duration.ZERO;
    while (true) {
      ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
      if (probe.isConsumed()) {
        return Either.right(waited);
      }
      Duration wait = Duration.ofNanos(probe.getNanosToWaitForRefill());
      if (waited.plus(wait).compareTo(maxWait) > 0) {
        return Either.left(waited.plus(wait));
      }
      try {
        sleeper.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Either.left(wait);
      }
      waited = waited.plus(wait);
    }
  }

  private Bucket newBucket(String action) {
    RateLimit limit = limitOf(action);
    Duration spacing = Duration.ofNanos(1_000_000_000L / limit.permitsPerSecond());
    return Bucket.builder()
        .addLimit(Bandwidth.builder().capacity(1).refillGreedy(1, spacing).build())
        .withCustomTimePrecision(time)
        .build();
  }
}
