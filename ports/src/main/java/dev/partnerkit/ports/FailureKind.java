package dev.partnerkit.ports;

/**
 * The kinds of {@link GatewayFailure}, one per variant, for a {@code switch} (Java 17 has no pattern matching for
 * sealed types in {@code switch}).
 */
public enum FailureKind {
  /** The request was malformed; nothing was sent or the vendor refused it before acting. Not retryable as is. */
  INVALID_REQUEST,
  /** The vendor refused on a business rule. Not retryable as is. */
  REJECTED,
  /** The thing asked about does not exist. */
  NOT_FOUND,
  /** The thing to create exists already, or an idempotency key was reused for a different request. */
  CONFLICT,
  /** Credentials are wrong, expired, or lack permission. */
  UNAUTHORIZED,
  /** Throttled, still throttled after the adapter's retries. Retry later. */
  RATE_LIMITED,
  /** The vendor or network failed before the request could take effect. Safe to retry. */
  UNAVAILABLE,
  /** The request may or may not have taken effect. Reconcile before retrying. */
  OUTCOME_UNKNOWN,
  /** Anything the adapter could not classify: an unknown vendor code, a malformed response. */
  UNEXPECTED;

  /** Whether calling again later, unchanged, may succeed without risk of doing the work twice. */
  public boolean isRetryable() {
    return this == RATE_LIMITED || this == UNAVAILABLE;
  }
}
