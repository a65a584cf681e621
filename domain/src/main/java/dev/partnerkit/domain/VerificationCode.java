package dev.partnerkit.domain;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * The 6-digit code a vendor sends by SMS or email to prove a phone number or address. A secret: {@link #toString()}
 * never shows it.
 */
public final class VerificationCode {

  /** The form field this value is reported under. */
  public static final String FIELD = "verificationCode";

  private final Secret code;

  private VerificationCode(Secret code) {
    this.code = code;
  }

  /** Checks untrusted input; reports every problem. The code itself never appears in a violation. */
  public static Validation<Seq<Violation>, VerificationCode> parse(String raw) {
    String v = raw == null ? null : raw.strip();
    return Checks.validate(check(v), () -> new VerificationCode(Secret.of(v)));
  }

  /** Builds a code the caller knows to be valid; throws on a malformed one. */
  public static VerificationCode of(String code) {
    Checks.require(check(code));
    return new VerificationCode(Secret.of(code));
  }

  static Seq<Violation> check(String v) {
    if (Checks.isBlank(v)) {
      return List.of(Checks.required(FIELD, "a verification code"));
    }
    if (v.length() != 6 || !Checks.allAsciiDigits(v)) {
      return List.of(Violation.of(ViolationCode.FORMAT, FIELD, "must be exactly 6 digits"));
    }
    return List.empty();
  }

  /** The code as a secret, to put on the wire. */
  public Secret secret() {
    return code;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof VerificationCode other && code.equals(other.code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  @Override
  public String toString() {
    return "VerificationCode[******]";
  }
}
