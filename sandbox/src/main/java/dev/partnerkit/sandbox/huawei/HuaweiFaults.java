package dev.partnerkit.sandbox.huawei;

import dev.partnerkit.sandbox.shared.FaultQueue;
import java.util.List;
import java.util.Objects;

/**
 * The faults in force, per operation. A fault stays in force until it is cleared; several faults may be in force for
 * one operation (e.g. a delay and an association lag). Thread-safe: tests may change faults while calls run.
 */
public final class HuaweiFaults {
  private final FaultQueue<HuaweiOperation, HuaweiFault> queue = new FaultQueue<>();

  HuaweiFaults() {}

  /**
   * Puts {@code fault} in force for {@code operation}.
   *
   * @throws IllegalArgumentException for an association lag on an operation other than CreateSubCustomer
   */
  public HuaweiFaults inject(HuaweiOperation operation, HuaweiFault fault) {
    check(operation, fault);
    queue.addLasting(operation, fault);
    return this;
  }

  /**
   * Puts {@code fault} in force for the next call of {@code operation} only (e.g. "the next create loses its answer").
   *
   * @throws IllegalArgumentException for an association lag on an operation other than CreateSubCustomer
   */
  public HuaweiFaults injectOnce(HuaweiOperation operation, HuaweiFault fault) {
    check(operation, fault);
    queue.add(operation, fault, 1);
    return this;
  }

  private static void check(HuaweiOperation operation, HuaweiFault fault) {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(fault, "fault");
    if (fault.kind() == HuaweiFault.Kind.ASSOCIATION_LAG && operation != HuaweiOperation.CREATE_SUB_CUSTOMER) {
      throw new IllegalArgumentException("an association lag only applies to CreateSubCustomer");
    }
  }

  /** Removes every fault of {@code operation}. */
  public HuaweiFaults clear(HuaweiOperation operation) {
    queue.clear(operation);
    return this;
  }

  /** Removes every fault. */
  public HuaweiFaults clearAll() {
    queue.clearAll();
    return this;
  }

  /** The faults in force for {@code operation}, in the order they were injected (lasting ones first). */
  public List<HuaweiFault> of(HuaweiOperation operation) {
    return queue.inForce(operation);
  }

  /** A call of {@code operation} is over: its next-call-only faults are used up. */
  void callDone(HuaweiOperation operation) {
    queue.callDone(operation);
  }

  boolean has(HuaweiOperation operation, HuaweiFault.Kind kind) {
    return of(operation).stream().anyMatch(f -> f.kind() == kind);
  }
}
