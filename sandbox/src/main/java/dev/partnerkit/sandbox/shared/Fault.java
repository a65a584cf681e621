package dev.partnerkit.sandbox.shared;

import java.time.Duration;
import java.util.Objects;

/**
 * One injected fault, as a front door applies it to the next call of an action. How each kind looks on the wire is
 * vendor-specific; for the Tencent front door:
 *
 * <ul>
 *   <li>{@link Kind#THROTTLE}: HTTP 200 with error code {@code RequestLimitExceeded}; the action does not run.
 *   <li>{@link Kind#INTERNAL_ERROR}: HTTP 200 with error code {@code InternalError}; the action does not run.
 *   <li>{@link Kind#DELAY}: the call waits {@link #delay()} before it is handled normally.
 *   <li>{@link Kind#DROP_CONNECTION_AFTER_WRITE}: the action runs and its state change is kept (whether it succeeded or
 *       refused the call), then the connection is closed without a single byte of response: the client sees
 *       end-of-stream or a connection reset (Java's HttpClient: an {@code IOException} such as "HTTP/1.1 header parser
 *       received no bytes"; the official SDK: a {@code TencentCloudSDKException} with a null error code).
 * </ul>
 *
 * @param kind what happens
 * @param delay how long a {@link Kind#DELAY} waits ({@link Duration#ZERO} for the other kinds)
 */
public record Fault(Kind kind, Duration delay) {

  /** The kinds of fault a front door knows how to apply. */
  public enum Kind {
    /** Answer as the vendor's rate limiter does. */
    THROTTLE,
    /** Answer with the vendor's internal error. */
    INTERNAL_ERROR,
    /** Wait, then handle the call normally. */
    DELAY,
    /** Handle the call (its writes are applied), then close the connection without a response. */
    DROP_CONNECTION_AFTER_WRITE
  }

  public Fault {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(delay, "delay");
    if (delay.isNegative()) {
      throw new IllegalArgumentException("delay must not be negative");
    }
  }

  /** The vendor's throttling answer. */
  public static Fault throttle() {
    return new Fault(Kind.THROTTLE, Duration.ZERO);
  }

  /** The vendor's internal-error answer. */
  public static Fault internalError() {
    return new Fault(Kind.INTERNAL_ERROR, Duration.ZERO);
  }

  /** A wait of {@code delay} before normal handling. */
  public static Fault delay(Duration delay) {
    return new Fault(Kind.DELAY, delay);
  }

  /** Apply the write, then drop the connection without answering. */
  public static Fault dropConnectionAfterWrite() {
    return new Fault(Kind.DROP_CONNECTION_AFTER_WRITE, Duration.ZERO);
  }
}
