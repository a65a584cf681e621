package dev.partnerkit.bench;

import dev.partnerkit.adapter.tencent.IntlPartnersClient;
import dev.partnerkit.adapter.tencent.api.QueryCustomersCreditRequest;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * The child JVM of measurement "memory" (started with a small {@code -Xmx}): streams every customer of the endpoint
 * through {@code queryCustomersCreditPages(..., 100).stream()}; ten times along the way (at every tenth of the
 * expected total) it runs a full GC and reads the heap in use, i.e. the live heap while the stream is open. Prints one
 * line {@code customers=N seconds=S peakHeapBytes=B liveHeapBytes=L gcs=G}: the peak is the sum of the heap pools'
 * peak usage (an upper bound of the real peak), the live heap the largest of the ten readings.
 */
public final class MemoryChild {

  private MemoryChild() {}

  public static void main(String[] args) {
    String endpoint = args[0];
    long expected = Long.parseLong(args[1]);
    long every = Math.max(1, expected / 10);
    long start = System.nanoTime();
    long[] count = new long[1];
    long[] checksum = new long[1];
    long[] live = new long[1];
    try (IntlPartnersClient client = Clients.ourTencentClient(endpoint)) {
      client.queryCustomersCreditPages(QueryCustomersCreditRequest.builder(), 100).stream().forEach(c -> {
        count[0]++;
        checksum[0] += c.clientUin();
        if (count[0] % every == 0) {
          System.gc();
          live[0] = Math.max(live[0], ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
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
    System.out.printf("customers=%d seconds=%.2f peakHeapBytes=%d liveHeapBytes=%d gcs=%d checksum=%d maxHeap=%d%n",
        count[0], seconds, peak, live[0], gcs, checksum[0], Runtime.getRuntime().maxMemory());
  }
}
