package dev.partnerkit.adapter.support;

import io.vavr.control.Option;

/**
 * Carries the vendor's request id of an answer from an adapter's transport to the {@link GuardedCall} that made the
 * attempt, so that the {@link AttemptEvent} names it. Attempts run on the caller's thread, so the id is kept per
 * thread for the duration of one attempt; outside an attempt of a {@link GuardedCall}, noting an id does nothing
 * lasting.
 */
public final class VendorRequestIds {

  private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

  private VendorRequestIds() {}

  /** The transport read {@code requestId} (null or blank: none) from the vendor's answer to the current attempt. */
  public static void note(String requestId) {
    if (requestId != null && !requestId.isBlank()) {
      CURRENT.set(requestId);
    }
  }

  /** Forgets any id noted on this thread (before an attempt). */
  static void clear() {
    CURRENT.remove();
  }

  /** The id noted on this thread since the last {@link #clear()}, and forgets it. */
  static Option<String> take() {
    String id = CURRENT.get();
    CURRENT.remove();
    return Option.of(id);
  }
}
