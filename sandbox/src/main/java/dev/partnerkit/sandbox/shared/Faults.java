package dev.partnerkit.sandbox.shared;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The faults waiting for the next calls of each action, first in first out: {@code throttle("CreateAccount", 2)}
 * makes the next two CreateAccount calls fail as throttled, then the action behaves normally again. Faults are
 * consumed by calls that pass authentication and the rate limit (a call refused before consumes nothing). Thread-safe; may be
 * changed while the sandbox runs.
 */
public final class Faults {

  private final Map<String, Deque<Pending>> byAction = new HashMap<>();
  /** Calls that still have a fault waiting, over every action: lets {@link #take} skip the lock when none does. */
  private volatile long waiting;

  /** An empty set of faults. */
  public Faults() {}

  /** The next {@code times} calls of {@code action} get {@code fault}. Returns this, for chaining. */
  public synchronized Faults inject(String action, Fault fault, int times) {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(fault, "fault");
    if (times < 1) {
      throw new IllegalArgumentException("times must be at least 1");
    }
    byAction.computeIfAbsent(action, a -> new ArrayDeque<>()).addLast(new Pending(fault, times));
    waiting += times;
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
  public synchronized void clear() {
    byAction.clear();
    waiting = 0;
  }

  /** How many calls of {@code action} still have a fault waiting. */
  public synchronized int pending(String action) {
    Deque<Pending> queue = byAction.get(action);
    return queue == null ? 0 : queue.stream().mapToInt(p -> p.remaining).sum();
  }

  /** Takes the fault for the call of {@code action} being handled now, if any (used by front doors). */
  public Optional<Fault> take(String action) {
    return waiting == 0 ? Optional.empty() : takeWaiting(action);
  }

  private synchronized Optional<Fault> takeWaiting(String action) {
    Deque<Pending> queue = byAction.get(action);
    if (queue == null || queue.isEmpty()) {
      return Optional.empty();
    }
    Pending head = queue.peekFirst();
    head.remaining--;
    waiting--;
    if (head.remaining == 0) {
      queue.removeFirst();
    }
    return Optional.of(head.fault);
  }

  private static final class Pending {
    private final Fault fault;
    private int remaining;

    private Pending(Fault fault, int remaining) {
      this.fault = fault;
      this.remaining = remaining;
    }
  }
}
