package dev.partnerkit.sandbox.shared;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

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

  private final ArrayDeque<Entry> entries = new ArrayDeque<>();
  private final Clock clock;

  /** A log stamping entries with {@code clock}. */
  public RequestLog(Clock clock) {
    this.clock = clock;
  }

  /** Adds an entry, dropping the oldest beyond the capacity. */
  public void add(String door, String method, String path, String action, int status) {
    Entry e = new Entry(clock.instant(), door, method, path, action == null ? "" : action, status);
    synchronized (entries) {
      if (entries.size() == CAPACITY) {
        entries.removeFirst();
      }
      entries.addLast(e);
    }
  }

  /** The entries, oldest first. */
  public List<Entry> entries() {
    synchronized (entries) {
      return List.copyOf(new ArrayList<>(entries));
    }
  }

  /** Forgets every entry. */
  public void clear() {
    synchronized (entries) {
      entries.clear();
    }
  }
}
