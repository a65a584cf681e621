package dev.partnerkit.adapter.support;

import dev.partnerkit.ports.FailureKind;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.Objects;

/**
 * One attempt of a vendor call, as the call path ({@link GuardedCall}) reports it to a {@link CallListener}: every
 * attempt, the first and each retry. It names the operation and says how it went; it never carries the request, the
 * answer's body, a secret or anything about a customer.
 *
 * @param vendor who was called: {@code tencent} or {@code huawei}
 * @param operation the operation's wire name in the vendor's catalog (e.g. {@code CreateAccount}, {@code
 *     CreateCustomerV2})
 * @param attempt 1 for the first attempt, 2 for the first retry...
 * @param duration how long the attempt took, from sending to classifying the answer (without the throttle wait)
 * @param failure empty when the attempt succeeded, else how it failed
 * @param sent false when this client's own rate limiter refused the attempt (nothing was sent)
 * @param requestId the vendor's request id of the answer, when it gave one (for support tickets)
 * @param throttleWait how long this client's rate limiter made the attempt wait before sending (zero if not at all)
 */
public record AttemptEvent(String vendor, String operation, int attempt, Duration duration,
    Option<FailureKind> failure, boolean sent, Option<String> requestId, Duration throttleWait) implements CallEvent {

  public AttemptEvent {
    Objects.requireNonNull(vendor, "vendor");
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(failure, "failure");
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(throttleWait, "throttleWait");
    if (attempt < 1) {
      throw new IllegalArgumentException("attempt must be at least 1");
    }
  }

  /** Whether the attempt returned a result. */
  public boolean succeeded() {
    return failure.isEmpty();
  }

  /**
   * The outcome as one word from a closed set: {@code SUCCESS}, or the name of the failure's {@link FailureKind}
   * (e.g. {@code RATE_LIMITED}).
   */
  public String outcome() {
    return failure.map(FailureKind::name).getOrElse("SUCCESS");
  }

  /** Whether the vendor throttled this attempt (as opposed to this client's own limiter refusing to send it). */
  public boolean throttledByVendor() {
    return sent && failure.contains(FailureKind.RATE_LIMITED);
  }

  /** Whether this attempt repeats an earlier one of the same call. */
  public boolean retry() {
    return attempt > 1;
  }
}
