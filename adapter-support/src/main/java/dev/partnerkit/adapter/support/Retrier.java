package dev.partnerkit.adapter.support;

import dev.partnerkit.ports.FailureKind;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.Objects;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a vendor call, retrying only what is safe to retry:
 *
 * <ul>
 *   <li>throttled attempts ({@link FailureKind#RATE_LIMITED}): the vendor refused them, so they are always retried;
 *   <li>transient failures ({@link FailureKind#UNAVAILABLE}) that certainly did not take effect, or that did but on
 *       an {@link Idempotency#IDEMPOTENT} call;
 *   <li>nothing else: a non-idempotent call whose attempt may have been applied comes back at once, so that the
 *       caller reconciles instead of creating twice.
 * </ul>
 *
 * Waits follow the {@link RetryPolicy}; the deadline is measured on an injected nanosecond source. Thread-safe.
 */
public final class Retrier {

  private static final Logger LOG = LoggerFactory.getLogger(Retrier.class);

  /** No whole-call deadline: longer than any retry policy's. */
  private static final Duration FOREVER = Duration.ofNanos(Long.MAX_VALUE);

  private final RetryPolicy policy;
  private final Sleeper sleeper;
  private final LongSupplier nanoTime;
  private final DoubleSupplier random;

  public Retrier(RetryPolicy policy, Sleeper sleeper, LongSupplier nanoTime, DoubleSupplier random) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    this.random = Objects.requireNonNull(random, "random");
  }

  /** A retrier on real time and {@link java.util.concurrent.ThreadLocalRandom}. */
  public static Retrier of(RetryPolicy policy) {
    return new Retrier(policy, Sleeper.system(), System::nanoTime,
        () -> java.util.concurrent.ThreadLocalRandom.current().nextDouble());
  }

  /**
   * Runs {@code attempt} until it succeeds, fails in a way that must not be retried, or the policy is exhausted; the
   * result is the last attempt's. {@code what} names the call in logs (never with its payload).
   */
  public <F extends AttemptFailure, T> Either<F, T> run(
      String what, Idempotency idempotency, Supplier<Either<F, T>> attempt) {
    return run(what, idempotency, FOREVER, remaining -> attempt.get(), maybeApplied -> {
      throw new AssertionError("no call timeout");
    });
  }

  /**
   * As {@link #run(String, Idempotency, Supplier)}, within a whole-call deadline: each attempt is given the time left
   * of {@code callTimeout}, and when a retry could not start before it passes (the wait before it included), the call
   * stops with {@code timedOut}'s failure, told whether any attempt may have taken effect. A failure that must not be
   * retried (a non-idempotent write that may have been applied) still comes back as it is.
   */
  public <F extends AttemptFailure, T> Either<F, T> run(String what, Idempotency idempotency, Duration callTimeout,
      Function<Duration, Either<F, T>> attempt, Function<Boolean, F> timedOut) {
    long start = nanoTime.getAsLong();
    boolean maybeApplied = false;
    for (int n = 1; ; n++) {
      Either<F, T> result = attempt.apply(callTimeout.minusNanos(nanoTime.getAsLong() - start));
      if (result.isRight()) {
        return result;
      }
      F failure = result.getLeft();
      maybeApplied |= failure.maybeApplied();
      if (n >= policy.maxAttempts() || !retryable(failure, idempotency)) {
        return result;
      }
      Duration wait = policy.backoff(n + 1, random);
      if (failure.retryAfter().isDefined() && failure.retryAfter().get().compareTo(wait) > 0) {
        wait = failure.retryAfter().get();
      }
      Duration elapsed = Duration.ofNanos(nanoTime.getAsLong() - start);
      if (elapsed.plus(wait).compareTo(callTimeout) >= 0) {
        LOG.debug("{}: attempt {} failed ({}), the call timeout ({}) passes before a retry, giving up", what, n,
            failure.kind(), callTimeout);
        return Either.left(timedOut.apply(maybeApplied));
      }
      if (elapsed.plus(wait).compareTo(policy.deadline()) > 0) {
        LOG.debug("{}: attempt {} failed ({}), deadline reached, giving up", what, n, failure.kind());
        return result;
      }
      LOG.debug("{}: attempt {} failed ({}), retrying in {} ms", what, n, failure.kind(), wait.toMillis());
      try {
        sleeper.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return result;
      }
    }
  }

  static boolean retryable(AttemptFailure failure, Idempotency idempotency) {
    if (failure.kind() == FailureKind.RATE_LIMITED) {
      return true;
    }
    return failure.kind() == FailureKind.UNAVAILABLE
        && (!failure.maybeApplied() || idempotency == Idempotency.IDEMPOTENT);
  }
}
