package dev.partnerkit.adapter.inmemory;

import io.vavr.control.Option;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Faults queued for the next calls of an {@link InMemoryPartnerGateway}: "the next 3 calls are rate-limited", "the
 * next create customer loses its answer". Thread-safe. Each queued fault is used by exactly one call.
 */
public final class Faults {

  private final Deque<Fault> anyCall = new ArrayDeque<>();
  private final Map<Operation, Deque<Fault>> byOperation = new EnumMap<>(Operation.class);

  Faults() {}

  /** The next {@code count} calls, whatever they are, fail with {@code fault}. */
  public synchronized Faults nextCalls(int count, Fault fault) {
    Objects.requireNonNull(fault, "fault");
    for (int i = 0; i < count; i++) {
      anyCall.addLast(fault);
    }
    return this;
  }

  /** The next {@code count} calls of {@code operation} fail with {@code fault}. */
  public synchronized Faults nextCalls(Operation operation, int count, Fault fault) {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(fault, "fault");
    Deque<Fault> q = byOperation.computeIfAbsent(operation, o -> new ArrayDeque<>());
    for (int i = 0; i < count; i++) {
      q.addLast(fault);
    }
    return this;
  }

  /** Forgets every queued fault. */
  public synchronized void clear() {
    anyCall.clear();
    byOperation.clear();
  }

  /** Takes the fault for this call, if any: one aimed at the operation first, then one for any call. */
  synchronized Option<Fault> take(Operation operation) {
    Deque<Fault> q = byOperation.get(operation);
    if (q != null && !q.isEmpty()) {
      return Option.some(q.pollFirst());
    }
    return Option.of(anyCall.pollFirst());
  }
}
