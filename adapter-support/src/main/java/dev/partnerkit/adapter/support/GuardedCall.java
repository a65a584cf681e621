package dev.partnerkit.adapter.support;

import dev.partnerkit.ports.FailureKind;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.Collection;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The one call pipeline of both typed vendor clients ({@code IntlPartnersClient}, {@code BssClient}): every attempt
 * first takes a permit at the catalog entry's rate (waiting up to {@code maxPermitWait}), then runs (the client signs
 * afresh, sends and classifies the answer), and the {@link Retrier} repeats what the entry's idempotency class makes
 * safe to repeat: a non-idempotent write whose bytes may have arrived is never repeated, it comes back as the failure
 * whose {@link AttemptFailure#maybeApplied()} is true. Each attempt is reported to the {@link CallListener}: an {@link
 * AttemptStarted} just before it is sent, an {@link AttemptEvent} once it is classified (also for an attempt the local
 * limiter refused, which has no start). Without a limiter ({@link CallRules#rateLimited()} off) nothing is paced.
 *
 * <p>The whole call, every attempt, permit wait and backoff included, has one deadline, {@link
 * CallRules#callTimeout()}: each permit wait and each exchange get only what is left of it (the transport's {@link
 * CallDeadlines} abandon an exchange that overruns it), and when a retry could no longer start in time the call stops
 * with {@code transport.call-timeout}, possibly applied if an earlier attempt may have taken effect. A non-idempotent
 * write whose bytes may have arrived is never repeated, deadline or not. Thread-safe.
 */
public final class GuardedCall {

  private final String vendor;
  private final Option<ActionRateLimiter> limiter;
  private final Retrier retrier;
  private final Duration maxPermitWait;
  private final Duration callTimeout;
  private final CallListener listener;
  private final LongSupplier nanoTime;

  /**
   * A call path to {@code vendor} (its name in the events: {@code tencent}, {@code huawei}) that reports every attempt
   * to {@code listener}, each call within {@code callTimeout}, its attempts timed on {@code nanoTime} (the retrier's
   * time source; a fake one in tests).
   */
  public GuardedCall(String vendor, Option<ActionRateLimiter> limiter, Retrier retrier, Duration maxPermitWait,
      Duration callTimeout, CallListener listener, LongSupplier nanoTime) {
    this.vendor = Objects.requireNonNull(vendor, "vendor");
    this.limiter = Objects.requireNonNull(limiter, "limiter");
    this.retrier = Objects.requireNonNull(retrier, "retrier");
    this.maxPermitWait = Objects.requireNonNull(maxPermitWait, "maxPermitWait");
    this.callTimeout = Objects.requireNonNull(callTimeout, "callTimeout");
    this.listener = Objects.requireNonNull(listener, "listener");
    this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
  }

  /**
   * The pipeline of a typed client of {@code vendor} whose operations are {@code catalog}, following {@code rules}:
   * with the rate-limit buckets in this JVM, or none when the rules switch pacing off.
   */
  public static GuardedCall of(String vendor, Collection<? extends VendorOperation> catalog, CallRules rules,
      CallListener listener) {
    return of(vendor, rules, rules.rateLimited()
        ? Option.of(ActionRateLimiter.of(rules.limits(catalog), RateLimit.perSecond(1)))
        : Option.none(), listener);
  }

  /**
   * The pipeline of a typed client of {@code vendor}: retries as {@code rules} say, each attempt paced by {@code
   * limiter} (e.g. {@link ActionRateLimiter#shared} buckets), or not at all when it is empty.
   */
  public static GuardedCall of(String vendor, CallRules rules, Option<ActionRateLimiter> limiter,
      CallListener listener) {
    return new GuardedCall(vendor, limiter, Retrier.of(rules.retryPolicy()), rules.retryPolicy().deadline(),
        rules.callTimeout(), listener, System::nanoTime);
  }

  /**
   * Runs {@code attempt} for {@code operation}: permit, attempt, retries by the operation's idempotency class, all
   * within the call timeout.
   *
   * @param attempt one attempt: sign, send, classify; never throws for a vendor or network failure
   * @param local makes the failures decided here, without an exchange: this client's own limiter would need a longer
   *     wait than allowed ({@code client.rate_limit}; nothing is sent then), or the call timeout passed ({@code
   *     transport.call-timeout})
   */
  public <F extends AttemptFailure, T> Either<F, T> run(VendorOperation operation, Supplier<Either<F, T>> attempt,
      LocalFailure<F> local) {
    String action = operation.wireName();
    int[] attempts = {0};
    return retrier.run(action, operation.idempotency(), callTimeout, remaining -> {
      int n = ++attempts[0];
      Duration permitWait = remaining.isNegative() ? Duration.ZERO
          : remaining.compareTo(maxPermitWait) < 0 ? remaining : maxPermitWait;
      Either<Duration, Duration> permit = limiter.isEmpty()
          ? Either.right(Duration.ZERO) : limiter.get().acquire(action, permitWait);
      if (permit.isLeft()) {
        F refused = local.of(FailureKind.RATE_LIMITED, "client.rate_limit", "this client's rate limit for " + action
            + " needs a wait of " + permit.getLeft().toMillis() + " ms", false);
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
        result = CallDeadlines.within(remaining.minus(permit.get()), attempt);
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
    }, maybeApplied -> local.of(
        maybeApplied && operation.operationClass() != OperationClass.READ ? FailureKind.OUTCOME_UNKNOWN
            : FailureKind.UNAVAILABLE,
        "transport.call-timeout", "the call timeout (" + callTimeout + ") passed after " + attempts[0] + " attempt"
            + (attempts[0] == 1 ? "" : "s") + (maybeApplied ? "; an attempt may have been applied" : ""),
        maybeApplied));
  }

  private void report(String action, int attempt, Duration took, FailureKind failure,
      boolean sent, Option<String> requestId, Duration throttleWait) {
    if (listener != CallListener.NONE) {
      listener.tell(new AttemptEvent(vendor, action, attempt, took, Option.of(failure), sent, requestId, throttleWait));
    }
  }
}
