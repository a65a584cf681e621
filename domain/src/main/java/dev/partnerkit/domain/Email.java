package dev.partnerkit.domain;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.regex.Pattern;

/**
 * An email address: one {@code @}, a local part of at most 64 characters, a domain with at least one dot, no spaces,
 * at most 254 characters in all. Stored as given, trimmed.
 */
public record Email(String value) {

  /** The form field this value is reported under. */
  public static final String FIELD = "email";

  private static final Pattern SHAPE =
      Pattern.compile(
          "^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
              + "@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");

  public Email {
    Checks.require(check(value));
  }

  /** Checks untrusted input; reports every problem. */
  public static Validation<Seq<Violation>, Email> parse(String raw) {
    String v = raw == null ? null : raw.strip();
    return Checks.validate(check(v), () -> new Email(v));
  }

  static Seq<Violation> check(String v) {
    if (Checks.isBlank(v)) {
      return List.of(Checks.required(FIELD, "an email address"));
    }
    int at = v.lastIndexOf('@');
    if (v.length() > 254 || at > 64 || !SHAPE.matcher(v).matches()) {
      return List.of(
          Violation.of(
              ViolationCode.EMAIL_INVALID,
              FIELD,
              "must be a valid email address such as account@example.com"));
    }
    return List.empty();
  }

  @Override
  public String toString() {
    return value;
  }
}
