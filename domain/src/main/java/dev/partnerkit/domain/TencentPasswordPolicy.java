package dev.partnerkit.domain;

import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * Tencent's password rule for CreateAccount (seed 000 line 99): 8 to 20 characters of letters, digits and the symbols
 * {@code !@#$%^&*()} only (no space, no other symbol), with at least one of each, and a confirmation equal to the
 * password. Violations never quote the password.
 */
public final class TencentPasswordPolicy {

  /** The symbols Tencent requires at least one of. */
  public static final String SYMBOLS = "!@#$%^&*()";

  private TencentPasswordPolicy() {}

  /** Every violation of the rule by {@code password} (reported under {@code field}). */
  public static Seq<Violation> check(String field, String password) {
    if (Checks.isBlank(password)) {
      return List.of(Checks.required(field, "a password"));
    }
    Seq<Violation> out = List.empty();
    int len = Checks.length(password);
    if (len < 8 || len > 20) {
      out = out.append(Violation.of(ViolationCode.LENGTH, field, "must be 8 to 20 characters"));
    }
    boolean letter = password.chars().anyMatch(TencentPasswordPolicy::isAsciiLetter);
    boolean digit = password.chars().anyMatch(c -> c >= '0' && c <= '9');
    boolean symbol = password.chars().anyMatch(c -> SYMBOLS.indexOf(c) >= 0);
    if (!(letter && digit && symbol)) {
      List<String> missing = List.empty();
      if (!letter) missing = missing.append("a letter");
      if (!digit) missing = missing.append("a digit");
      if (!symbol) missing = missing.append("one of " + SYMBOLS);
      out =
          out.append(
              Violation.of(
                  ViolationCode.PASSWORD_TOO_WEAK,
                  field,
                  "must contain letters, digits and symbols; missing " + missing.mkString(", ")));
    }
    if (!password.chars().allMatch(c -> isAsciiLetter(c) || (c >= '0' && c <= '9') || SYMBOLS.indexOf(c) >= 0)) {
      out =
          out.append(
              Violation.of(
                  ViolationCode.PASSWORD_FORBIDDEN_CHARACTER,
                  field,
                  "must use only letters, digits and the symbols " + SYMBOLS + " (no spaces)"));
    }
    return out;
  }

  private static boolean isAsciiLetter(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /**
   * A violation when the confirmation differs from the password (compared without leaking timing). A missing password
   * is the password's own violation, not a mismatch.
   */
  public static Seq<Violation> checkConfirmation(String field, String password, String confirmation) {
    if (Checks.isBlank(confirmation)) {
      return List.of(Checks.required(field, "the password confirmation"));
    }
    if (Checks.isBlank(password)) {
      return List.empty(); // nothing to compare with: the missing password is reported on its own field
    }
    if (!Secret.of(password).equals(Secret.of(confirmation))) {
      return List.of(
          Violation.of(
              ViolationCode.PASSWORD_CONFIRMATION_MISMATCH, field, "must be the same as the password"));
    }
    return List.empty();
  }
}
