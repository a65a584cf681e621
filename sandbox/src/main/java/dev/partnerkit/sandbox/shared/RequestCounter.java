package dev.partnerkit.sandbox.shared;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * How many requests a front door received in all, how many reached each operation (Tencent: its handler, after
 * authentication, rate limit and injected errors; Huawei: once routed), and how many the rate limit refused. Thread-safe.
 */
public final class RequestCounter {

  private final LongAdder received = new LongAdder();
  private final Map<String, LongAdder> byOperation = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> throttledByOperation = new ConcurrentHashMap<>();

  /** A request arrived, whatever becomes of it. */
  public void received() {
    received.increment();
  }

  /** A request reached {@code operation}. */
  public void count(String operation) {
    byOperation.computeIfAbsent(operation, a -> new LongAdder()).increment();
  }

  /** A request of {@code operation} was refused by the rate limit (not by an injected fault). */
  public void throttled(String operation) {
    throttledByOperation.computeIfAbsent(operation, a -> new LongAdder()).increment();
  }

  /** Back to zero, every count. */
  public void reset() {
    received.reset();
    byOperation.clear();
    throttledByOperation.clear();
  }

  /** Requests received in all. */
  public long receivedTotal() {
    return received.sum();
  }

  /** Requests that reached {@code operation}. */
  public long of(String operation) {
    LongAdder n = byOperation.get(operation);
    return n == null ? 0 : n.sum();
  }

  /** Requests of {@code operation} the rate limit refused. */
  public long throttledOf(String operation) {
    LongAdder n = throttledByOperation.get(operation);
    return n == null ? 0 : n.sum();
  }

  /** Requests that reached any operation. */
  public long countedTotal() {
    return byOperation.values().stream().mapToLong(LongAdder::sum).sum();
  }
}
