package dev.partnerkit.adapter.support;

import io.vavr.control.Either;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One vendor call as both HTTP adapters make it: every attempt first takes a permit of the action's rate limit
 * (waiting up to {@code maxPermitWait}), then the {@link Retrier} repeats what is safe to repeat. Thread-safe.
 */
public final class GuardedCall {

  private final ActionRateLimiter limiter;
  private final Retrier retrier;
  private final Duration maxPermitWait;

  public GuardedCall(ActionRateLimiter limiter, Retrier retrier, Duration maxPermitWait) {
    this.limiter = Objects.requireNonNull(limiter, "limiter");
    this.retrier = Objects.requireNonNull(retrier, "retrier");
    this.maxPermitWait = Objects.requireNonNull(maxPermitWait, "maxPermitWait");
  }

  /**
   * Runs {@code attempt} for {@code action}.
   *
   * @param throttledLocally the failure to report when this client's own limiter would need a longer wait than
   *     allowed (given that wait); nothing is sent then
   */
  public <F extends AttemptFailure, T> Either<F, T> run(String action, Idempotency idempotency,
      Supplier<Either<F, T>> attempt, Function<Duration, F> throttledLocally) {
    return retrier.run(action, idempotency, () -> {
      Either<Duration, Duration> permit = limiter.acquire(action, maxPermitWait);
      return permit.isLeft() ? Either.left(throttledLocally.apply(permit.getLeft())) : attempt.get();
    });
  }
}
