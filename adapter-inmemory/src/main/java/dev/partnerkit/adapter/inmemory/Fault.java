package dev.partnerkit.adapter.inmemory;

/** A failure the in-memory gateway can be told to produce, to test how a service copes. */
public enum Fault {
  /** The call fails with {@code RateLimited} (retry after one second); nothing happens. */
  RATE_LIMITED,
  /** The call fails with {@code Unavailable}; nothing happens. */
  UNAVAILABLE,
  /**
   * A write is applied, then the answer is "lost": the call fails with {@code OutcomeUnknown}. A read fails with
   * {@code Unavailable}. Calling again with the same idempotency key finds the write.
   */
  OUTCOME_UNKNOWN,
  /**
   * Huawei's CBC.99000050: the customer account is created but its association with the partner is still pending.
   * The create succeeds with {@code PENDING}; the customer is listed only after {@link
   * InMemoryPartnerGateway#completePendingAssociations()}. On other calls it has no effect.
   */
  ASSOCIATION_PENDING
}
