package dev.partnerkit.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs one call from {@code callers} threads at once, each calling again as soon as its call returns (closed loop):
 * a warm-up phase, then a measured phase. Each call gets a distinct index (for unique emails, ids...). Measures calls
 * per second over the measured phase, the latency of every call (p50, p99) and the bytes each caller thread
 * allocated and the CPU time they used, per call ({@code ThreadMXBean.getThreadAllocatedBytes} and {@code
 * getCurrentThreadCpuTime} of the calling threads: every client measured is blocking and does its I/O, serialization
 * and signing on the calling thread).
 */
final class LoadRunner {

  /** One call; returns false if it failed (counted) or if there is nothing left to call (the caller stops). */
  interface Call {
    Outcome call(long index) throws Exception;
  }

  enum Outcome { OK, FAILED, EXHAUSTED }

  record Result(long calls, long failures, double seconds, double perSecond, double p50Micros, double p99Micros,
      double bytesPerCall, double cpuMicrosPerCall) {}

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private final double warmupSeconds;
  private final double measureSeconds;

  LoadRunner(double warmupSeconds, double measureSeconds) {
    this.warmupSeconds = warmupSeconds;
    this.measureSeconds = measureSeconds;
  }

  Result run(Call call, int callers) throws InterruptedException {
    AtomicLong index = new AtomicLong();
    phase(call, callers, warmupSeconds, index);
    return phase(call, callers, measureSeconds, index);
  }

  private Result phase(Call call, int callers, double seconds, AtomicLong index) throws InterruptedException {
    Worker[] workers = new Worker[callers];
    List<Thread> threads = new ArrayList<>();
    long start = System.nanoTime();
    long end = start + (long) (seconds * 1e9);
    for (int i = 0; i < callers; i++) {
      workers[i] = new Worker(call, end, index);
      Thread t = new Thread(workers[i], "bench-caller-" + i);
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    long calls = 0;
    long failures = 0;
    long bytes = 0;
    long cpu = 0;
    for (Worker w : workers) {
      calls += w.count;
      failures += w.failures;
      bytes += w.allocated;
      cpu += w.cpuNanos;
    }
    long[] all = new long[(int) calls];
    int at = 0;
    for (Worker w : workers) {
      System.arraycopy(w.latencies, 0, all, at, w.count);
      at += w.count;
    }
    Arrays.sort(all);
    return new Result(calls, failures, elapsed, calls / elapsed, percentile(all, 0.50) / 1e3,
        percentile(all, 0.99) / 1e3, calls == 0 ? 0 : (double) bytes / calls, calls == 0 ? 0 : cpu / 1e3 / calls);
  }

  private static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
  }

  private static final class Worker implements Runnable {
    final Call call;
    final long end;
    final AtomicLong index;
    long[] latencies = new long[1 << 16];
    int count;
    long failures;
    long allocated;
    long cpuNanos;

    Worker(Call call, long end, AtomicLong index) {
      this.call = call;
      this.end = end;
      this.index = index;
    }

    @Override
    public void run() {
      long id = Thread.currentThread().getId();
      long before = THREADS.getThreadAllocatedBytes(id);
      long cpuBefore = THREADS.getCurrentThreadCpuTime();
      try {
        while (System.nanoTime() < end) {
          long t0 = System.nanoTime();
          Outcome outcome;
          try {
            outcome = call.call(index.getAndIncrement());
          } catch (Exception e) {
            outcome = Outcome.FAILED;
          }
          long t1 = System.nanoTime();
          if (outcome == Outcome.EXHAUSTED) {
            break;
          }
          if (outcome == Outcome.FAILED) {
            failures++;
          }
          if (count == latencies.length) {
            latencies = Arrays.copyOf(latencies, count * 2);
          }
          latencies[count++] = t1 - t0;
        }
      } finally {
        allocated = THREADS.getThreadAllocatedBytes(id) - before;
        cpuNanos = THREADS.getCurrentThreadCpuTime() - cpuBefore;
      }
    }
  }
}
