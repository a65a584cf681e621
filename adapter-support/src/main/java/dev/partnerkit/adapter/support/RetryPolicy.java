package dev.partnerkit.adapter.support;

import java.time.Duration;
import java.util.Objects;
import java.util.function.DoubleSupplier;

/**
 * How many times and how long to retry a throttled or transient vendor call: at most {@code maxAttempts} attempts,
 * waits of capped exponential backoff with full jitter (a random wait between 0 and {@code min(maxDelay, baseDelay *
 * 2^(attempt-1))}, or the vendor's retry-after when longer), and never past {@code deadline} from the first attempt.
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, Duration deadline) {

  public RetryPolicy {
    Objects.requireNonNull(baseDelay, "baseDelay");
    Objects.requireNonNull(maxDelay, "maxDelay");
    Objects.requireNonNull(deadline, "deadline");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
    if (baseDelay.isNegative() || maxDelay.compareTo(baseDelay) < 0 || deadline.isNegative()) {
      throw new IllegalArgumentException("delays must be positive, maxDelay >= baseDelay, deadline >= 0");
    }
  }

  /** 5 attempts, 200 ms base, 10 s cap, 60 s deadline. */
  public static RetryPolicy defaults() {
    return new RetryPolicy(5, Duration.ofMillis(200), Duration.ofSeconds(10), Duration.ofSeconds(60));
  }

  /** One attempt, no retry. */
  public static RetryPolicy none() {
    return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO);
  }

  /** The wait before attempt {@code nextAttempt} (2 for the first retry), given a uniform random in [0, 1). */
  public Duration backoff(int nextAttempt, DoubleSupplier random) {
    long cap = baseDelay.toNanos();
    for (int i = 2; i < nextAttempt && cap < maxDelay.toNanos(); i++) {
      cap *= 2;
    }
    cap = Math.min(cap, maxDelay.toNanos());
    return Duration.ofNanos((long) (random.getAsDouble() * cap));
  }
}
