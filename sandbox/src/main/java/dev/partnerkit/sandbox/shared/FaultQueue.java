package dev.partnerkit.sandbox.shared;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The faults waiting for the calls of each operation, in the order they were injected: each holds for a number of
 * calls, or lasts until cleared. The one store of every door's faults; each door's facade says how its calls use it
 * (Tencent's {@link Faults}: each call takes the first waiting fault; Huawei's: every fault in force applies to a call,
 * and the ones for one call go when it is done). Thread-safe: tests change faults while calls run. A call's check
 * takes no lock while nothing waits.
 *
 * @param <K> what faults are injected for (an action name, an operation)
 * @param <F> the door's fault
 */
public final class FaultQueue<K, F> {

  /** Calls the entry still applies to; {@link #LASTING} for until cleared. */
  private static final class Entry<F> {
    private final F fault;
    private long remaining;

    private Entry(F fault, long remaining) {
      this.fault = fault;
      this.remaining = remaining;
    }
  }

  private static final long LASTING = -1;

  private final Map<K, List<Entry<F>>> byKey = new HashMap<>();
  /** Entries over every key: lets a call's check skip the lock when there are none. */
  private volatile int entries;

  /** Puts {@code fault} in force for the next {@code times} calls of {@code key}. */
  public synchronized void add(K key, F fault, int times) {
    if (times < 1) {
      throw new IllegalArgumentException("times must be at least 1");
    }
    put(key, new Entry<>(Objects.requireNonNull(fault, "fault"), times));
  }

  /** Puts {@code fault} in force for every call of {@code key} until cleared. */
  public synchronized void addLasting(K key, F fault) {
    put(key, new Entry<>(Objects.requireNonNull(fault, "fault"), LASTING));
  }

  private void put(K key, Entry<F> entry) {
    byKey.computeIfAbsent(Objects.requireNonNull(key, "key"), k -> new ArrayList<>()).add(entry);
    entries++;
  }

  /** Takes one call of the first fault waiting for {@code key}, if any. */
  public Optional<F> takeFirst(K key) {
    if (entries == 0) {
      return Optional.empty();
    }
    synchronized (this) {
      List<Entry<F>> list = byKey.get(key);
      if (list == null || list.isEmpty()) {
        return Optional.empty();
      }
      Entry<F> head = list.get(0);
      use(list, 0, head);
      return Optional.of(head.fault);
    }
  }

  /** Every fault in force for {@code key}, in injection order: lasting ones first, then the counted ones. */
  public List<F> inForce(K key) {
    if (entries == 0) {
      return List.of();
    }
    synchronized (this) {
      List<Entry<F>> list = byKey.getOrDefault(key, List.of());
      List<F> out = new ArrayList<>(list.size());
      list.stream().filter(e -> e.remaining == LASTING).forEach(e -> out.add(e.fault));
      list.stream().filter(e -> e.remaining != LASTING).forEach(e -> out.add(e.fault));
      return List.copyOf(out);
    }
  }

  /** A call of {@code key} is over: each counted fault in force has one call fewer to go. */
  public void callDone(K key) {
    if (entries == 0) {
      return;
    }
    synchronized (this) {
      List<Entry<F>> list = byKey.get(key);
      if (list == null) {
        return;
      }
      for (Iterator<Entry<F>> it = list.iterator(); it.hasNext(); ) {
        Entry<F> e = it.next();
        if (e.remaining != LASTING && --e.remaining == 0) {
          it.remove();
          entries--;
        }
      }
    }
  }

  private void use(List<Entry<F>> list, int index, Entry<F> entry) {
    if (entry.remaining != LASTING && --entry.remaining == 0) {
      list.remove(index);
      entries--;
    }
  }

  /** How many calls of {@code key} still have a counted fault waiting (a lasting one counts once). */
  public synchronized long pending(K key) {
    return byKey.getOrDefault(key, List.of()).stream().mapToLong(e -> e.remaining == LASTING ? 1 : e.remaining).sum();
  }

  /** Removes every fault of {@code key}. */
  public synchronized void clear(K key) {
    List<Entry<F>> removed = byKey.remove(key);
    if (removed != null) {
      entries -= removed.size();
    }
  }

  /** Removes every fault. */
  public synchronized void clearAll() {
    byKey.clear();
    entries = 0;
  }
}
