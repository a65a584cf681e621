package dev.partnerkit.domain;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/** Why a reseller application is rejected: required for every rejection, 1 to 500 characters. */
public record RejectionReason(String text) {

  /** The form field this value is reported under. */
  public static final String FIELD = "reason";

  public RejectionReason {
    Checks.require(check(text));
  }

  /** Checks untrusted input; reports every problem. */
  public static Validation<Seq<Violation>, RejectionReason> parse(String raw) {
    String v = raw == null ? null : raw.strip();
    return Checks.validate(check(v), () -> new RejectionReason(v));
  }

  static Seq<Violation> check(String v) {
    if (Checks.isBlank(v)) {
      return List.of(Checks.required(FIELD, "a reason for the rejection"));
    }
    if (Checks.length(v) > 500) {
      return List.of(Violation.of(ViolationCode.LENGTH, FIELD, "must be at most 500 characters"));
    }
    return List.empty();
  }

  @Override
  public String toString() {
    return text;
  }
}
