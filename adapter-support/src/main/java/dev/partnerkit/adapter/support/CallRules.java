package dev.partnerkit.adapter.support;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The safety rules a typed vendor client applies to every call: how throttled and transient failures are retried, and
 * whether and at which rate each operation is paced. By default ({@link #defaults()}) every operation is paced at its
 * catalog rate (the vendor's published limit) and failures are retried by {@link RetryPolicy#defaults()}; a rate can
 * be overridden per catalog entry, and pacing switched off explicitly (benchmarks, tests). Every call, with all its
 * attempts, retries and throttle waits, ends by its {@code callTimeout} (the whole-call deadline, {@link GuardedCall}).
 *
 * @param retryPolicy how throttled and transient failures are retried
 * @param rateLimited whether calls are paced at all; false only when asked for explicitly
 * @param rateOverrides requests per second for the entries whose rate differs from their catalog rate
 * @param callTimeout the longest one call may take, every attempt, retry and throttle wait included
 */
public record CallRules(RetryPolicy retryPolicy, boolean rateLimited, Map<VendorOperation, Integer> rateOverrides,
    Duration callTimeout) {

  /** The whole-call deadline unless one is set: a minute. */
  public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(60);

  public CallRules {
    Objects.requireNonNull(retryPolicy, "retryPolicy");
    Objects.requireNonNull(callTimeout, "callTimeout");
    if (callTimeout.isZero() || callTimeout.isNegative()) {
      throw new IllegalArgumentException("callTimeout must be positive, was " + callTimeout);
    }
    rateOverrides = Map.copyOf(rateOverrides);
    rateOverrides.forEach((operation, rate) -> {
      if (rate < 1) {
        throw new IllegalArgumentException(operation.wireName() + ": permitsPerSecond must be at least 1, was " + rate);
      }
    });
  }

  /** The published limits, {@link RetryPolicy#defaults()} and a call timeout of {@link #DEFAULT_CALL_TIMEOUT}. */
  public static CallRules defaults() {
    return new CallRules(RetryPolicy.defaults(), true, Map.of(), DEFAULT_CALL_TIMEOUT);
  }

  /** These rules with {@code policy} for retries. */
  public CallRules withRetryPolicy(RetryPolicy policy) {
    return new CallRules(policy, rateLimited, rateOverrides, callTimeout);
  }

  /** These rules with pacing on ({@code true}) or off. */
  public CallRules withRateLimits(boolean on) {
    return new CallRules(retryPolicy, on, rateOverrides, callTimeout);
  }

  /** These rules with {@code timeout} as the whole-call deadline. */
  public CallRules withCallTimeout(Duration timeout) {
    return new CallRules(retryPolicy, rateLimited, rateOverrides, timeout);
  }

  /** These rules with {@code operation} paced at {@code permitsPerSecond} instead of its catalog rate. */
  public CallRules withRateLimit(VendorOperation operation, int permitsPerSecond) {
    Map<VendorOperation, Integer> rates = new LinkedHashMap<>(rateOverrides);
    rates.put(Objects.requireNonNull(operation, "operation"), permitsPerSecond);
    return new CallRules(retryPolicy, rateLimited, rates, callTimeout);
  }

  /** The rate {@code operation} is paced at: its override, or its catalog rate. */
  public int rateOf(VendorOperation operation) {
    return rateOverrides.getOrDefault(operation, operation.ratePerSecond());
  }

  /** The limits of every entry of {@code catalog}, by wire name, as {@link ActionRateLimiter} takes them. */
  public Map<String, RateLimit> limits(Collection<? extends VendorOperation> catalog) {
    Map<String, RateLimit> limits = new LinkedHashMap<>();
    catalog.forEach(operation -> limits.put(operation.wireName(), RateLimit.perSecond(rateOf(operation))));
    return limits;
  }
}
