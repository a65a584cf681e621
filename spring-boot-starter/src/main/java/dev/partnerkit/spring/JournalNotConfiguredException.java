package dev.partnerkit.spring;

/**
 * A real gateway was configured without a usable write journal: {@code partnerkit.journal.type} is not set (there is
 * no default, so that a service never forgets its idempotency keys on restart by accident), or names a journal that
 * cannot be made. Reported at start-up by {@link JournalFailureAnalyzer}.
 */
public final class JournalNotConfiguredException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  /** The message says what to set. */
  public JournalNotConfiguredException(String message) {
    super(message);
  }
}
