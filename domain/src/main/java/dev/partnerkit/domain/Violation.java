package dev.partnerkit.domain;

import java.util.Objects;

/**
 * One problem with untrusted input: a stable machine-readable {@link ViolationCode}, the field at fault (in the
 * vocabulary of partnerkit's own forms, e.g. {@code "password"} or {@code "tradeCategory.secondLevel"}) and a sentence
 * a person understands.
 *
 * <p>Validators report every violation at once; a violation never contains the rejected value when that value is a
 * secret.
 */
public record Violation(ViolationCode code, String field, String message) {

  public Violation {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }

  /** A violation of {@code code} on {@code field}, explained by {@code message}. */
  public static Violation of(ViolationCode code, String field, String message) {
    return new Violation(code, field, message);
  }

  /** The same violation reported under another field name (used when a value type is embedded in a form). */
  public Violation atField(String otherField) {
    return new Violation(code, otherField, message);
  }

  @Override
  public String toString() {
    return field + ": " + message + " [" + code.code() + "]";
  }
}
