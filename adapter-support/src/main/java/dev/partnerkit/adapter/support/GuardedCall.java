package dev.partnerkit.adapter.support;

import dev.partnerkit.ports.FailureKind;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.Collection;
import java.util.Objects;
import java.util.function.Function;
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
 * Thread-safe.
 */
public final class GuardedCall {

  private final String vendor;
  private final Option<ActionRateLimiter> limiter;
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
    this(vendor, Option.of(Objects.requireNonNull(limiter, "limiter")), retrier, maxPermitWait, listener, nanoTime);
  }

  private GuardedCall(String vendor, Option<ActionRateLimiter> limiter, Retrier retrier, Duration maxPermitWait,
      CallListener listener, LongSupplier nanoTime) {
    this.vendor = Objects.requireNonNull(vendor, "vendor");
    this.limiter = Objects.requireNonNull(limiter, "limiter");
    this.retrier = Objects.requireNonNull(retrier, "retrier");
    this.maxPermitWait = Objects.requireNonNull(maxPermitWait, "maxPermitWait");
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
    return new GuardedCall(vendor, limiter, Retrier.of(rules.retryPolicy()), rules.retryPolicy().deadline(), listener,
        System::nanoTime);
  }

  /**
   * Runs {@code attempt} for {@code operation}: permit, attempt, retries by the operation's idempotency class.
   *
   * @param attempt one attempt: sign, send, classify; never throws for a vendor or network failure
   * @param throttledLocally the failure to report when this client's own limiter would need a longer wait than
   *     allowed (given that wait); nothing is sent then
   */
  public <F extends AttemptFailure, T> Either<F, T> run(VendorOperation operation, Supplier<Either<F, T>> attempt,
      Function<Duration, F> throttledLocally) {
    String action = operation.wireName();
    int[] attempts = {0};
    return retrier.run(action, operation.idempotency(), () -> {
      int n = ++attempts[0];
      Either<Duration, Duration> permit = limiter.isEmpty()
          ? Either.right(Duration.ZERO) : limiter.get().acquire(action, maxPermitWait);
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
