package dev.partnerkit.sandbox.tencent;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * How many requests reached each action's handler (after authentication, rate limit and injected errors), and how many
 * the rate limit refused.
 */
final class RequestCounter {

  private final Map<String, LongAdder> byAction = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> throttledByAction = new ConcurrentHashMap<>();

  /** A request of {@code action} was refused by the rate limit (not by an injected fault). */
  void throttled(String action) {
    throttledByAction.computeIfAbsent(action, a -> new LongAdder()).increment();
  }

  long throttledOf(String action) {
    LongAdder n = throttledByAction.get(action);
    return n == null ? 0 : n.sum();
  }

  void count(String action) {
    byAction.computeIfAbsent(action, a -> new LongAdder()).increment();
  }

  long of(String action) {
    LongAdder n = byAction.get(action);
    return n == null ? 0 : n.sum();
  }

  long total() {
    return byAction.values().stream().mapToLong(LongAdder::sum).sum();
  }
}
