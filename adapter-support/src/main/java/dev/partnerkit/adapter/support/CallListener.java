package dev.partnerkit.adapter.support;

/**
 * Hears what a gateway does around its calls: every attempt of a vendor call ({@link AttemptStarted} as it is sent,
 * then {@link AttemptEvent}: operation,
 * attempt number, duration, outcome, request id, throttle wait) and the write journal's events ({@link JournalEvent}:
 * a key claimed, replayed, reconciled, left unresolved). One method, so that a
 * lambda is a listener; it is called on the caller's thread, must return quickly and must not throw (what it throws is
 * ignored). Events carry keys and operation names, never request bodies or secrets.
 */
@FunctionalInterface
public interface CallListener {

  /** A listener that ignores everything (the default). */
  CallListener NONE = event -> {};

  /** Something happened; see the event's type. */
  void onEvent(CallEvent event);

  /** A listener that tells every event to each of {@code listeners}, in order (one failing does not stop the others). */
  static CallListener all(Iterable<? extends CallListener> listeners) {
    java.util.List<CallListener> copy = new java.util.ArrayList<>();
    listeners.forEach(l -> copy.add(java.util.Objects.requireNonNull(l, "listener")));
    copy.removeIf(l -> l == NONE);
    if (copy.isEmpty()) {
      return NONE;
    }
    if (copy.size() == 1) {
      return copy.get(0);
    }
    java.util.List<CallListener> fixed = java.util.List.copyOf(copy);
    return event -> fixed.forEach(l -> l.tell(event));
  }

  /** Tells {@code event} to this listener, ignoring what it throws (a listener cannot break a call). */
  default void tell(CallEvent event) {
    try {
      onEvent(event);
    } catch (RuntimeException ignored) {
      // a listener's failure is not the caller's
    }
  }
}
