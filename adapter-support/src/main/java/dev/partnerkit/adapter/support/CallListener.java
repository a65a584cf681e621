package dev.partnerkit.adapter.support;

/**
 * Hears what a gateway does around its calls: today the write journal's events ({@link JournalEvent}: a key claimed,
 * replayed, reconciled, left unresolved), and the call pipeline's attempts as it reports them. One method, so that a
 * lambda is a listener; it is called on the caller's thread, must return quickly and must not throw (what it throws is
 * ignored). Events carry keys and operation names, never request bodies or secrets.
 */
@FunctionalInterface
public interface CallListener {

  /** A listener that ignores everything (the default). */
  CallListener NONE = event -> {};

  /** Something happened; see the event's type. */
  void onEvent(CallEvent event);

  /** Tells {@code event} to this listener, ignoring what it throws (a listener cannot break a call). */
  default void tell(CallEvent event) {
    try {
      onEvent(event);
    } catch (RuntimeException ignored) {
      // a listener's failure is not the caller's
    }
  }
}
