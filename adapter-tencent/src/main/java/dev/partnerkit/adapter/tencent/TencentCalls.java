package dev.partnerkit.adapter.tencent;

import dev.partnerkit.adapter.support.ActionRateLimiter;
import dev.partnerkit.adapter.support.AttemptFailure;
import dev.partnerkit.adapter.support.Idempotency;
import dev.partnerkit.adapter.support.Retrier;
import dev.partnerkit.ports.FailureKind;
import dev.partnerkit.ports.GatewayFailure;
import dev.partnerkit.ports.VendorTrace;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Every call of the gateway goes through here: a permit from the action's rate limiter (at the published rate), the
 * call, retries of what is safe to retry, and the translation of the outcome into a {@link GatewayFailure}.
 */
final class TencentCalls {

  /** One failed attempt, as the retrier sees it. */
  private record Attempt(TencentCallFailure failure, Option<Duration> retryAfter) implements AttemptFailure {
    @Override
    public FailureKind kind() {
      return failure.kind();
    }

    @Override
    public boolean maybeApplied() {
      return failure.maybeApplied();
    }
  }

  private final ActionRateLimiter limiter;
  private final Retrier retrier;
  private final Duration maxPermitWait;

  TencentCalls(ActionRateLimiter limiter, Retrier retrier, Duration maxPermitWait) {
    this.limiter = limiter;
    this.retrier = retrier;
    this.maxPermitWait = maxPermitWait;
  }

  /** Calls {@code action}; whether it may be repeated after an uncertain attempt comes from the action catalog. */
  <T> Either<GatewayFailure, T> call(String action, Supplier<Either<TencentCallFailure, T>> attempt) {
    Idempotency idempotency = ActionCatalog.get(action).mutating() ? Idempotency.NOT_IDEMPOTENT : Idempotency.IDEMPOTENT;
    Either<Attempt, T> result = retrier.run(action, idempotency, () -> {
      Either<Duration, Duration> permit = limiter.acquire(action, maxPermitWait);
      if (permit.isLeft()) {
        return Either.left(new Attempt(TencentCallFailure.local(action, FailureKind.RATE_LIMITED, "client.rate_limit",
            "the client-side rate limit of " + action + " would need a wait of " + permit.getLeft().toMillis() + " ms",
            Option.none(), false), Option.some(permit.getLeft())));
      }
      return attempt.get().mapLeft(f -> new Attempt(f, Option.none()));
    });
    return result.mapLeft(a -> TencentFailures.toGateway(a.failure(), a.retryAfter()));
  }

  /** A failure found before anything was sent. */
  static VendorTrace localTrace(String code, String message) {
    return VendorTrace.local(TencentCallFailure.SOURCE, code, message);
  }
}
