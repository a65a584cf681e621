package dev.partnerkit.adapter.support;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * Client-side per-action rate limits (Bucket4j token buckets, one per action), at the vendor's published rates, so
 * that a bulk job sends as fast as allowed and is never throttled. Actions without a published limit use the default.
 * Thread-safe: every caller of one action in this JVM shares its bucket. The buckets live in this JVM ({@link #of})
 * or, when several instances call the vendor for one partner account, in a shared store behind a Bucket4j {@link
 * ProxyManager} ({@link #shared}: PostgreSQL, Redis...), so that all of them together stay within the limit.
 */
public final class ActionRateLimiter {

  private final Map<String, RateLimit> limits;
  private final RateLimit defaultLimit;
  private final BiFunction<String, BucketConfiguration, Bucket> bucketOf;
  private final Sleeper sleeper;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  private ActionRateLimiter(Map<String, RateLimit> limits, RateLimit defaultLimit,
      BiFunction<String, BucketConfiguration, Bucket> bucketOf, Sleeper sleeper) {
    this.limits = Map.copyOf(limits);
    this.defaultLimit = Objects.requireNonNull(defaultLimit, "defaultLimit");
    this.bucketOf = bucketOf;
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
  }

  /** Limits per action name, on real time, with the buckets in this JVM. */
  public static ActionRateLimiter of(Map<String, RateLimit> limits, RateLimit defaultLimit) {
    return of(limits, defaultLimit, TimeMeter.SYSTEM_NANOTIME, Sleeper.system());
  }

  /** Limits per action name, on the given time source and sleeper (for tests), with the buckets in this JVM. */
  public static ActionRateLimiter of(Map<String, RateLimit> limits, RateLimit defaultLimit, TimeMeter time, Sleeper sleeper) {
    Objects.requireNonNull(time, "time");
    return new ActionRateLimiter(limits, defaultLimit,
        (action, config) -> Bucket.builder().withCustomTimePrecision(time).addLimit(config.getBandwidths()[0]).build(),
        sleeper);
  }

  /**
   * Limits per action name, with each action's bucket kept in {@code buckets} under {@code keyPrefix + action} (e.g.
   * {@code partnerkit:tencent:<partner>:CreateAccount}), so that every limiter on the same store and prefix, in any
   * process, shares it. The buckets are configured exactly as in this JVM; the first limiter to use a key creates
   * it, so every instance must be configured with the same limits.
   */
  public static ActionRateLimiter shared(ProxyManager<String> buckets, String keyPrefix, Map<String, RateLimit> limits,
      RateLimit defaultLimit) {
    Objects.requireNonNull(buckets, "buckets");
    Objects.requireNonNull(keyPrefix, "keyPrefix");
    return new ActionRateLimiter(limits, defaultLimit,
        // no Bucket4j batching: with 8.18's PostgreSQL store, batched reservations failed with BucketNotFoundException
        // in the bench's 4-instance row (16 threads; cause not found yet); each reservation is its own transaction
        (action, config) -> buckets.builder().build(keyPrefix + action, () -> config), Sleeper.system());
  }

  /**
   * The key prefix of partnerkit's shared buckets for one vendor and partner account: {@code
   * partnerkit:<vendor>:<partnerKey>:}.
   */
  public static String keyPrefix(String vendor, String partnerKey) {
    return "partnerkit:" + Objects.requireNonNull(vendor, "vendor") + ":" + Objects.requireNonNull(partnerKey, "partnerKey") + ":";
  }

  /** The limit that applies to {@code action}. */
  public RateLimit limitOf(String action) {
    return limits.getOrDefault(action, defaultLimit);
  }

  /**
   * Takes a permit for {@code action}, waiting for it up to {@code maxWait}. Right with the time waited; left with the
   * wait that would have been needed when that is longer than {@code maxWait} (nothing is taken then).
   *
   * <p>Permits are reserved on a schedule: each caller takes the next free slot of the bucket (Bucket4j's blocking
   * consumption, which lets the bucket go into debt) and then sleeps until that slot. The slots stay spaced by exactly
   * the limit's interval however late a sleeper wakes up, so a thread's oversleep never delays the slots after it and a
   * bulk job runs at the limit, not just under it. A caller interrupted while it waits loses its slot.
   */
  public Either<Duration, Duration> acquire(String action, Duration maxWait) {
    Bucket bucket = buckets.computeIfAbsent(action, this::newBucket);
    long[] slept = {0};
    try {
      long maxWaitNanos = saturatedNanos(maxWait);
      boolean reserved = maxWaitNanos == 0 ? bucket.tryConsume(1)
          : bucket.asBlocking().tryConsume(1, maxWaitNanos, nanos -> {
            slept[0] = nanos;
            sleeper.sleep(Duration.ofNanos(nanos));
          });
      if (reserved) {
        return Either.right(Duration.ofNanos(slept[0]));
      }
      return Either.left(Duration.ofNanos(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Either.left(Duration.ofNanos(slept[0]));
    }
  }

  private static long saturatedNanos(Duration d) {
    if (d.isNegative()) {
      return 0;
    }
    return d.compareTo(Duration.ofDays(365)) > 0 ? Duration.ofDays(365).toNanos() : d.toNanos();
  }

  private Bucket newBucket(String action) {
    RateLimit limit = limitOf(action);
    Duration spacing = Duration.ofNanos(1_000_000_000L / limit.permitsPerSecond());
    return bucketOf.apply(action, BucketConfiguration.builder()
        .addLimit(Bandwidth.builder().capacity(1).refillGreedy(1, spacing).build())
        .build());
  }
}
