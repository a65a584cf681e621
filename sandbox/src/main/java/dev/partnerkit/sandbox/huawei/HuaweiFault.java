package dev.partnerkit.sandbox.huawei;

import java.time.Duration;
import java.util.Objects;

/**
 * A misbehaviour the front door can be told to show for one operation (see {@link HuaweiFaults}).
 *
 * <ul>
 *   <li>{@link #associationLag()}: CreateSubCustomer only. The account is created, but the partner association does
 *       not complete: the answer is 500 {@code CBC.99000050} with {@code domain_id} and {@code domain_name} in the
 *       body, and the customer stays out of ListSubCustomers until {@link HuaweiSandbox#completeAssociations()}.
 *   <li>{@link #throttled()}: 429 {@code CBC.0250} (BSS flow control) before the operation runs.
 *   <li>{@link #serverError()}: 500 {@code CBC.0999} before the operation runs; nothing changes.
 *   <li>{@link #delay(Duration)}: the answer is held back this long.
 *   <li>{@link #dropConnectionAfterWrite()}: the operation runs and its changes are kept, then the connection is closed
 *       without an answer (the client sees a reset or end of stream).
 * </ul>
 */
public final class HuaweiFault {

  /** The kinds of fault. */
  public enum Kind {
    ASSOCIATION_LAG,
    THROTTLED,
    SERVER_ERROR,
    DELAY,
    DROP_CONNECTION_AFTER_WRITE
  }

  private final Kind kind;
  private final Duration delay;

  private HuaweiFault(Kind kind, Duration delay) {
    this.kind = kind;
    this.delay = delay;
  }

  /** CreateSubCustomer answers 500 {@code CBC.99000050} with the new ids and leaves the customer unassociated. */
  public static HuaweiFault associationLag() {
    return new HuaweiFault(Kind.ASSOCIATION_LAG, Duration.ZERO);
  }

  /** 429 {@code CBC.0250}. */
  public static HuaweiFault throttled() {
    return new HuaweiFault(Kind.THROTTLED, Duration.ZERO);
  }

  /** 500 {@code CBC.0999}. */
  public static HuaweiFault serverError() {
    return new HuaweiFault(Kind.SERVER_ERROR, Duration.ZERO);
  }

  /** The answer comes {@code delay} later. */
  public static HuaweiFault delay(Duration delay) {
    Objects.requireNonNull(delay, "delay");
    if (delay.isNegative()) {
      throw new IllegalArgumentException("delay must not be negative");
    }
    return new HuaweiFault(Kind.DELAY, delay);
  }

  /** The operation's changes are applied, then the connection is closed without an answer. */
  public static HuaweiFault dropConnectionAfterWrite() {
    return new HuaweiFault(Kind.DROP_CONNECTION_AFTER_WRITE, Duration.ZERO);
  }

  public Kind kind() {
    return kind;
  }

  /** The delay of a {@link Kind#DELAY} fault, zero otherwise. */
  public Duration delay() {
    return delay;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HuaweiFault f && f.kind == kind && f.delay.equals(delay);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, delay);
  }

  @Override
  public String toString() {
    return kind == Kind.DELAY ? "DELAY(" + delay + ")" : kind.name();
  }
}
