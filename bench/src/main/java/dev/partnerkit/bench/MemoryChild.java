package dev.partnerkit.bench;

import dev.partnerkit.adapter.tencent.IntlPartnersClient;
import dev.partnerkit.adapter.tencent.api.QueryCustomersCreditRequest;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * The child JVM of measurement 4 (started with {@code -Xmx64m}): streams every customer of the endpoint through
 * {@code queryCustomersCreditPages(..., 100).stream()} and prints one line {@code customers=N seconds=S
 * peakHeapBytes=B gcs=G}, the peak being the sum of the heap pools' peak usage (an upper bound of the real peak).
 */
public final class MemoryChild {

  private MemoryChild() {}

  public static void main(String[] args) {
    String endpoint = args[0];
    long start = System.nanoTime();
    long[] count = new long[1];
    long[] checksum = new long[1];
    try (IntlPartnersClient client = Clients.ourTencentClient(endpoint)) {
      client.queryCustomersCreditPages(QueryCustomersCreditRequest.builder(), 100).stream().forEach(c -> {
        count[0]++;
        checksum[0] += c.clientUin();
      });
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    long gcs = ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(g -> g.getCollectionCount()).sum();
    System.out.printf("customers=%d seconds=%.2f peakHeapBytes=%d gcs=%d checksum=%d maxHeap=%d%n", count[0], seconds,
        peak, gcs, checksum[0], Runtime.getRuntime().maxMemory());
  }
}
