package dev.partnerkit.sandbox.tencent;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * CreateAccount's input rules, as the vendor states them on its CreateAccount page (seed {@code 000}, "2. Input
 * Parameters", lines 93-116, and the error table, lines 174-200), checked in the order of the parameter table; the
 * first problem found is the answer (the vendor reports one error per request). The sandbox's own code: it never
 * uses partnerkit's domain, so a rule partnerkit misreads shows up as a difference in the differential tests.
 */
final class RegistrationRules {

  /** Seed 000 line 105: "Parameter value is not allowed to be 7,380,86." */
  static final Set<String> BANNED_CALLING_CODES = Set.of("7", "380", "86");

  /** Seed 000 line 99: the symbols a password must contain one of. */
  static final String PASSWORD_SYMBOLS = "!@#$%^&*()";

  private static final Pattern MAIL =
      Pattern.compile(
          "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
              + "@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+");

  /** A request that passed every input rule; its verification code, phone quota and mail are checked against state. */
  record Registration(
      String accountType,
      String mail,
      String phone,
      String countryCode,
      String area,
      String verifyCode,
      String customerName) {}

  private RegistrationRules() {}

  /** Checks CreateAccount's parameters; throws the {@link TencentError} of the first problem. */
  static Registration check(Params p, Fixtures fixtures) {
    String accountType = p.nonBlank("AccountType", Codes.ACCOUNT_TYPE_EMPTY);
    if (!accountType.equals("personal") && !accountType.equals("company")) { // line 94
      throw error(Codes.ACCOUNT_TYPE_INCORRECT, "AccountType must be personal or company.");
    }
    String mail = p.nonBlank("Mail", Codes.MAIL_EMPTY);
    if (!isMail(mail)) { // line 95
      throw error(Codes.MAIL_FORMAT_INCORRECT, "Mail is not a valid email address.");
    }
    String password = p.nonBlank("Password", Codes.PASSWORD_EMPTY);
    checkPassword(password);
    String confirm = p.text("ConfirmPassword").orElse("");
    if (!confirm.equals(password)) { // line 100
      throw error(Codes.CONFIRM_PASSWORD_INCORRECT, "ConfirmPassword must be the same as Password.");
    }
    String phone = p.nonBlank("PhoneNum", Codes.PHONE_NUM_EMPTY);
    if (!isPhone(phone)) { // line 102
      throw error(Codes.PHONE_NUM_FORMAT_INCORRECT, "PhoneNum must be 1 to 32 digits.");
    }
    String countryCode = callingCode(p.nonBlank("CountryCode", Codes.COUNTRY_CODE_EMPTY));
    String area = p.nonBlank("Area", Codes.AREA_EMPTY);
    checkCountryAndArea(countryCode, area, fixtures.countryCodes());
    String code = p.nonBlank("VerifyCode", Codes.VERIFICATION_CODE_ILLEGAL);
    if (!code.matches("[0-9]{6}")) { // line 108: a 6-digit code
      throw error(Codes.VERIFICATION_CODE_ILLEGAL, "Incorrect verification code.");
    }
    String one = p.nonBlank("TradeOne", Codes.TRADE_INFO_EMPTY);
    String two = p.nonBlank("TradeTwo", Codes.TRADE_INFO_EMPTY);
    if (!fixtures.tradeMatches(one, two)) { // lines 109-112, 179
      throw error(Codes.TRADE_INFO_INCORRECT, "The primary industry id and secondary industry id do not match.");
    }
    String name = p.text("CustomerName").orElse("");
    if (!name.isEmpty()) {
      checkCustomerName(name);
    }
    return new Registration(accountType, mail, phone, countryCode, area, code, name);
  }

  /** Line 99: 8-20 characters; numbers, letters and one of {@code !@#$%^&*()}; nothing else (no space). */
  private static void checkPassword(String password) {
    int length = password.codePointCount(0, password.length());
    boolean onlyAllowed =
        password.chars().allMatch(c -> isAsciiLetter(c) || isAsciiDigit(c) || PASSWORD_SYMBOLS.indexOf(c) >= 0);
    if (length < 8 || length > 20 || !onlyAllowed) {
      throw error(
          Codes.PASSWORD_FORMAT_INCORRECT,
          "Password must be 8 to 20 characters of letters, numbers and the symbols " + PASSWORD_SYMBOLS + ".");
    }
    boolean letter = password.chars().anyMatch(RegistrationRules::isAsciiLetter);
    boolean digit = password.chars().anyMatch(RegistrationRules::isAsciiDigit);
    boolean symbol = password.chars().anyMatch(c -> PASSWORD_SYMBOLS.indexOf(c) >= 0);
    if (!(letter && digit && symbol)) {
      throw error(
          Codes.PASSWORD_CONTENT_INCORRECT,
          "Password must contain numbers, letters and symbols (" + PASSWORD_SYMBOLS + ").");
    }
  }

  /**
   * Lines 104-106: a calling code that is not banned and is on GetCountryCodes' list, then an area on that list that
   * corresponds to it (the area's own error: the rule is stated on Area).
   */
  private static void checkCountryAndArea(String countryCode, String area, CountryCodes list) {
    if (!countryCode.matches("[0-9]{1,4}")) {
      throw error(Codes.COUNTRY_CODE_FORMAT_INCORRECT, "CountryCode must be digits, such as 852.");
    }
    if (BANNED_CALLING_CODES.contains(countryCode)) {
      throw error(
          Codes.UNSUPPORTED_AREA, "The current region does not support creating a Tencent Cloud International account.");
    }
    if (!list.hasCallingCode(countryCode)) {
      throw error(Codes.COUNTRY_CODE_CONTENT_INCORRECT, "CountryCode is not one of GetCountryCodes' codes.");
    }
    if (!area.matches("[A-Z]{2}")) {
      throw error(Codes.AREA_FORMAT_INCORRECT, "Area must be an ISO 3166-1 alpha-2 code, such as HK.");
    }
    if (!list.callingCodeOf(area).map(countryCode::equals).orElse(false)) {
      throw error(
          Codes.AREA_CONTENT_INCORRECT, "Area must be one of GetCountryCodes' areas and correspond to CountryCode.");
    }
  }

  /**
   * Lines 114-116: 2 to 200 characters, not only digits. The page says nothing of control characters; the sandbox
   * refuses them (a NUL byte or a line break is not part of a person's or company's name), the stricter reading.
   */
  private static void checkCustomerName(String name) {
    int length = name.codePointCount(0, name.length());
    if (length < 2 || length > 200) {
      throw error(Codes.INVALID_PARAMETER_VALUE, "CustomerName must be 2 to 200 characters.");
    }
    if (name.codePoints().allMatch(Character::isDigit)) {
      throw error(Codes.INVALID_PARAMETER_VALUE, "CustomerName cannot be pure numbers.");
    }
    if (name.codePoints().anyMatch(Character::isISOControl)) {
      throw error(Codes.INVALID_PARAMETER_VALUE, "CustomerName must not contain control characters.");
    }
  }

  /** The calling code as SendVerifyCode and CreateAccount take it: digits, a leading {@code +} ignored. */
  static String callingCode(String raw) {
    String v = raw.strip();
    return v.startsWith("+") ? v.substring(1) : v;
  }

  /** Whether {@code phone} is what PhoneNum takes: 1 to 32 digits (line 102). */
  static boolean isPhone(String phone) {
    return phone.length() <= 32 && !phone.isEmpty() && phone.chars().allMatch(RegistrationRules::isAsciiDigit);
  }

  /** Whether {@code mail} is a valid email address (line 95), at most 254 characters with a 64-character local part. */
  static boolean isMail(String mail) {
    int at = mail.lastIndexOf('@');
    return mail.length() <= 254 && at >= 1 && at <= 64 && MAIL.matcher(mail).matches();
  }

  private static boolean isAsciiLetter(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isAsciiDigit(int c) {
    return c >= '0' && c <= '9';
  }

  private static TencentError error(String code, String message) {
    return new TencentError(code, message);
  }
}
