package dev.partnerkit.domain;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * A Huawei Cloud account name ({@code domain_name}): 5 to 32 characters of letters, digits, {@code _} and {@code -},
 * starting with a letter, {@code _} or {@code -}, not starting with {@code op_} or {@code shadow_}, and not all
 * digits. When a registration has none, Huawei generates one.
 */
public record HuaweiAccountName(String value) {

  /** The form field this value is reported under. */
  public static final String FIELD = "accountName";

  public HuaweiAccountName {
    Checks.require(check(value));
  }

  /** Checks untrusted input; reports every problem. */
  public static Validation<Seq<Violation>, HuaweiAccountName> parse(String raw) {
    String v = raw == null ? null : raw.strip();
    return Checks.validate(check(v), () -> new HuaweiAccountName(v));
  }

  static Seq<Violation> check(String v) {
    if (Checks.isBlank(v)) {
      return List.of(Checks.required(FIELD, "an account name"));
    }
    Seq<Violation> out = List.empty();
    int len = Checks.length(v);
    if (len < 5 || len > 32) {
      out = out.append(Violation.of(ViolationCode.LENGTH, FIELD, "must be 5 to 32 characters"));
    }
    if (Checks.allAsciiDigits(v)) {
      out = out.append(Violation.of(ViolationCode.ACCOUNT_NAME_ONLY_DIGITS, FIELD, "must not be only digits"));
    } else if (!v.matches("[A-Za-z_-][A-Za-z0-9_-]*")) {
      out =
          out.append(
              Violation.of(
                  ViolationCode.FORMAT,
                  FIELD,
                  "must use only letters, digits, _ and -, and start with a letter, _ or -"));
    }
    if (v.startsWith("op_") || v.startsWith("shadow_")) {
      out =
          out.append(
              Violation.of(
                  ViolationCode.ACCOUNT_NAME_RESERVED_PREFIX, FIELD, "must not start with op_ or shadow_"));
    }
    return out;
  }

  @Override
  public String toString() {
    return value;
  }
}
