package dev.partnerkit.adapter.support;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The safety rules a typed vendor client applies to every call: how throttled and transient failures are retried, and
 * whether and at which rate each operation is paced. By default ({@link #defaults()}) every operation is paced at its
 * catalog rate (the vendor's published limit) and failures are retried by {@link RetryPolicy#defaults()}; a rate can
 * be overridden per catalog entry, and pacing switched off explicitly (benchmarks, tests).
 *
 * @param retryPolicy how throttled and transient failures are retried
 * @param rateLimited whether calls are paced at all; false only when asked for explicitly
 * @param rateOverrides requests per second for the entries whose rate differs from their catalog rate
 */
public record CallRules(RetryPolicy retryPolicy, boolean rateLimited, Map<VendorOperation, Integer> rateOverrides) {

  public CallRules {
    Objects.requireNonNull(retryPolicy, "retryPolicy");
    rateOverrides = Map.copyOf(rateOverrides);
    rateOverrides.forEach((operation, rate) -> {
      if (rate < 1) {
        throw new IllegalArgumentException(operation.wireName() + ": permitsPerSecond must be at least 1, was " + rate);
      }
    });
  }

  /** The published limits and {@link RetryPolicy#defaults()}. */
  public static CallRules defaults() {
    return new CallRules(RetryPolicy.defaults(), true, Map.of());
  }

  /** These rules with {@code policy} for retries. */
  public CallRules withRetryPolicy(RetryPolicy policy) {
    return new CallRules(policy, rateLimited, rateOverrides);
  }

  /** These rules with pacing on ({@code true}) or off. */
  public CallRules withRateLimits(boolean on) {
    return new CallRules(retryPolicy, on, rateOverrides);
  }

  /** These rules with {@code operation} paced at {@code permitsPerSecond} instead of its catalog rate. */
  public CallRules withRateLimit(VendorOperation operation, int permitsPerSecond) {
    Map<VendorOperation, Integer> rates = new LinkedHashMap<>(rateOverrides);
    rates.put(Objects.requireNonNull(operation, "operation"), permitsPerSecond);
    return new CallRules(retryPolicy, rateLimited, rates);
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
