package dev.partnerkit.domain;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.Objects;

/**
 * A customer registration that satisfies Huawei's CreateSubCustomer rules for one {@link HuaweiSite}:
 *
 * <ul>
 *   <li>{@code xaccountId} (the partner platform's own id for the user, at most 128 characters, unique per partner)
 *       and {@code xaccountType} (the platform id Huawei assigned to the partner, at most 64) are required;
 *   <li>an optional account name ({@link HuaweiAccountName}); Huawei generates one when absent;
 *   <li>an optional password: at least two of upper case, lower case, digits and special characters, not the account
 *       name or its reverse, not containing the phone number or email; without one the customer signs in by SSO only;
 *   <li>China: an optional mainland China mobile number; International: an optional email address and a required
 *       area (ISO 3166-1 alpha-2);
 *   <li>a 6-digit verification code when a phone number (China) or email (International) is given; a code given
 *       without one is ignored and not sent (seed 003 line 15: without a mobile no code is needed);
 *   <li>China: the cooperation type, consulting sale ({@code cooperation_type=1}) or, by default, resale (seed 003
 *       line 20); International has no such field;
 *   <li>an optional indirect reseller id (at most 64), when a distributor registers a customer for one of its
 *       second-level resellers.
 * </ul>
 */
public record HuaweiRegistration(
    HuaweiSite site,
    String xaccountId,
    String xaccountType,
    Option<HuaweiAccountName> accountName,
    Option<Secret> password,
    Option<PhoneNumber> mobile,
    Option<Email> mail,
    Option<VerificationCode> verificationCode,
    Option<Area> area,
    Option<String> indirectResellerId,
    boolean closeMarketingMessages,
    boolean consultingSale)
    implements CustomerRegistration {

  /** Field names used in violations. */
  public static final String XACCOUNT_ID = "xaccountId";

  public static final String XACCOUNT_TYPE = "xaccountType";
  public static final String PASSWORD = "password";
  public static final String MOBILE = "mobile";
  public static final String INDIRECT_RESELLER_ID = "indirectResellerId";
  public static final String COOPERATION_TYPE = "cooperationType";

  public HuaweiRegistration {
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(accountName, "accountName");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(mobile, "mobile");
    Objects.requireNonNull(mail, "mail");
    Objects.requireNonNull(verificationCode, "verificationCode");
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(indirectResellerId, "indirectResellerId");
    Checks.require(
        checkText(XACCOUNT_ID, "the partner platform's user id (xaccount_id)", xaccountId, 128, true)
            .appendAll(checkText(XACCOUNT_TYPE, "the partner platform id (xaccount_type)", xaccountType, 64, true))
            .appendAll(indirectResellerId.map(i -> checkText(INDIRECT_RESELLER_ID, "the reseller id", i, 64, true)).getOrElse(List.empty()))
            .appendAll(password.map(p -> checkPassword(p.reveal(), accountName, mobile, mail)).getOrElse(List.empty()))
            .appendAll(site == HuaweiSite.CHINA ? mobile.map(HuaweiRegistration::checkChinaMobile).getOrElse(List.empty()) : List.empty())
            .appendAll(siteRules(site, mobile.isDefined(), mail.isDefined(), area.isDefined()))
            .appendAll(codeRules(site, hasTarget(site, mobile.isDefined(), mail.isDefined()), verificationCode.isDefined()))
            .appendAll(cooperationRules(site, consultingSale)));
    if (verificationCode.isDefined() && !hasTarget(site, mobile.isDefined(), mail.isDefined())) {
      verificationCode = Option.none(); // seed 003 line 15: nothing to verify, the code is not processed (nor sent)
    }
  }

  /** The same registration without {@code consultingSale}: resale, Huawei's default. */
  public HuaweiRegistration(
      HuaweiSite site,
      String xaccountId,
      String xaccountType,
      Option<HuaweiAccountName> accountName,
      Option<Secret> password,
      Option<PhoneNumber> mobile,
      Option<Email> mail,
      Option<VerificationCode> verificationCode,
      Option<Area> area,
      Option<String> indirectResellerId,
      boolean closeMarketingMessages) {
    this(site, xaccountId, xaccountType, accountName, password, mobile, mail, verificationCode, area,
        indirectResellerId, closeMarketingMessages, false);
  }

  /** Checks every field of {@code form} under the rules of {@code site} and reports every problem at once. */
  public static Validation<Seq<Violation>, HuaweiRegistration> validate(
      HuaweiRegistrationForm form, HuaweiSite site) {
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(site, "site");
    Seq<Violation> xid =
        checkText(XACCOUNT_ID, "the partner platform's user id (xaccount_id)", form.xaccountId(), 128, true);
    Seq<Violation> xtype =
        checkText(XACCOUNT_TYPE, "the partner platform id (xaccount_type)", form.xaccountType(), 64, true);
    var name = optional(form.accountName(), HuaweiAccountName::parse);
    var mobile = optional(form.mobile(), PhoneNumber::parse).mapError(e -> e.map(v -> v.atField(MOBILE)));
    var mail = optional(form.mail(), Email::parse);
    boolean hasMobile = !Checks.isBlank(form.mobile());
    boolean hasMail = !Checks.isBlank(form.mail());
    boolean hasTarget = hasTarget(site, hasMobile, hasMail);
    // seed 003 line 15: without a mobile no code is needed; one given anyway is not processed, so not checked
    var code = hasTarget ? optional(form.verificationCode(), VerificationCode::parse) : Validation.<Seq<Violation>, Option<VerificationCode>>valid(Option.none());
    var area = optional(form.area(), Area::parse);
    Seq<Violation> reseller =
        Checks.isBlank(form.indirectResellerId())
            ? List.empty()
            : checkText(INDIRECT_RESELLER_ID, "the reseller id", form.indirectResellerId(), 64, true);
    Seq<Violation> chinaMobile =
        site == HuaweiSite.CHINA && mobile.isValid() ? mobile.get().map(HuaweiRegistration::checkChinaMobile).getOrElse(List.empty()) : List.empty();
    // the password is compared with the name and contacts as they will be registered; an invalid one is reported
    // on its own field and not compared, so that one mistake gives one violation
    Seq<Violation> password =
        form.password() == null
            ? List.empty()
            : checkPassword(
                form.password(),
                name.isValid() ? name.get() : Option.none(),
                mobile.isValid() ? mobile.get() : Option.none(),
                mail.isValid() ? mail.get() : Option.none());
    Seq<Violation> all =
        xid.appendAll(xtype)
            .appendAll(Checks.errors(name))
            .appendAll(password)
            .appendAll(Checks.errors(mobile))
            .appendAll(chinaMobile)
            .appendAll(Checks.errors(mail))
            .appendAll(Checks.errors(area))
            .appendAll(siteRules(site, hasMobile, hasMail, !Checks.isBlank(form.area())))
            .appendAll(Checks.errors(code))
            .appendAll(codeRules(site, hasTarget, !Checks.isBlank(form.verificationCode())))
            .appendAll(reseller)
            .appendAll(cooperationRules(site, form.consultingSale()));
    return Checks.validate(
        all,
        () ->
            new HuaweiRegistration(
                site,
                form.xaccountId().strip(),
                form.xaccountType().strip(),
                name.get(),
                Option.of(form.password()).map(Secret::of),
                mobile.get(),
                mail.get(),
                code.get(),
                area.get(),
                Option.of(form.indirectResellerId()).filter(s -> !s.isBlank()).map(String::strip),
                form.closeMarketingMessages(),
                form.consultingSale()));
  }

  private static <T> Validation<Seq<Violation>, Option<T>> optional(
      String raw, java.util.function.Function<String, Validation<Seq<Violation>, T>> parse) {
    return Checks.isBlank(raw) ? Validation.valid(Option.none()) : parse.apply(raw).map(Option::some);
  }

  private static Seq<Violation> checkText(String field, String what, String v, int max, boolean required) {
    if (Checks.isBlank(v)) {
      return required ? List.of(Checks.required(field, what)) : List.empty();
    }
    if (Checks.length(v.strip()) > max) {
      return List.of(Violation.of(ViolationCode.LENGTH, field, "must be at most " + max + " characters"));
    }
    return List.empty();
  }

  private static Seq<Violation> checkPassword(
      String password, Option<HuaweiAccountName> name, Option<PhoneNumber> mobile, Option<Email> mail) {
    return HuaweiPasswordPolicy.check(
        PASSWORD,
        password,
        name.map(HuaweiAccountName::value),
        mobile.map(PhoneNumber::digits),
        mail.map(Email::value));
  }

  /**
   * Huawei China accepts only mainland China mobile numbers (libphonenumber's CN mobile ranges), written as the
   * national number itself ({@code 13800138000}): libphonenumber also parses {@code 8613800138000}, {@code
   * 008613800138000} and {@code 013800138000} to that number, but those are not the digits Huawei takes.
   */
  static Seq<Violation> checkChinaMobile(PhoneNumber phone) {
    var util = CallingCode.Regions.util();
    boolean ok;
    try {
      var parsed = util.parse(phone.digits(), "CN");
      PhoneNumberType type = util.getNumberType(parsed);
      ok =
          parsed.getCountryCode() == 86
              && Long.toString(parsed.getNationalNumber()).equals(phone.digits())
              && util.isValidNumberForRegion(parsed, "CN")
              && (type == PhoneNumberType.MOBILE || type == PhoneNumberType.FIXED_LINE_OR_MOBILE);
    } catch (NumberParseException e) {
      ok = false;
    }
    return ok
        ? List.empty()
        : List.of(
            Violation.of(
                ViolationCode.PHONE_NOT_MAINLAND_CHINA_MOBILE,
                MOBILE,
                "must be a mainland China mobile number such as 13800138000"));
  }

  /** What each site allows: China has mobiles and no email or area; International has email and requires an area. */
  private static Seq<Violation> siteRules(HuaweiSite site, boolean hasMobile, boolean hasMail, boolean hasArea) {
    Seq<Violation> out = List.empty();
    if (site == HuaweiSite.CHINA) {
      if (hasMail) {
        out = out.append(Violation.of(ViolationCode.NOT_ALLOWED, Email.FIELD, "is not accepted by Huawei Cloud China; give a mobile number instead"));
      }
      if (hasArea) {
        out = out.append(Violation.of(ViolationCode.NOT_ALLOWED, Area.FIELD, "is not accepted by Huawei Cloud China"));
      }
    } else {
      if (hasMobile) {
        out = out.append(Violation.of(ViolationCode.NOT_ALLOWED, MOBILE, "is not accepted by Huawei Cloud International; give an email address instead"));
      }
      if (!hasArea) {
        out = out.append(Checks.required(Area.FIELD, "an area (ISO 3166-1 alpha-2 code) on Huawei Cloud International"));
      }
    }
    return out;
  }

  /**
   * What a verification code verifies on each site: the mobile number on China, the email address on International.
   * (A mobile on International or an email on China is reported as not allowed; it is not something to verify.)
   */
  private static boolean hasTarget(HuaweiSite site, boolean hasMobile, boolean hasMail) {
    return site == HuaweiSite.CHINA ? hasMobile : hasMail;
  }

  /**
   * A verification code is required when there is a phone number (China) or email (International) to verify; without
   * one, a code is ignored (seed 003 line 15), not refused.
   */
  private static Seq<Violation> codeRules(HuaweiSite site, boolean hasTarget, boolean hasCode) {
    if (hasTarget && !hasCode) {
      return List.of(
          Checks.required(
              VerificationCode.FIELD,
              "a verification code for the " + (site == HuaweiSite.CHINA ? "mobile number" : "email address")));
    }
    return List.empty();
  }

  /** Consulting sale ({@code cooperation_type=1}, seed 003 line 20) exists on Huawei Cloud China only (spec 3.2). */
  private static Seq<Violation> cooperationRules(HuaweiSite site, boolean consultingSale) {
    return site == HuaweiSite.INTERNATIONAL && consultingSale
        ? List.of(Violation.of(ViolationCode.NOT_ALLOWED, COOPERATION_TYPE, "consulting sale is offered by Huawei Cloud China only"))
        : List.empty();
  }

  @Override
  public Vendor vendor() {
    return Vendor.HUAWEI;
  }

  @Override
  public Option<PhoneNumber> phone() {
    return mobile;
  }

  @Override
  public Option<Email> email() {
    return mail;
  }

  @Override
  public String identity() {
    return "huawei:" + site.name().toLowerCase(java.util.Locale.ROOT) + ":" + xaccountType + ":" + xaccountId;
  }

  @Override
  public String toString() {
    return "HuaweiRegistration[site=" + site + ", xaccountId=" + xaccountId + ", xaccountType=" + xaccountType
        + ", accountName=" + accountName.map(Object::toString).getOrElse("(generated)")
        + ", password=" + (password.isDefined() ? "******" : "(none)")
        + ", mobile=" + mobile.map(Object::toString).getOrElse("-")
        + ", mail=" + mail.map(Object::toString).getOrElse("-")
        + ", verificationCode=" + (verificationCode.isDefined() ? "******" : "-")
        + ", area=" + area.map(Object::toString).getOrElse("-")
        + ", indirectResellerId=" + indirectResellerId.getOrElse("-")
        + (consultingSale ? ", consultingSale" : "") + "]";
  }
}
