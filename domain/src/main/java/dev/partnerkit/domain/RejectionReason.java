package dev.partnerkit.domain;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;

/**
 * Why a reseller application is rejected, when the distributor gives a reason. A rejection may have none: Tencent's
 * ApproveSubAgentApply (seed 001) has {@code RejectReason} optional, "Fill in only when ApproveType is reject", and
 * names no length limit, so partnerkit sets none. A reason that is given has text.
 */
public record RejectionReason(String text) {

  /** The form field this value is reported under. */
  public static final String FIELD = "reason";

  public RejectionReason {
    Checks.require(check(text));
  }

  /** Checks untrusted input that must be a reason; reports every problem. */
  public static Validation<Seq<Violation>, RejectionReason> parse(String raw) {
    String v = raw == null ? null : raw.strip();
    return Checks.validate(check(v), () -> new RejectionReason(v));
  }

  /** Checks untrusted input that may give a reason: absent or blank is no reason. */
  public static Validation<Seq<Violation>, Option<RejectionReason>> parseOptional(String raw) {
    return Checks.isBlank(raw) ? Validation.valid(Option.none()) : parse(raw).map(Option::some);
  }

  static Seq<Violation> check(String v) {
    if (Checks.isBlank(v)) {
      return List.of(Checks.required(FIELD, "a reason for the rejection"));
    }
    return List.empty();
  }

  @Override
  public String toString() {
    return text;
  }
}
