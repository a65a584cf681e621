package dev.partnerkit.sandbox.shared;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The last {@link #CAPACITY} requests the front doors answered: when, which door, method, path, the operation (Tencent's
 * {@code X-TC-Action}) and the HTTP status. No header values, no bodies: nothing secret.
 */
public final class RequestLog {

  /** How many entries are kept. */
  public static final int CAPACITY = 1000;

  /**
   * One request.
   *
   * @param at when it was answered
   * @param door the front door ({@code tencent}, {@code huawei-china}, {@code huawei-international})
   * @param method the HTTP method
   * @param path the path
   * @param action the Tencent action, or empty
   * @param status the HTTP status, 0 when the connection was dropped or the body never came
   */
  public record Entry(Instant at, String door, String method, String path, String action, int status) {}

  /** An entry with its place in the sequence of every entry added, so that a reader can tell a stale slot. */
  private record Slot(long seq, Entry entry) {}

  private final AtomicReferenceArray<Slot> ring = new AtomicReferenceArray<>(CAPACITY);
  private final AtomicLong added = new AtomicLong();
  /** Entries numbered below this were cleared. */
  private volatile long clearedBelow;
  private final Clock clock;

  /** A log stamping entries with {@code clock}. */
  public RequestLog(Clock clock) {
    this.clock = clock;
  }

  /**
   * Adds an entry, dropping the oldest beyond the capacity. Takes no lock: every request of every door passes here.
   */
  public void add(String door, String method, String path, String action, int status) {
    Entry e = new Entry(clock.instant(), door, method, path, action == null ? "" : action, status);
    long seq = added.getAndIncrement();
    ring.set((int) (seq % CAPACITY), new Slot(seq, e));
  }

  /** The entries, oldest first (an entry being added while this reads may be missing). */
  public List<Entry> entries() {
    long end = added.get();
    long start = Math.max(clearedBelow, end - CAPACITY);
    List<Entry> out = new ArrayList<>((int) (end - start));
    for (long seq = start; seq < end; seq++) {
      Slot slot = ring.get((int) (seq % CAPACITY));
      if (slot != null && slot.seq() == seq) {
        out.add(slot.entry());
      }
    }
    return List.copyOf(out);
  }

  /** Forgets every entry. */
  public void clear() {
    clearedBelow = added.get();
  }
}
