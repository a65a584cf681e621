package dev.partnerkit.domain;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;

/** Tencent's rules on calling codes, shared by CreateAccount and SendVerifyCode. */
public final class TencentRules {

  /** Calling codes Tencent refuses for registrations and verification codes: 7, 380 and 86. */
  public static final Set<Integer> BANNED_CALLING_CODES = HashSet.of(7, 380, 86);

  private TencentRules() {}

  /** A violation when Tencent does not accept {@code code}. */
  public static Seq<Violation> checkCallingCode(CallingCode code) {
    if (BANNED_CALLING_CODES.contains(code.value())) {
      return List.of(
          Violation.of(
              ViolationCode.CALLING_CODE_BANNED,
              CallingCode.FIELD,
              "Tencent does not accept registrations with calling code " + code));
    }
    return List.empty();
  }
}
