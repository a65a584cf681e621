package dev.partnerkit.ports;

import java.util.Objects;

/**
 * Thrown only by a {@link Paged#stream()} whose next page could not be fetched, since a lazy stream cannot return an
 * {@code Either}. Carries the {@link GatewayFailure}. Use {@link Paged#forEach} to get the failure as a value instead.
 */
public final class GatewayException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient GatewayFailure failure;

  public GatewayException(GatewayFailure failure) {
    super(Objects.requireNonNull(failure, "failure").message(), null, false, false);
    this.failure = failure;
  }

  /** Why the page could not be fetched. */
  public GatewayFailure failure() {
    return failure;
  }
}
