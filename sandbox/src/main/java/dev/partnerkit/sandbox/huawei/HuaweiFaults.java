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

  /** Removes every fault of {@code operation}. */
  public synchronized HuaweiFaults clear(HuaweiOperation operation) {
    byOperation.remove(operation);
    return this;
  }

  /** Removes every fault. */
  public synchronized HuaweiFaults clearAll() {
    byOperation.clear();
    return this;
  }

  /** The faults in force for {@code operation}, in the order they were injected. */
  public synchronized List<HuaweiFault> of(HuaweiOperation operation) {
    return List.copyOf(byOperation.getOrDefault(operation, List.of()));
  }

  boolean has(HuaweiOperation operation, HuaweiFault.Kind kind) {
    return of(operation).stream().anyMatch(f -> f.kind() == kind);
  }
}
