package dev.partnerkit.sandbox.huawei;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** How many requests the front door received, in total and per operation. */
final class RequestCounter {
  private final AtomicLong total = new AtomicLong();
  private final Map<HuaweiOperation, AtomicLong> perOperation = new EnumMap<>(HuaweiOperation.class);

  RequestCounter() {
    for (HuaweiOperation op : HuaweiOperation.values()) {
      perOperation.put(op, new AtomicLong());
    }
  }

  void received() {
    total.incrementAndGet();
  }

  void routed(HuaweiOperation operation) {
    perOperation.get(operation).incrementAndGet();
  }

  long total() {
    return total.get();
  }

  long of(HuaweiOperation operation) {
    return perOperation.get(operation).get();
  }
}
