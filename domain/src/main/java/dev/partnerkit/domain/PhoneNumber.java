package dev.partnerkit.domain;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * A phone number as the vendors take it: 1 to 32 ASCII digits, without the calling code (Tencent's {@code PhoneNum},
 * Huawei's {@code mobile_phone}). Spaces and dashes in the input are removed before checking.
 */
public record PhoneNumber(String digits) {

  /** The form field this value is reported under. */
  public static final String FIELD = "phoneNumber";

  public PhoneNumber {
    Checks.require(check(digits));
  }

  /** Checks untrusted input; reports every problem. */
  public static Validation<Seq<Violation>, PhoneNumber> parse(String raw) {
    String v = raw == null ? null : raw.strip().replace(" ", "").replace("-", "");
    return Checks.validate(check(v), () -> new PhoneNumber(v));
  }

  static Seq<Violation> check(String v) {
    if (Checks.isBlank(v)) {
      return List.of(Checks.required(FIELD, "a phone number"));
    }
    if (!Checks.allAsciiDigits(v)) {
      return List.of(Violation.of(ViolationCode.FORMAT, FIELD, "must contain only digits 0-9"));
    }
    if (v.length() > 32) {
      return List.of(Violation.of(ViolationCode.LENGTH, FIELD, "must be 1 to 32 digits"));
    }
    return List.empty();
  }

  @Override
  public String toString() {
    return digits;
  }
}
