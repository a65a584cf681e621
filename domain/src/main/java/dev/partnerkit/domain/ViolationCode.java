package dev.partnerkit.domain;

/**
 * The stable codes of input violations. The {@link #code()} strings are part of partnerkit's public contract: they
 * may be stored, logged and matched on, and never change meaning.
 */
public enum ViolationCode {
  /** A required value is missing or blank. */
  REQUIRED("required"),
  /** A value that must be absent for this vendor or combination of fields was given. */
  NOT_ALLOWED("not_allowed"),
  /** The value is shorter or longer than allowed. */
  LENGTH("length"),
  /** The value has characters or a shape that is not allowed. */
  FORMAT("format"),
  /** The value is not one of the allowed values. */
  NOT_ONE_OF("not_one_of"),
  /** The email address is not a valid address. */
  EMAIL_INVALID("email.invalid"),
  /** The password lacks a required class of characters (letters, digits, symbols...). */
  PASSWORD_TOO_WEAK("password.too_weak"),
  /** The password contains a space or a character outside the allowed set. */
  PASSWORD_FORBIDDEN_CHARACTER("password.forbidden_character"),
  /** The password repeats the account name or its reverse. */
  PASSWORD_MATCHES_ACCOUNT_NAME("password.matches_account_name"),
  /** The password contains the phone number or the email address. */
  PASSWORD_CONTAINS_CONTACT("password.contains_contact"),
  /** The password confirmation differs from the password. */
  PASSWORD_CONFIRMATION_MISMATCH("password.confirmation_mismatch"),
  /** The calling code is one the vendor does not accept for registrations (Tencent: 7, 380, 86). */
  CALLING_CODE_BANNED("calling_code.banned"),
  /** The calling code is not an assigned international calling code. */
  CALLING_CODE_UNKNOWN("calling_code.unknown"),
  /** The area (ISO 3166-1 alpha-2) is not one that uses the given calling code. */
  AREA_CALLING_CODE_MISMATCH("area.calling_code_mismatch"),
  /** The area is not an ISO 3166-1 alpha-2 region code. */
  AREA_UNKNOWN("area.unknown"),
  /** The phone number is not a mobile number of the required country (Huawei China: mainland China only). */
  PHONE_NOT_MAINLAND_CHINA_MOBILE("phone.not_mainland_china_mobile"),
  /** The second-level trade category does not belong to the first-level one. */
  TRADE_CATEGORY_MISMATCH("trade_category.mismatch"),
  /** The customer name consists only of digits. */
  NAME_ONLY_DIGITS("name.only_digits"),
  /** The account name starts with a reserved prefix ({@code op_}, {@code shadow_}). */
  ACCOUNT_NAME_RESERVED_PREFIX("account_name.reserved_prefix"),
  /** The account name consists only of digits. */
  ACCOUNT_NAME_ONLY_DIGITS("account_name.only_digits"),
  /** A verification code is given without the phone or email it verifies, or the other way round. */
  VERIFICATION_CODE_WITHOUT_TARGET("verification_code.without_target"),
  /** A registration was sent to an adapter of another vendor. */
  VENDOR_MISMATCH("registration.vendor_mismatch"),
  /** An amount is zero, negative or has too many decimals. */
  AMOUNT_INVALID("amount.invalid");

  private final String code;

  ViolationCode(String code) {
    this.code = code;
  }

  /** The stable string form, e.g. {@code "password.too_weak"}. */
  public String code() {
    return code;
  }
}
