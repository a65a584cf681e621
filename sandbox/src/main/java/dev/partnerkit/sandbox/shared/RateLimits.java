package dev.partnerkit.sandbox.shared;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Server-side per-action rate limits of every front door: one Bucket4j token bucket per action (and caller, where the
 * vendor throttles per caller), holding a second's worth of requests
 * and refilled continuously at the configured rate, measured on the sandbox's {@link Clock} (so that a test that moves
 * its clock forward also refills the buckets). A call over the limit is refused, never queued.
 *
 * <p>Configure with {@link #of(Map)} (the vendor's published limits), then {@link #scaled(double)} (e.g. {@code 10}
 * for a benchmark), {@link #with(String, double)} for one action, or {@link #unlimited()}. Actions without a limit
 * are not limited.
 */
public final class RateLimits {

  private final Map<String, Double> perSecond;
  private final double scale;
  private final boolean enabled;

  private RateLimits(Map<String, Double> perSecond, double scale, boolean enabled) {
    this.perSecond = Map.copyOf(perSecond);
    this.scale = scale;
    this.enabled = enabled;
  }

  /** Limits in requests per second, per action name. */
  public static RateLimits of(Map<String, ? extends Number> perSecond) {
    Map<String, Double> copy = new HashMap<>();
    perSecond.forEach((action, rate) -> copy.put(action, checkRate(rate.doubleValue())));
    return new RateLimits(copy, 1.0, true);
  }

  /** No limit on any action. */
  public static RateLimits unlimited() {
    return new RateLimits(Map.of(), 1.0, false);
  }

  /** These limits multiplied by {@code factor} (2 doubles every rate; 0.5 halves them). */
  public RateLimits scaled(double factor) {
    return new RateLimits(perSecond, scale * checkRate(factor), enabled);
  }

  /** These limits with {@code action} limited to {@code requestsPerSecond} (before scaling). */
  public RateLimits with(String action, double requestsPerSecond) {
    Map<String, Double> copy = new HashMap<>(perSecond);
    copy.put(Objects.requireNonNull(action, "action"), checkRate(requestsPerSecond));
    return new RateLimits(copy, scale, enabled);
  }

  /** Whether any limit is enforced. */
  public boolean enabled() {
    return enabled;
  }

  /** The effective limit of {@code action} in requests per second, or 0 when it is not limited. */
  public double limitOf(String action) {
    Double rate = perSecond.get(action);
    return !enabled || rate == null ? 0 : rate * scale;
  }

  /** A limiter enforcing these limits on {@code clock}. */
  public Limiter limiter(Clock clock) {
    return new Limiter(this, clock);
  }

  private static double checkRate(double rate) {
    if (!(rate > 0) || Double.isInfinite(rate)) {
      throw new IllegalArgumentException("a rate must be a positive number, got " + rate);
    }
    return rate;
  }

  /** The running buckets of a {@link RateLimits}. Thread-safe. */
  public static final class Limiter {
    private final RateLimits limits;
    private final TimeMeter time;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    private Limiter(RateLimits limits, Clock clock) {
      this.limits = limits;
      this.time = new ClockTimeMeter(clock);
    }

    /** Takes a permit for one call of {@code action}; false when the call is over the limit. */
    public boolean tryAcquire(String action) {
      return tryAcquire(action, "");
    }

    /**
     * Takes a permit for one call of {@code action} by {@code caller}, each caller with its own bucket (Huawei
     * throttles per credential and API); false when the call is over the limit.
     */
    public boolean tryAcquire(String action, String caller) {
      double rate = limits.limitOf(action);
      if (rate == 0) {
        return true;
      }
      return buckets.computeIfAbsent(caller.isEmpty() ? action : action + "|" + caller, a -> newBucket(rate)).tryConsume(1);
    }

    /** The effective limit of {@code action} in requests per second, or 0 when it is not limited. */
    public double limitOf(String action) {
      return limits.limitOf(action);
    }

    private Bucket newBucket(double rate) {
      // capacity: one second's worth of calls (at least 1); refilled greedily at the rate
      long capacity = Math.max(1, (long) Math.floor(rate));
      Duration period = Duration.ofNanos(Math.round(capacity * 1_000_000_000d / rate));
      return Bucket.builder()
          .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build())
          .withCustomTimePrecision(time)
          .build();
    }
  }

  /** Bucket4j time measured on a {@link Clock}. */
  private static final class ClockTimeMeter implements TimeMeter {
    private final Clock clock;

    private ClockTimeMeter(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public long currentTimeNanos() {
      Instant now = clock.instant();
      return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    @Override
    public boolean isWallClockBased() {
      return true;
    }
  }
}
