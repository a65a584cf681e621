package dev.partnerkit.sandbox.shared;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The faults waiting for the next calls of each action, first in first out: {@code throttle("CreateAccount", 2)}
 * makes the next two CreateAccount calls fail as throttled, then the action behaves normally again. Faults are
 * consumed by calls that pass authentication and the rate limit (a call refused before consumes nothing). Thread-safe; may be
 * changed while the sandbox runs.
 */
public final class Faults {

  private final FaultQueue<String, Fault> queue = new FaultQueue<>();

  /** An empty set of faults. */
  public Faults() {}

  /** The next {@code times} calls of {@code action} get {@code fault}. Returns this, for chaining. */
  public Faults inject(String action, Fault fault, int times) {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(fault, "fault");
    queue.add(action, fault, times);
    return this;
  }

  /** The next {@code times} calls of {@code action} are answered as throttled. */
  public Faults throttle(String action, int times) {
    return inject(action, Fault.throttle(), times);
  }

  /** The next {@code times} calls of {@code action} are answered with an internal error. */
  public Faults internalError(String action, int times) {
    return inject(action, Fault.internalError(), times);
  }

  /** The next {@code times} calls of {@code action} wait {@code delay} before being handled. */
  public Faults delay(String action, Duration delay, int times) {
    return inject(action, Fault.delay(delay), times);
  }

  /** The next {@code times} calls of {@code action} are applied, then their connection is dropped unanswered. */
  public Faults dropConnectionAfterWrite(String action, int times) {
    return inject(action, Fault.dropConnectionAfterWrite(), times);
  }

  /** Removes every pending fault. */
  public void clear() {
    queue.clearAll();
  }

  /** How many calls of {@code action} still have a fault waiting. */
  public int pending(String action) {
    return (int) Math.min(Integer.MAX_VALUE, queue.pending(action));
  }

  /** Takes the fault for the call of {@code action} being handled now, if any (used by front doors). */
  public Optional<Fault> take(String action) {
    return queue.takeFirst(action);
  }
}
