package dev.partnerkit.domain;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * The customer's name: a person's name for a personal account, the full company name for a company. 2 to 200
 * characters (Unicode code points), not only digits (seed 000 lines 114-116), and no control characters (a NUL byte, a
 * line break or an escape is no part of a name; the page is silent on them, the stricter reading). Trimmed.
 */
public record CustomerName(String value) {

  /** The form field this value is reported under. */
  public static final String FIELD = "customerName";

  public CustomerName {
    Checks.require(check(value));
  }

  /** Checks untrusted input; reports every problem. */
  public static Validation<Seq<Violation>, CustomerName> parse(String raw) {
    String v = raw == null ? null : raw.strip();
    return Checks.validate(check(v), () -> new CustomerName(v));
  }

  static Seq<Violation> check(String v) {
    if (Checks.isBlank(v)) {
      return List.of(Checks.required(FIELD, "a customer name"));
    }
    Seq<Violation> out = List.empty();
    int len = Checks.length(v);
    if (len < 2 || len > 200) {
      out = out.append(Violation.of(ViolationCode.LENGTH, FIELD, "must be 2 to 200 characters"));
    }
    if (v.codePoints().allMatch(Character::isDigit)) {
      out = out.append(Violation.of(ViolationCode.NAME_ONLY_DIGITS, FIELD, "must not be only digits"));
    }
    if (v.codePoints().anyMatch(Character::isISOControl)) {
      out = out.append(Violation.of(ViolationCode.FORMAT, FIELD, "must not contain control characters"));
    }
    return out;
  }

  @Override
  public String toString() {
    return value;
  }
}
