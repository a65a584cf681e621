package dev.partnerkit.sandbox.huawei;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * CreateSubCustomer's input rules as Huawei documents them (seed {@code 003}, the request table, lines 13-22; spec
 * sections 3.1, 3.2 and 3.4 for the international fields and the codes), checked in the order of the seed's table;
 * the first problem found is the answer, with its specific code ({@code CBC.99000031} name, {@code CBC.5017} mobile,
 * {@code CBC.99000036} password) or {@code CBC.0100} naming the parameter. The sandbox's own code, never
 * partnerkit's domain.
 */
final class SubCustomerRules {

  /** Seed 003 line 13: the account name's pattern, 5 to 32 characters. */
  private static final Pattern ACCOUNT_NAME = Pattern.compile("[a-zA-Z_-][a-zA-Z0-9_-]{4,31}");

  /** Mainland China mobile numbers (seed 003 line 14, "13XXXXXXXXX"): 11 digits, 13 to 19. */
  private static final Pattern CHINA_MOBILE = Pattern.compile("1[3-9][0-9]{9}");

  private static final Pattern EMAIL =
      Pattern.compile(
          "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
              + "@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+");

  private static final Set<String> ISO_AREAS = Set.of(Locale.getISOCountries());

  /** A request body that passed every input rule. */
  record SubCustomerRequest(
      Optional<String> accountName,
      Optional<String> mobile,
      Optional<String> email,
      Optional<String> area,
      Optional<String> verificationCode,
      String xaccountId,
      String xaccountType,
      Optional<String> indirectPartnerId,
      boolean consultingSale) {

    /** What the verification code verifies: the mobile (China) or the email (International), when there is one. */
    Optional<String> codeTarget() {
      return mobile.or(() -> email);
    }
  }

  private SubCustomerRules() {}

  /** Checks the body of a CreateSubCustomer request on {@code site}; throws the {@link HuaweiError} of the first problem. */
  static SubCustomerRequest check(JsonNode body, HuaweiSite site) {
    boolean china = site == HuaweiSite.CHINA;
    Optional<String> name = Fields.text(body, "domain_name"); // absent, "" or null: generated
    if (name.isPresent() && !accountName(name.get())) {
      throw new HuaweiError(400, "CBC.99000031", "The customer login name format is invalid.");
    }
    Optional<String> mobile = Optional.empty();
    Optional<String> email = Optional.empty();
    Optional<String> area = Optional.empty();
    if (china) {
      mobile = Fields.text(body, "mobile_phone"); // "" is an empty mobile: none
      if (mobile.isPresent() && !chinaMobile(mobile.get())) {
        throw new HuaweiError(400, "CBC.5017", "The customer mobile number format is invalid.");
      }
    } else {
      email = Fields.text(body, "email");
      if (email.isPresent() && !email(email.get())) {
        throw HuaweiError.badParameter("The parameter email is not a valid email address.");
      }
      area = Fields.text(body, "domain_area");
      if (area.isEmpty()) {
        throw HuaweiError.badParameter("The parameter domain_area is required.");
      }
      if (!ISO_AREAS.contains(area.get())) {
        throw HuaweiError.badParameter("The parameter domain_area must be an ISO 3166-1 alpha-2 code, such as MX.");
      }
    }
    Optional<String> target = china ? mobile : email;
    Optional<String> rawCode = Fields.rawText(body, "verification_code");
    if (rawCode.filter(String::isEmpty).isPresent()) { // seed 003 line 15: "" is not supported
      throw HuaweiError.badParameter("The parameter verification_code must not be empty.");
    }
    // seed 003 line 15: without a mobile no code is needed; a code given anyway is not processed
    Optional<String> code = target.isPresent() ? rawCode : Optional.empty();
    if (target.isPresent() && code.isEmpty()) {
      throw HuaweiError.badParameter("The parameter verification_code is required with " + (china ? "mobile_phone." : "email."));
    }
    if (code.isPresent() && !code.get().matches("[0-9]{6}")) {
      throw HuaweiError.badParameter("The parameter verification_code must be 6 digits.");
    }
    String xaccountId = required(body, "xaccount_id", 128);
    String xaccountType = required(body, "xaccount_type", 64);
    Optional<String> rawPassword = Fields.rawText(body, "password");
    if (rawPassword.isPresent()) {
      checkPassword(rawPassword.get(), name, mobile, email);
    }
    Optional<String> marketing = Fields.rawText(body, "is_close_market_ms");
    if (marketing.filter(m -> m.length() > 10).isPresent()) {
      throw HuaweiError.badParameter("The parameter is_close_market_ms must be at most 10 characters.");
    }
    Optional<String> consulting = china ? Fields.text(body, "cooperation_type") : Optional.empty();
    Optional<String> reseller = Fields.text(body, "indirect_partner_id");
    if (reseller.filter(r -> r.length() > 64).isPresent()) {
      throw HuaweiError.badParameter("The parameter indirect_partner_id must be at most 64 characters.");
    }
    return new SubCustomerRequest(
        name, mobile, email, area, code, xaccountId, xaccountType, reseller, consulting.filter("1"::equals).isPresent());
  }

  private static String required(JsonNode body, String field, int max) {
    String v = Fields.text(body, field).filter(s -> !s.isBlank())
        .orElseThrow(() -> HuaweiError.badParameter("The parameter " + field + " is required."));
    if (v.length() > max) {
      throw HuaweiError.badParameter("The parameter " + field + " must be at most " + max + " characters.");
    }
    return v;
  }

  /**
   * Seed 003 line 18 (and spec 3.1: 8 to 32 characters since 2022): at least two of upper case, lower case, digits and
   * special characters; not the account name or its reverse; not containing the mobile (or, International, the email:
   * spec 3.2). {@code ""} is not supported.
   */
  private static void checkPassword(
      String password, Optional<String> name, Optional<String> mobile, Optional<String> email) {
    int length = password.codePointCount(0, password.length());
    int classes = 0;
    if (password.chars().anyMatch(c -> c >= 'A' && c <= 'Z')) classes++;
    if (password.chars().anyMatch(c -> c >= 'a' && c <= 'z')) classes++;
    if (password.chars().anyMatch(c -> c >= '0' && c <= '9')) classes++;
    if (password.chars().anyMatch(c -> !(c >= 'A' && c <= 'Z') && !(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9'))) classes++;
    boolean isName = name.filter(n -> n.equals(password) || new StringBuilder(n).reverse().toString().equals(password)).isPresent();
    boolean hasContact = mobile.filter(password::contains).isPresent() || email.filter(password::contains).isPresent();
    if (length < 8 || length > 32 || classes < 2 || isName || hasContact) {
      throw new HuaweiError(400, "CBC.99000036", "The customer password format is invalid.");
    }
  }

  /** Seed 003 line 13: 5-32 characters of the pattern, not starting with {@code op_} or {@code shadow_}, not all digits. */
  static boolean accountName(String name) {
    return ACCOUNT_NAME.matcher(name).matches()
        && !name.startsWith("op_")
        && !name.startsWith("shadow_")
        && !name.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  /** Seed 003 line 14: "目前系统只支持中国的手机号" (China's mobile numbers only), as the national number. */
  static boolean chinaMobile(String mobile) {
    return CHINA_MOBILE.matcher(mobile).matches();
  }

  /** An email address (spec 3.2: it must contain {@code @}; the sandbox takes the usual shape). */
  static boolean email(String email) {
    int at = email.lastIndexOf('@');
    return email.length() <= 254 && at >= 1 && at <= 64 && EMAIL.matcher(email).matches();
  }
}
