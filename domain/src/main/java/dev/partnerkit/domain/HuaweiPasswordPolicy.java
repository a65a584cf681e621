package dev.partnerkit.domain;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/**
 * Huawei's password rule for CreateSubCustomer: 8 to 32 characters with at least two of the four classes (upper
 * case, lower case, digits, special characters), not equal to the account name or the account name reversed, and not
 * containing the phone number or email address. Violations never quote the password.
 */
public final class HuaweiPasswordPolicy {

  private HuaweiPasswordPolicy() {}

  /**
   * Every violation of the rule by {@code password} given the registration's account name and contacts (each may be
   * absent).
   */
  public static Seq<Violation> check(
      String field,
      String password,
      Option<String> accountName,
      Option<String> phoneDigits,
      Option<String> email) {
    if (password == null || password.isEmpty()) {
      return List.of(Checks.required(field, "a password"));
    }
    Seq<Violation> out = List.empty();
    int len = Checks.length(password);
    if (len < 8 || len > 32) {
      out = out.append(Violation.of(ViolationCode.LENGTH, field, "must be 8 to 32 characters"));
    }
    int classes = 0;
    if (password.codePoints().anyMatch(Character::isUpperCase)) classes++;
    if (password.codePoints().anyMatch(Character::isLowerCase)) classes++;
    if (password.codePoints().anyMatch(c -> c >= '0' && c <= '9')) classes++;
    if (password.codePoints().anyMatch(c -> !Character.isLetterOrDigit(c))) classes++;
    if (classes < 2) {
      out =
          out.append(
              Violation.of(
                  ViolationCode.PASSWORD_TOO_WEAK,
                  field,
                  "must contain at least two of: upper case, lower case, digits, special characters"));
    }
    if (accountName.exists(
        n -> n.equals(password) || new StringBuilder(n).reverse().toString().equals(password))) {
      out =
          out.append(
              Violation.of(
                  ViolationCode.PASSWORD_MATCHES_ACCOUNT_NAME,
                  field,
                  "must not be the account name or the account name reversed"));
    }
    if (phoneDigits.exists(p -> !p.isEmpty() && password.contains(p))
        || email.exists(e -> !e.isEmpty() && password.contains(e))) {
      out =
          out.append(
              Violation.of(
                  ViolationCode.PASSWORD_CONTAINS_CONTACT,
                  field,
                  "must not contain the phone number or the email address"));
    }
    return out;
  }
}
