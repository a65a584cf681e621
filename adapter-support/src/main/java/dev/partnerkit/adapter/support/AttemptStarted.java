package dev.partnerkit.adapter.support;

import java.time.Duration;
import java.util.Objects;

/**
 * An attempt of a vendor call is about to be sent (its rate-limit permit taken): told to a {@link CallListener} on
 * the caller's thread just before the request goes out, and followed on the same thread by the {@link AttemptEvent}
 * of the same attempt once it is classified. A listener that times attempts itself (e.g. with Micrometer's
 * Observation API) starts its clock here. Carries no request data.
 *
 * @param vendor who is called: {@code tencent} or {@code huawei}
 * @param operation the operation's wire name in the vendor's catalog
 * @param attempt 1 for the first attempt, 2 for the first retry...
 * @param throttleWait how long this client's rate limiter made the attempt wait (zero if not at all)
 */
public record AttemptStarted(String vendor, String operation, int attempt, Duration throttleWait) implements CallEvent {

  public AttemptStarted {
    Objects.requireNonNull(vendor, "vendor");
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(throttleWait, "throttleWait");
    if (attempt < 1) {
      throw new IllegalArgumentException("attempt must be at least 1");
    }
  }
}
