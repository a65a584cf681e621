package dev.partnerkit.adapter.support;

import dev.partnerkit.ports.FailureKind;

/**
 * Makes a vendor's failure for what {@link GuardedCall} decides itself, without (another) exchange: this client's own
 * rate limit refused the attempt ({@code client.rate_limit}), or the whole-call deadline passed ({@code
 * transport.call-timeout}). Each typed client gives one, building its own failure type.
 *
 * @param <F> the vendor's failure type
 */
@FunctionalInterface
public interface LocalFailure<F extends AttemptFailure> {

  /**
   * The failure.
   *
   * @param kind how it classifies
   * @param code the condition, e.g. {@code transport.call-timeout}
   * @param message what happened, for a person; no secret
   * @param maybeApplied whether an earlier attempt of the call may have taken effect
   */
  F of(FailureKind kind, String code, String message, boolean maybeApplied);
}
