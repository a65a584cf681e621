package dev.partnerkit.domain;

import java.util.Objects;

/**
 * A business refusal: the input was well formed, but a rule of the business says no (the sixth account on one phone
 * number, deciding an application twice, a reseller that is not a distributor deciding one...).
 */
public record Rejection(RejectionCode code, String message) {

  public Rejection {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  public static Rejection of(RejectionCode code, String message) {
    return new Rejection(code, message);
  }

  @Override
  public String toString() {
    return message + " [" + code.code() + "]";
  }
}
