package dev.partnerkit.adapter.support;

import dev.partnerkit.ports.FailureKind;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * One vendor call as both HTTP adapters make it: every attempt first takes a permit of the action's rate limit
 * (waiting up to {@code maxPermitWait}), then the {@link Retrier} repeats what is safe to repeat. Each attempt is
 * reported to the {@link CallListener}: an {@link AttemptStarted} just before it is sent, an {@link AttemptEvent}
 * once it is classified (also for an attempt the local limiter refused, which has no start). Thread-safe.
 */
public final class GuardedCall {

  private final String vendor;
  private final ActionRateLimiter limiter;
  private final Retrier retrier;
  private final Duration maxPermitWait;
  private final CallListener listener;
  private final LongSupplier nanoTime;

  /** A call path that reports its attempts to no one. */
  public GuardedCall(ActionRateLimiter limiter, Retrier retrier, Duration maxPermitWait) {
    this("unnamed", limiter, retrier, maxPermitWait, CallListener.NONE, System::nanoTime);
  }

  /**
   * A call path to {@code vendor} (its name in the events: {@code tencent}, {@code huawei}) that reports every attempt
   * to {@code listener}.
   */
  public GuardedCall(String vendor, ActionRateLimiter limiter, Retrier retrier, Duration maxPermitWait,
      CallListener listener) {
    this(vendor, limiter, retrier, maxPermitWait, listener, System::nanoTime);
  }

  /** As above, with the attempts timed on {@code nanoTime} (for tests). */
  public GuardedCall(String vendor, ActionRateLimiter limiter, Retrier retrier, Duration maxPermitWait,
      CallListener listener, LongSupplier nanoTime) {
    this.vendor = Objects.requireNonNull(vendor, "vendor");
    this.limiter = Objects.requireNonNull(limiter, "limiter");
    this.retrier = Objects.requireNonNull(retrier, "retrier");
    this.maxPermitWait = Objects.requireNonNull(maxPermitWait, "maxPermitWait");
    this.listener = Objects.requireNonNull(listener, "listener");
    this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
  }

  /**
   * Runs {@code attempt} for {@code action}.
   *
   * @param throttledLocally the failure to report when this client's own limiter would need a longer wait than
   *     allowed (given that wait); nothing is sent then
   */
  public <F extends AttemptFailure, T> Either<F, T> run(String action, Idempotency idempotency,
      Supplier<Either<F, T>> attempt, Function<Duration, F> throttledLocally) {
    int[] attempts = {0};
    return retrier.run(action, idempotency, () -> {
      int n = ++attempts[0];
      Either<Duration, Duration> permit = limiter.acquire(action, maxPermitWait);
      if (permit.isLeft()) {
        F refused = throttledLocally.apply(permit.getLeft());
        report(action, n, Duration.ZERO, refused.kind(), false, Option.none(), Duration.ZERO);
        return Either.left(refused);
      }
      VendorRequestIds.clear();
      if (listener != CallListener.NONE) {
        listener.tell(new AttemptStarted(vendor, action, n, permit.get()));
      }
      long start = nanoTime.getAsLong();
      Either<F, T> result;
      try {
        result = attempt.get();
      } catch (RuntimeException e) {
        VendorRequestIds.clear();
        report(action, n, Duration.ofNanos(nanoTime.getAsLong() - start), FailureKind.UNEXPECTED,
            true, Option.none(), permit.get());
        throw e;
      }
      Duration took = Duration.ofNanos(nanoTime.getAsLong() - start);
      report(action, n, took, result.isLeft() ? result.getLeft().kind() : null, true, VendorRequestIds.take(),
          permit.get());
      return result;
    });
  }

  private void report(String action, int attempt, Duration took, FailureKind failure,
      boolean sent, Option<String> requestId, Duration throttleWait) {
    if (listener != CallListener.NONE) {
      listener.tell(new AttemptEvent(vendor, action, attempt, took, Option.of(failure), sent, requestId, throttleWait));
    }
  }
}
