package dev.partnerkit.sandbox.huawei;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The faults in force, per operation. A fault stays in force until it is cleared; several faults may be in force for
 * one operation (e.g. a delay and an association lag). Thread-safe: tests may change faults while calls run.
 */
public final class HuaweiFaults {
  private final Map<HuaweiOperation, List<HuaweiFault>> byOperation = new EnumMap<>(HuaweiOperation.class);
  private final Map<HuaweiOperation, List<HuaweiFault>> nextCallOnly = new EnumMap<>(HuaweiOperation.class);

  HuaweiFaults() {}

  /**
   * Puts {@code fault} in force for {@code operation}.
   *
   * @throws IllegalArgumentException for an association lag on an operation other than CreateSubCustomer
   */
  public synchronized HuaweiFaults inject(HuaweiOperation operation, HuaweiFault fault) {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(fault, "fault");
    if (fault.kind() == HuaweiFault.Kind.ASSOCIATION_LAG && operation != HuaweiOperation.CREATE_SUB_CUSTOMER) {
      throw new IllegalArgumentException("an association lag only applies to CreateSubCustomer");
    }
    byOperation.computeIfAbsent(operation, o -> new CopyOnWriteArrayList<>()).add(fault);
    return this;
  }

  /**
   * Puts {@code fault} in force for the next call of {@code operation} only (e.g. "the next create loses its answer").
   *
   * @throws IllegalArgumentException for an association lag on an operation other than CreateSubCustomer
   */
  public synchronized HuaweiFaults injectOnce(HuaweiOperation operation, HuaweiFault fault) {
    inject(operation, fault);
    byOperation.get(operation).remove(byOperation.get(operation).size() - 1);
    nextCallOnly.computeIfAbsent(operation, o -> new CopyOnWriteArrayList<>()).add(fault);
    return this;
  }

  /** Removes every fault of {@code operation}. */
  public synchronized HuaweiFaults clear(HuaweiOperation operation) {
    byOperation.remove(operation);
    nextCallOnly.remove(operation);
    return this;
  }

  /** Removes every fault. */
  public synchronized HuaweiFaults clearAll() {
    byOperation.clear();
    nextCallOnly.clear();
    return this;
  }

  /** The faults in force for {@code operation}, in the order they were injected (lasting ones first). */
  public synchronized List<HuaweiFault> of(HuaweiOperation operation) {
    List<HuaweiFault> all = new java.util.ArrayList<>(byOperation.getOrDefault(operation, List.of()));
    all.addAll(nextCallOnly.getOrDefault(operation, List.of()));
    return List.copyOf(all);
  }

  /** A call of {@code operation} is over: its next-call-only faults are used up. */
  synchronized void callDone(HuaweiOperation operation) {
    nextCallOnly.remove(operation);
  }

  boolean has(HuaweiOperation operation, HuaweiFault.Kind kind) {
    return of(operation).stream().anyMatch(f -> f.kind() == kind);
  }
}
